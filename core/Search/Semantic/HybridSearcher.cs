using KnowledgeGraph.Core.Search.Topics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>A ranked passage, its score and its reordering signals (each 0 to 1).</summary>
public sealed record RankedPassage(string Id, double Score, double Base, double Topic, double Neighbor, double Feedback);

/// <summary>
/// Search in the three modes: lexical (the <see cref="PassageSearcher"/>), semantic and hybrid.
/// The query is read into concepts by <see cref="QueryUnderstanding"/>; a passage is a hit when
/// it holds enough of them, in any of their forms (<see cref="HybridWeights.Threshold"/>), and
/// the hits are ranked by BM25 of those forms, entity mentions and the query's bigrams and
/// SmartCn words, the first of them reordered by topic similarity, neighbours of the named
/// entities and pseudo-relevance feedback (<see cref="Reranker"/>).
/// </summary>
/// <remarks>
/// <para>What a hit is does not depend on the ranking: <c>total</c> and the facets count exactly
/// the passages that hold the query (its words, their associates, an entity it names) to the
/// threshold; topic similarity and shared bigrams only reorder them. Filters apply to the
/// matching itself. Text in query syntax is searched as written, in every mode.</para>
/// <para>Everything a query needs is in the index or in memory (the lexicon of names is an index
/// field, associations are learned at ingest): no graph query. Thread-safe.</para>
/// </remarks>
public sealed class HybridSearcher
{
    // What a passage of a place (or a year) counts for as holding the query's name of that place (or year).
    private const double PlaceOfPassage = 0.8;

    private readonly PassageIndex _index;
    private readonly PassageSearcher _lexical;
    private readonly QueryUnderstanding _understanding;
    private readonly Reranker _reranker;
    private readonly Analyzer _analyzer;

    /// <param name="index">The passage index.</param>
    /// <param name="lexical">The lexical searcher over the same index.</param>
    /// <param name="understanding">Reads queries.</param>
    /// <param name="topics">The current topic index (it changes when ingest retrains the model).</param>
    /// <param name="topicWords">The words the topic model reads.</param>
    /// <param name="analyzer">The index's analyzer (<see cref="PassageIndex.CreateAnalyzer"/>).</param>
    public HybridSearcher(PassageIndex index, PassageSearcher lexical, QueryUnderstanding understanding, Func<TopicIndex> topics, TopicWords topicWords, Analyzer analyzer)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _lexical = lexical ?? throw new ArgumentNullException(nameof(lexical));
        _understanding = understanding ?? throw new ArgumentNullException(nameof(understanding));
        _reranker = new Reranker(topics ?? throw new ArgumentNullException(nameof(topics)), topicWords ?? throw new ArgumentNullException(nameof(topicWords)));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
    }

    /// <summary>
    /// Loads what a search needs (the dictionary, the learned associations, the topic index) and
    /// runs one search, in the background, so that the first user's search does not wait for them.
    /// A failure here is left for the searches themselves to meet.
    /// </summary>
    public Task WarmAsync() => Task.Run(() =>
    {
        try
        {
            _understanding.Warm();
            _ = _reranker.Warm();
            _ = SearchAsync(new SearchRequest("政协委员", 10)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or ObjectDisposedException)
        {
        }
    });

    /// <summary>What the query is read as (for display, and for the evaluation).</summary>
    public Task<QueryInterpretation> UnderstandAsync(string text, CancellationToken cancellationToken = default) =>
        _understanding.UnderstandAsync(text, cancellationToken);

    /// <summary>Searches in <paramref name="mode"/>; lexical is exactly <see cref="PassageSearcher.Search"/>.</summary>
    /// <exception cref="ArgumentException">The request is out of <see cref="SearchLimits"/> or its text is empty.</exception>
    public Task<SearchResult> SearchAsync(SearchRequest request, SearchMode mode = SearchMode.Hybrid, HybridWeights? weights = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Query syntax (quotes, AND/OR, field:) asks for exactly what it says: it is searched as written.
        if (mode == SearchMode.Lexical || PassageSearcher.LooksLikeSyntax(request.Text))
        {
            return Task.FromResult(_lexical.Search(request));
        }

        Validate(request);
        weights ??= HybridWeights.Default;
        if (mode == SearchMode.Semantic)
        {
            weights = weights.WithoutLexical();
        }

        return Task.FromResult(_index.Search(searcher =>
        {
            var query = _understanding.Understand(request.Text, searcher, weights);
            var (total, facets, ranked) = Rank(searcher, query, request, weights, request.Offset + request.Limit);
            var terms = query.Concepts.Select(c => c.Text).Concat(query.Expansions.Select(e => e.Term)).Concat(query.Words).Distinct(StringComparer.Ordinal).ToList();
            var hits = ranked.Skip(request.Offset).Take(request.Limit).Select(r =>
            {
                var p = _lexical.Stored(searcher, r.Doc);
                return new SearchHit(p.Id, p.DocumentId, p.Source, p.Title, p.Committee, p.City, p.Province, p.Year, p.Text,
                    PassageHighlighter.Highlight(p.Text, terms), (float)r.Passage.Score, p.Entities);
            }).ToList();
            return new SearchResult(total, hits, facets);
        }));
    }

    /// <summary>The ranking alone, for the evaluation: the first <paramref name="depth"/> hits, best first, with their signals.</summary>
    public Task<IReadOnlyList<RankedPassage>> RankAsync(string text, HybridWeights weights, int depth = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(weights);
        return Task.FromResult(_index.Search(searcher =>
        {
            var query = _understanding.Understand(text, searcher, weights);
            return (IReadOnlyList<RankedPassage>)Rank(searcher, query, new SearchRequest(text, Math.Min(depth, SearchLimits.MaxLimit)), weights, depth).Ranked
                .Select(r => r.Passage).ToList();
        }));
    }

    private (int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, List<(int Doc, RankedPassage Passage)> Ranked) Rank(
        IndexSearcher searcher, QueryInterpretation query, SearchRequest request, HybridWeights weights, int wanted)
    {
        var concepts = Plan(query, searcher.IndexReader);
        if (concepts.Count == 0)
        {
            return (0, new Dictionary<string, IReadOnlyList<FacetValue>>(), []);
        }

        var depth = Math.Max(wanted, weights.RerankDepth);
        var (total, facets, top) = MatchAccumulator.Run(searcher, concepts, weights.Ranking, _lexical.RankingClauses(query.Text, weights.Ranking), weights.Match, request, depth, _index.CommonPostings);
        return (total, facets, _reranker.Rerank(searcher, query, top, weights));
    }

    // Every concept with its forms: its own word (or phrase), the entities it names and its expansions.
    private List<PlannedConcept> Plan(QueryInterpretation query, IndexReader reader)
    {
        var concepts = new List<(double Idf, double Share, List<PlannedForm> Forms)>();
        foreach (var concept in query.Concepts)
        {
            var forms = new List<PlannedForm>();
            forms.AddRange(_lexical.OwnForms(concept.Text));

            foreach (var entity in concept.Entities)
            {
                forms.Add(new PlannedForm(new TermQuery(new Term(PassageFields.EntityIds, entity.Id)), 1.0, FormKind.Entity));

                // A place is also where a passage stands: a report of 四川省 speaks of 全省, not of 四川.
                if (entity.Type == "Place")
                {
                    forms.Add(new PlannedForm(new TermQuery(new Term(PassageFields.Province, entity.Name)), PlaceOfPassage, FormKind.Entity));
                    forms.Add(new PlannedForm(new TermQuery(new Term(PassageFields.City, entity.Name)), PlaceOfPassage, FormKind.Entity));
                }
            }

            // A year is also the year a passage is about (its own date, its part's, its document's).
            if (concept.Text.Length == 4 && int.TryParse(concept.Text, out var year) && year is >= 1949 and <= 2100)
            {
                forms.Add(new PlannedForm(NumericRangeQuery.NewInt32Range(PassageFields.Year, year, year, true, true), PlaceOfPassage, FormKind.Entity));
            }

            foreach (var expansion in concept.Expansions.Take(BooleanQuery.MaxClauseCount / 4))
            {
                if (ExpansionQuery(expansion.Term, reader) is { } other)
                {
                    forms.Add(new PlannedForm(other, expansion.Weight, FormKind.Expansion));
                }
            }

            if (forms.Count > 0)
            {
                concepts.Add((concept.Idf, concept.Share, forms));
            }
        }

        var shares = MatchPlan.Shares(concepts.Select(c => c.Share).ToList());
        return concepts.Select((c, i) => new PlannedConcept(shares[i], c.Idf, c.Forms)).ToList();
    }

    // An expansion the segmenter makes a word of is searched as that word alone (most are: the
    // associates are words of the index); only one it never made needs its run of bigrams.
    private Query? ExpansionQuery(string term, IndexReader reader)
    {
        var folded = PassageSearcher.WholeWord(_analyzer, term);
        return folded is not null && _lexical.DocFreq(reader, PassageFields.Words, folded) > 0
            ? new TermQuery(new Term(PassageFields.Words, folded))
            : PassageSearcher.WordQuery(_analyzer, term);
    }

    private static void Validate(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ArgumentException("The query is empty.", nameof(request));
        }

        if (request.Text.Length > SearchLimits.MaxQueryLength)
        {
            throw new ArgumentException($"The query is {request.Text.Length} characters long; at most {SearchLimits.MaxQueryLength} are allowed.", nameof(request));
        }

        if (request.Limit is < 1 or > SearchLimits.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Limit, $"limit must be between 1 and {SearchLimits.MaxLimit}.");
        }

        if (request.Offset is < 0 or > SearchLimits.MaxOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Offset, $"offset must be between 0 and {SearchLimits.MaxOffset}.");
        }
    }
}
