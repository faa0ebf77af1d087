using KnowledgeGraph.Core.Search.Topics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>How search ranks passages.</summary>
public enum SearchMode
{
    /// <summary>BM25 over the query's words and bigrams only (<see cref="PassageSearcher"/> as it is).</summary>
    Lexical,

    /// <summary>Meaning only: the vocabulary's expansion of the query, the graph entities it names and their neighbours, and topic similarity.</summary>
    Semantic,

    /// <summary>BM25 blended with the semantic signals (the default of the search API).</summary>
    Hybrid,
}

/// <summary>Reading a search mode from a request parameter.</summary>
public static class SearchModes
{
    /// <summary>The names a request may give: lexical, semantic, hybrid.</summary>
    public static IReadOnlyList<string> Names { get; } = ["lexical", "semantic", "hybrid"];

    /// <summary>Reads <c>lexical</c>, <c>semantic</c> or <c>hybrid</c> (any case); null or empty is <see cref="SearchMode.Hybrid"/>.</summary>
    public static bool TryParse(string? text, out SearchMode mode)
    {
        mode = SearchMode.Hybrid;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return Names.Contains(text.Trim().ToLowerInvariant()) && Enum.TryParse(text.Trim(), ignoreCase: true, out mode);
    }
}

/// <summary>
/// The weights of the signals a hybrid ranking blends. Each signal is scaled to [0, 1] over the
/// candidates of a query (BM25 scores by the best one; entity scores by the best one; topic
/// similarity is a cosine already) before it is weighted.
/// </summary>
/// <param name="Lexical">BM25 of the query's own words (the lexical search).</param>
/// <param name="Expansion">BM25 of the query's words and their vocabulary expansion, each term weighted (a passage need not hold them all).</param>
/// <param name="Entity">Passages mentioning an entity the query names (1) or a graph neighbour of one (<see cref="NeighborShare"/>).</param>
/// <param name="Topic">Cosine of the passage's and the query's topic vectors.</param>
/// <param name="NeighborShare">What a neighbour counts for, relative to a named entity.</param>
/// <param name="Bigram">BM25 of the query's bigrams, any of them (recall for questions, whose words a passage rarely holds together).</param>
public sealed record HybridWeights(double Lexical, double Expansion, double Entity, double Topic, double NeighborShare = 0.3, double Bigram = 0)
{
    /// <summary>
    /// The weights chosen on the evaluation set (tests/KnowledgeGraph.Benchmarks/Evaluation; the
    /// <c>evaluate --tune</c> command searches them and README.md records the outcome).
    /// </summary>
    public static HybridWeights Default { get; } = new(Lexical: 1.0, Expansion: 0.6, Entity: 0.8, Topic: 0.3, NeighborShare: 0.3, Bigram: 0.4);

    /// <summary>The same without the lexical signal: <see cref="SearchMode.Semantic"/>.</summary>
    public HybridWeights WithoutLexical() => this with { Lexical = 0, Bigram = 0 };
}

/// <summary>
/// The signals of a query's candidates: lexical, expansion and bigram BM25 scaled to the best
/// candidate, the count of linked entities and of neighbours each mentions (weighted down when
/// frequent), and topic cosine.
/// </summary>
public sealed record QuerySignals(
    IReadOnlyDictionary<string, double> Lexical,
    IReadOnlyDictionary<string, double> Expansion,
    IReadOnlyDictionary<string, double> LinkedEntities,
    IReadOnlyDictionary<string, double> Neighbors,
    IReadOnlyDictionary<string, double> Topic,
    IReadOnlyDictionary<string, double> Bigrams)
{
    /// <summary>
    /// A candidate scoring less than this share of the best one is left out: every passage shares
    /// a bigram or a little topic with any query, and a total that counts them all says nothing.
    /// </summary>
    public const double MinimumShareOfBest = 0.05;

    /// <summary>The candidates ranked by <paramref name="weights"/>, best first, down to <see cref="MinimumShareOfBest"/> of the best.</summary>
    public List<RankedPassage> Rank(HybridWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var entity = HybridSearcher.Scaled(LinkedEntities.Keys.Concat(Neighbors.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => LinkedEntities.GetValueOrDefault(id) + (weights.NeighborShare * Neighbors.GetValueOrDefault(id)), StringComparer.Ordinal));
        var bigrams = weights.Bigram > 0 ? Bigrams : new Dictionary<string, double>();
        var ranked = Lexical.Keys.Concat(Expansion.Keys).Concat(entity.Keys).Concat(Topic.Keys).Concat(bigrams.Keys).Distinct(StringComparer.Ordinal)
            .Select(id =>
            {
                var l = Lexical.GetValueOrDefault(id);
                var x = Expansion.GetValueOrDefault(id);
                var e = entity.GetValueOrDefault(id);
                var t = Topic.GetValueOrDefault(id);
                var b = bigrams.GetValueOrDefault(id);
                return new RankedPassage(id, (weights.Lexical * l) + (weights.Expansion * x) + (weights.Entity * e) + (weights.Topic * t) + (weights.Bigram * b), l, x, e, t, b);
            })
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var cutoff = ranked.Count == 0 ? 0 : ranked[0].Score * MinimumShareOfBest;
        return ranked.TakeWhile(r => r.Score >= cutoff).ToList();
    }
}

/// <summary>A ranked passage and each of its signals, scaled, before weighting.</summary>
public sealed record RankedPassage(string Id, double Score, double Lexical, double Expansion, double Entity, double Topic, double Bigram = 0);

/// <summary>
/// Search in the three modes: lexical (the <see cref="PassageSearcher"/>), semantic and hybrid.
/// The semantic signals come from <see cref="QueryUnderstanding"/> (vocabulary expansion,
/// entity linking, graph neighbours) and from the topic model (<see cref="TopicIndex"/>).
/// </summary>
/// <remarks>
/// <para>Candidates are the union of the lexical hits, the passages holding any of the query's
/// bigrams, the hits of the expanded query, the passages that mention a linked entity or
/// neighbour, and the passages closest to the query in topic space; filters apply to all of
/// them. Text in query syntax is searched as written, in every mode. The ranking names no
/// document and no query: it depends on the vocabulary, the graph and the topic model only.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class HybridSearcher
{
    // Candidates taken from each signal.
    private const int PerSignal = 200;

    // An entity mentioned by more than this share of the passages names nothing in particular
    // (a committee mentioned everywhere): as a neighbour it is ignored, as a linked entity it
    // counts in proportion.
    private const double MaxEntityShare = 0.08;

    private readonly PassageIndex _index;
    private readonly PassageSearcher _lexical;
    private readonly QueryUnderstanding _understanding;
    private readonly Func<TopicIndex> _topics;
    private readonly TopicWords _topicWords;
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
        _topics = topics ?? throw new ArgumentNullException(nameof(topics));
        _topicWords = topicWords ?? throw new ArgumentNullException(nameof(topicWords));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
    }

    /// <summary>What the query is read as (for display, and for the evaluation).</summary>
    public Task<QueryInterpretation> UnderstandAsync(string text, CancellationToken cancellationToken = default) =>
        _understanding.UnderstandAsync(text, cancellationToken);

    /// <summary>Searches in <paramref name="mode"/>; lexical is exactly <see cref="PassageSearcher.Search"/>.</summary>
    /// <exception cref="ArgumentException">The request is out of <see cref="SearchLimits"/> or its text is empty.</exception>
    public async Task<SearchResult> SearchAsync(SearchRequest request, SearchMode mode = SearchMode.Hybrid, HybridWeights? weights = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Query syntax (quotes, AND/OR, field:) asks for exactly what it says: it is searched as written.
        if (mode == SearchMode.Lexical || PassageSearcher.LooksLikeSyntax(request.Text))
        {
            return _lexical.Search(request);
        }

        if (request.Limit is < 1 or > SearchLimits.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Limit, $"limit must be between 1 and {SearchLimits.MaxLimit}.");
        }

        if (request.Offset is < 0 or > SearchLimits.MaxOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Offset, $"offset must be between 0 and {SearchLimits.MaxOffset}.");
        }

        // The lexical searcher checks the text, and gives the lexical hits. Every signal is taken
        // over the whole index and the filters applied after the ranking, so that a filtered
        // search keeps exactly the hits its facet counted.
        var lexical = _lexical.Search(new SearchRequest(request.Text, SearchLimits.MaxLimit));
        var interpretation = await _understanding.UnderstandAsync(request.Text, cancellationToken);
        weights ??= HybridWeights.Default;
        var ranked = Signals(interpretation, lexical).Rank(mode == SearchMode.Semantic ? weights.WithoutLexical() : weights);
        var allowed = Allowed(ranked.Select(r => r.Id), request);
        var kept = ranked.Where(r => allowed.Contains(r.Id)).ToList();
        var page = kept.Skip(request.Offset).Take(request.Limit).ToList();
        var stored = _lexical.GetPassages(page.Select(r => r.Id)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var terms = interpretation.Words.Concat(interpretation.Expansions.Select(e => e.Term)).ToList();
        var hits = page.Where(r => stored.ContainsKey(r.Id)).Select(r =>
        {
            var p = stored[r.Id];
            return new SearchHit(p.Id, p.DocumentId, p.Source, p.Title, p.Committee, p.City, p.Province, p.Year, p.Text,
                PassageHighlighter.Highlight(p.Text, terms), (float)r.Score, p.Entities);
        }).ToList();
        return new SearchResult(kept.Count, hits, Facets(kept.Select(r => r.Id)));
    }

    /// <summary>The ranking alone, for the evaluation: every candidate, best first, with its signals.</summary>
    public async Task<IReadOnlyList<RankedPassage>> RankAsync(string text, HybridWeights weights, CancellationToken cancellationToken = default) =>
        (await SignalsAsync(text, cancellationToken)).Rank(weights);

    /// <summary>
    /// Every signal of every candidate of a query, before weighting: the evaluation weighs the
    /// same signals many ways without searching again.
    /// </summary>
    public async Task<QuerySignals> SignalsAsync(string text, CancellationToken cancellationToken = default)
    {
        var lexical = _lexical.Search(new SearchRequest(text, SearchLimits.MaxLimit));
        var interpretation = await _understanding.UnderstandAsync(text, cancellationToken);
        return Signals(interpretation, lexical);
    }

    private QuerySignals Signals(QueryInterpretation query, SearchResult lexical)
    {
        var (linked, neighbors) = EntityScores(query);
        return new QuerySignals(
            Scaled(lexical.Hits.ToDictionary(h => h.PassageId, h => (double)h.Score, StringComparer.Ordinal)),
            Scaled(ExpansionScores(query)),
            linked,
            neighbors,
            TopicScores(query),
            Scaled(BigramScores(query.Text)));
    }

    // The query's bigrams, any of them, over the bigrams field.
    private Dictionary<string, double> BigramScores(string text)
    {
        var query = new BooleanQuery();
        foreach (var (term, _) in Tokens(PassageFields.Bigrams, text).Take(BooleanQuery.MaxClauseCount))
        {
            query.Add(new TermQuery(new Term(PassageFields.Bigrams, term)), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? [] : Scores(query);
    }

    // The query's words (weight 1) and their expansion (each at its weight), any of them: a
    // passage that holds one synonym is a candidate.
    private Dictionary<string, double> ExpansionScores(QueryInterpretation query)
    {
        var terms = query.Words.Select(w => (Term: w, Weight: 1.0))
            .Concat(query.Expansions.Select(e => (e.Term, e.Weight)))
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var boolean = new BooleanQuery();
        foreach (var (term, weight) in terms.Take(BooleanQuery.MaxClauseCount))
        {
            if (PassageSearcher.WordQuery(_analyzer, term) is { } clause)
            {
                clause.Boost = (float)weight;
                boolean.Add(clause, Occur.SHOULD);
            }
        }

        return boolean.Clauses.Count == 0 ? [] : Scores(boolean);
    }

    // Passages that mention linked entities (1 each) and neighbours (1 each), separately,
    // leaving out entities mentioned almost everywhere (a linked one still counts, but little).
    private (Dictionary<string, double> Linked, Dictionary<string, double> Neighbors) EntityScores(QueryInterpretation query) => _index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var limit = Math.Max(1, MaxEntityShare * reader.NumDocs);
        Dictionary<string, double> Mentions(IEnumerable<string> ids, bool keepFrequent)
        {
            var boolean = new BooleanQuery(disableCoord: true);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var term = new Term(PassageFields.EntityIds, id);
                var frequency = reader.DocFreq(term);
                if (frequency == 0 || (frequency > limit && !keepFrequent) || boolean.Clauses.Count >= BooleanQuery.MaxClauseCount)
                {
                    continue;
                }

                var share = frequency > limit ? limit / frequency : 1.0;
                boolean.Add(new ConstantScoreQuery(new TermQuery(term)) { Boost = (float)share }, Occur.SHOULD);
            }

            return boolean.Clauses.Count == 0
                ? []
                : searcher.Search(boolean, PerSignal).ScoreDocs.ToDictionary(d => searcher.Doc(d.Doc).Get(PassageFields.Id), d => (double)d.Score, StringComparer.Ordinal);
        }

        return (Mentions(query.Entities.Select(e => e.Id), keepFrequent: true), Mentions(query.Neighbors, keepFrequent: false));
    });

    // Cosine of each passage's topic vector with the query's (its words and their expansion),
    // the closest first; nothing when the model knows none of the query's words.
    private Dictionary<string, double> TopicScores(QueryInterpretation query)
    {
        var topics = _topics();
        if (topics.Model is null)
        {
            return [];
        }

        var words = _topicWords.Of(query.Text).Concat(query.Expansions.Where(e => e.Relation == ExpansionRelation.Synonym).Select(e => e.Term)).ToList();
        var vector = topics.Model.Infer(words);
        if (vector.All(v => v == 0))
        {
            return [];
        }

        // The closest PerSignal in one pass with a bounded heap: a full sort of every passage
        // took most of a hybrid search's time on a large corpus. The heap's first is the weakest
        // kept: lowest similarity, then the greatest id, so ties keep the smaller ids.
        var closest = new PriorityQueue<string, (double Similarity, string Id)>(PerSignal + 1, Weakest.Instance);
        foreach (var id in topics.PassageIds)
        {
            var similarity = TopicIndex.Cosine(vector, topics.VectorOf(id)!);
            if (similarity <= 0)
            {
                continue;
            }

            closest.Enqueue(id, (similarity, id));
            if (closest.Count > PerSignal)
            {
                closest.Dequeue();
            }
        }

        var scores = new Dictionary<string, double>(closest.Count, StringComparer.Ordinal);
        while (closest.TryDequeue(out var id, out var priority))
        {
            scores[id] = priority.Similarity;
        }

        return scores;
    }

    private sealed class Weakest : IComparer<(double Similarity, string Id)>
    {
        public static Weakest Instance { get; } = new();

        public int Compare((double Similarity, string Id) x, (double Similarity, string Id) y)
        {
            var bySimilarity = x.Similarity.CompareTo(y.Similarity);
            return bySimilarity != 0 ? bySimilarity : string.CompareOrdinal(y.Id, x.Id);
        }
    }

    private Dictionary<string, double> Scores(Query query) => _index.Search(searcher =>
        searcher.Search(query, PerSignal).ScoreDocs
            .ToDictionary(d => searcher.Doc(d.Doc).Get(PassageFields.Id), d => (double)d.Score, StringComparer.Ordinal));

    private List<(string Term, int Position)> Tokens(string field, string text) => PassageSearcher.Tokens(_analyzer, field, text);

    internal static Dictionary<string, double> Scaled(Dictionary<string, double> scores)
    {
        var max = scores.Count == 0 ? 0 : scores.Values.Max();
        return max <= 0 ? scores : scores.ToDictionary(p => p.Key, p => p.Value / max, StringComparer.Ordinal);
    }

    // The candidates that pass the request's filters.
    private HashSet<string> Allowed(IEnumerable<string> ids, SearchRequest request)
    {
        var passages = _lexical.GetPassages(ids);
        return passages
            .Where(p => Matches(request.City, p.City) && Matches(request.Province, p.Province) && Matches(request.Committee, p.Committee)
                && (request.Year is null || p.Year == request.Year)
                && (string.IsNullOrWhiteSpace(request.EntityType) || p.Entities.Any(e => e.Type == request.EntityType.Trim()))
                && (string.IsNullOrWhiteSpace(request.EntityId) || p.Entities.Any(e => e.Id == request.EntityId.Trim())))
            .Select(p => p.Id)
            .ToHashSet(StringComparer.Ordinal);

        static bool Matches(string? wanted, string? value) => string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted.Trim(), value, StringComparison.Ordinal);
    }

    // Facet counts over the kept candidates, by the same counter the lexical search uses.
    private IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(IEnumerable<string> ids)
    {
        var facets = new FacetCounter();
        var list = ids.ToList();
        foreach (var chunk in list.Chunk(BooleanQuery.MaxClauseCount))
        {
            var query = new BooleanQuery();
            foreach (var id in chunk)
            {
                query.Add(new TermQuery(new Term(PassageFields.Id, id)), Occur.SHOULD);
            }

            _index.Search(searcher =>
            {
                searcher.Search(query, facets);
                return 0;
            });
        }

        return facets.Results(SearchLimits.FacetValues);
    }
}
