using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Ranked full-text search over the passages, with filters, facet counts and highlights.
/// </summary>
/// <remarks>
/// <para>Plain text (what a researcher types: 民营经济走访) needs no syntax. It is cut into words
/// (jieba, default mode) and the function words dropped; a passage matches when it holds enough
/// of those words (all of one or two, two of three, half of more), each found either as a jieba
/// word or as the run of its bigrams, so a word the segmenter cut differently in the passage is
/// still found (the bigrams field reads “码”上议 as 码上议). Sub-words (search mode) add to the
/// score. Text that looks like Lucene syntax (quotes, AND/OR, +/-, field:) is parsed as such over
/// both fields; when it does not parse, it is read as plain text.</para>
/// <para>Thread-safe; every call searches the index's last commit.</para>
/// </remarks>
public sealed partial class PassageSearcher
{

    private readonly PassageIndex _index;
    private readonly JiebaSegmenter _segmenter;
    private readonly Analyzer _analyzer;
    private readonly CharArraySet _stopWords;
    private readonly GeneralRarity _rarity;

    // Stored passages read by id, until the next commit; about 1 KB each at most.
    private readonly PerReader<string, StoredPassage> _passages = new(20_000);

    // Stored passages of hits read by document number, until the next commit: reading one
    // decompresses its block of the stored fields, about a quarter of a search's time, and the
    // passages that rank first for one query often rank first for others.
    private readonly PerReader<int, StoredPassage> _hits = new(10_000);

    /// <param name="index">The passage index.</param>
    /// <param name="segmenter">Cuts queries into words.</param>
    /// <param name="stopWords">Words a query is not searched for; none when null.</param>
    /// <param name="rarity">How rare words are in general, beside the index's own frequencies; none when null.</param>
    public PassageSearcher(PassageIndex index, JiebaSegmenter segmenter, CharArraySet? stopWords = null, GeneralRarity? rarity = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _analyzer = PassageIndex.CreateAnalyzer(segmenter);
        _stopWords = stopWords ?? CharArraySet.Empty;
        _rarity = rarity ?? GeneralRarity.None;
    }

    /// <summary>jieba's stop words, from the data the build copies beside the program; none when missing.</summary>
    public static CharArraySet DefaultStopWords()
    {
        var path = Path.Combine(SegmenterOptions.DefaultDataFolder, "jieba", "stop_words.utf8");
        return File.Exists(path) ? JiebaAnalyzer.LoadStopWords(path) : CharArraySet.Empty;
    }

    /// <summary>The words of <paramref name="text"/> that carry meaning: jieba's default cut, stop words and punctuation dropped.</summary>
    public IReadOnlyList<string> QueryWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _segmenter.Cut(text)
            .Select(w => w.Trim())
            .Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit) && !_stopWords.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The share of a query a passage must hold to match it (<see cref="MatchPlan"/>): 0.3 of what
    /// the passage that holds most of it holds, and at least a quarter of the query, as in hybrid mode
    /// (<see cref="Semantic.HybridWeights"/>). Words weigh by how rare they are, so a passage
    /// holding only the query's common words is no hit.
    /// </summary>
    public MatchThreshold MatchThreshold { get; init; } = new(OfBest: 0.3, Floor: 0.25);

    /// <summary>How the matches are ranked (<see cref="LexicalWeights"/>).</summary>
    public LexicalWeights Weights { get; init; } = LexicalWeights.Default;

    /// <summary>Searches; see the class remarks for how the text is read.</summary>
    /// <exception cref="ArgumentException">The request is out of <see cref="SearchLimits"/> or its text is empty.</exception>
    public SearchResult Search(SearchRequest request)
    {
        Validate(request);
        var words = QueryWords(request.Text);
        var syntax = ParseSyntax(request.Text);
        var highlightTerms = words.Concat(SubWords(request.Text)).ToList();
        var bigrams = Tokens(PassageFields.Bigrams, request.Text).Select(t => t.Term).ToList();
        return _index.Search(searcher =>
        {
            if (syntax is not null)
            {
                var top = TopScoreDocCollector.Create(request.Offset + request.Limit, docsScoredInOrder: false);
                var facets = new FacetCounter();
                searcher.Search(Filter(syntax, request), MultiCollector.Wrap(top, facets));
                var found = top.GetTopDocs(request.Offset, request.Limit).ScoreDocs
                    .Select(d => ToHit(Stored(searcher, d.Doc), d.Score, highlightTerms, bigrams))
                    .ToList();
                return new SearchResult(top.TotalHits, found, facets.Results(SearchLimits.FacetValues));
            }

            var concepts = Concepts(request.Text, words, searcher.IndexReader);
            if (concepts.Count == 0)
            {
                return new SearchResult(0, [], new FacetCounter().Results(SearchLimits.FacetValues));
            }

            var matches = MatchAccumulator.Run(searcher, concepts, Weights.Ranking, RankingClauses(request.Text, Weights.Ranking), MatchThreshold, request, request.Offset + request.Limit, _index.CommonPostings);
            var hits = matches.Top.Skip(request.Offset).Take(request.Limit)
                .Select(d => ToHit(Stored(searcher, d.Doc), d.Score, highlightTerms, bigrams))
                .ToList();
            return new SearchResult(matches.Total, hits, matches.Facets);
        });
    }

    /// <summary>The query's words as concepts, each in its one form (<see cref="WordQuery"/>), weighted by how rare it is.</summary>
    private List<PlannedConcept> Concepts(string text, IReadOnlyList<string> words, IndexReader reader)
    {
        // A query of stop words only (什么) still searches for them rather than for nothing.
        var concepts = words.Count > 0 ? words : Tokens(PassageFields.Words, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        var planned = new List<(List<PlannedForm> Forms, double Idf, double Weight)>();
        foreach (var word in concepts)
        {
            var forms = OwnForms(word);
            if (forms.Count > 0)
            {
                planned.Add((forms, Idf(word, reader), ConceptWeight(word, reader)));
            }
        }

        var shares = MatchPlan.Shares(planned.Select(p => p.Weight).ToList());
        return planned.Select((p, i) => new PlannedConcept(shares[i], p.Idf, p.Forms)).ToList();
    }

    /// <summary>
    /// The forms of a concept's own word: the word itself (1), and the dictionary words inside a
    /// longer one (冰雪 in 冰雪经济), each holding as much of it as its share of the characters,
    /// times <see cref="PartStrength"/>: a passage about 冰雪 partly holds 冰雪经济.
    /// </summary>
    internal List<PlannedForm> OwnForms(string word)
    {
        var forms = WordForms(_analyzer, word).Select(f => new PlannedForm(f, 1.0, FormKind.Own)).ToList();
        if (forms.Count > 0 && word.Length > 2)
        {
            foreach (var part in Tokens(PassageFields.Words, word).Select(t => t.Term).Where(t => t.Length > 1 && t.Length < word.Length && !_stopWords.Contains(t)).Distinct(StringComparer.Ordinal))
            {
                forms.Add(new PlannedForm(new TermQuery(new Term(PassageFields.Words, part)), PartStrength * part.Length / word.Length, FormKind.Part));
            }
        }

        return forms;
    }

    /// <summary>What holding a part of a word counts for, times the part's share of its characters.</summary>
    public const double PartStrength = 0.8;

    /// <summary>
    /// The clauses that may reorder matches but never make one: the query's bigrams, its SmartCn
    /// words and jieba's sub-words; only those <paramref name="weights"/> give a weight are made
    /// (SmartCn's analysis of the query is not free).
    /// </summary>
    internal RankingClauses RankingClauses(string text, RankingWeights weights) => new(
        weights.Bigram > 0 ? Terms(PassageFields.Bigrams, Tokens(PassageFields.Bigrams, text).Select(t => t.Term)) : [],
        weights.SmartCn > 0 ? Terms(PassageFields.SmartCn, Tokens(PassageFields.SmartCn, text).Select(t => t.Term)) : [],
        weights.SubWord > 0 ? Terms(PassageFields.Words, SubWords(text)) : []);

    private static List<Query> Terms(string field, IEnumerable<string> terms) =>
        terms.Distinct(StringComparer.Ordinal).Select(t => (Query)new TermQuery(new Term(field, t))).ToList();

    /// <summary>
    /// How much a word of a query weighs beside its others: the geometric mean of its rarity in
    /// the index (BM25's IDF over the largest possible) and in general Chinese
    /// (<see cref="GeneralRarity"/>), so that a word is weighty only when it is rare in both: 政协
    /// is everywhere in this corpus, 之前 everywhere in Chinese.
    /// </summary>
    public double ConceptWeight(string word, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(reader);
        var corpus = Idf(word, reader) / MatchPlan.Idf(0, reader.NumDocs);
        return Math.Sqrt(Math.Max(0, corpus) * _rarity.Of(word));
    }

    /// <summary>
    /// BM25's inverse document frequency of a word: as the words field has it, or, when the
    /// segmenter never made that word, of its rarest bigram (a bound on the run's own).
    /// </summary>
    public double Idf(string word, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(reader);
        var frequency = WholeWord(_analyzer, word) is { } folded
            ? DocFreq(reader, PassageFields.Words, folded)
            : 0;
        if (frequency == 0)
        {
            var bigrams = Tokens(_analyzer, PassageFields.Bigrams, word);
            frequency = bigrams.Count == 0 ? 0 : bigrams.Min(b => DocFreq(reader, PassageFields.Bigrams, b.Term));
        }

        return MatchPlan.Idf(frequency, reader.NumDocs);
    }

    /// <summary>In how many passages a term occurs (remembered until the next commit: <see cref="PassageIndex.Statistics"/>).</summary>
    public int DocFreq(IndexReader reader, string field, string text) => _index.Statistics.DocFreq(reader, field, text);

    /// <summary>The version of the index searched (<see cref="PassageIndex.Version"/>): it changes with every commit.</summary>
    public long IndexVersion => _index.Version;

    /// <summary>
    /// The stored passages with these ids, in the order asked; ids not in the index are left out.
    /// Passages read are remembered until the next commit (<see cref="PerReader{TKey, TValue}"/>):
    /// answers and neighbourhoods show the same evidence sentences again and again.
    /// </summary>
    public IReadOnlyList<StoredPassage> GetPassages(IEnumerable<string> ids)
    {
        var wanted = ids.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return _index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var found = new Dictionary<string, StoredPassage>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var id in wanted)
            {
                if (_passages.TryGet(reader, id, out var passage))
                {
                    found[id] = passage;
                }
                else
                {
                    missing.Add(id);
                }
            }

            foreach (var chunk in missing.Chunk(512))
            {
                var query = new BooleanQuery();
                foreach (var id in chunk)
                {
                    query.Add(new TermQuery(new Term(PassageFields.Id, id)), Occur.SHOULD);
                }

                var matches = new MatchingDocs();
                searcher.Search(query, matches);
                foreach (var passage in matches.Ids.Select(doc => ToStored(searcher.Doc(doc))))
                {
                    found[passage.Id] = _passages.Get(reader, passage.Id, _ => passage);
                }
            }

            return (IReadOnlyList<StoredPassage>)wanted.Where(found.ContainsKey).Select(id => found[id]).ToList();
        });
    }

    /// <summary>The stored passage of document <paramref name="doc"/> of <paramref name="searcher"/>'s index (remembered until the next commit).</summary>
    internal StoredPassage Stored(IndexSearcher searcher, int doc) =>
        _hits.Get(searcher.IndexReader, doc, d => ToStored(searcher.Doc(d)));

    /// <summary>A document's passages in reading order.</summary>
    public IReadOnlyList<StoredPassage> GetDocumentPassages(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return All(new TermQuery(new Term(PassageFields.DocumentId, documentId)))
            .OrderBy(p => p.Start)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Every passage the query matches, unranked: no priority queue sized to the whole index.
    private List<StoredPassage> All(Query query) => _index.Search(searcher =>
    {
        var matches = new MatchingDocs();
        searcher.Search(query, matches);
        return matches.Ids.Select(id => ToStored(searcher.Doc(id))).ToList();
    });

    /// <summary>Collects the index-wide ids of the matching documents.</summary>
    private sealed class MatchingDocs : ICollector
    {
        private int _base;

        public List<int> Ids { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => Ids.Add(_base + doc);
    }

    private static void Validate(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
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

    // Query syntax is tried only when the text uses some; a parse failure means plain text.
    private Query? ParseSyntax(string text)
    {
        if (!LooksLikeSyntax(text))
        {
            return null;
        }

        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [PassageFields.Words, PassageFields.Bigrams], _analyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            return null;
        }
    }

    internal static bool LooksLikeSyntax(string text) =>
        text.IndexOfAny(['"', '+', '(', ')', '*', '?', '~', '^', '[', ']', '{', '}']) >= 0
        || text.Contains(" AND ", StringComparison.Ordinal)
        || text.Contains(" OR ", StringComparison.Ordinal)
        || text.Contains(" NOT ", StringComparison.Ordinal)
        || text.StartsWith('-') || text.Contains(" -", StringComparison.Ordinal)
        || (text.Contains(':', StringComparison.Ordinal) && text.Split(':')[0].All(char.IsAsciiLetter));

    private IEnumerable<string> SubWords(string text) =>
        Tokens(PassageFields.Words, text).Select(t => t.Term).Where(t => t.Length > 1 && !_stopWords.Contains(t)).Distinct(StringComparer.Ordinal);

    private List<(string Term, int Position)> Tokens(string field, string text) => Tokens(_analyzer, field, text);

    private static SearchHit ToHit(StoredPassage stored, float score, IEnumerable<string> words, IEnumerable<string> bigrams)
    {
        return new SearchHit(
            stored.Id,
            stored.DocumentId,
            stored.Source,
            stored.Title,
            stored.Committee,
            stored.City,
            stored.Province,
            stored.Year,
            stored.Text,
            PassageHighlighter.Highlight(stored.Text, words, bigrams),
            score,
            stored.Entities);
    }

    internal static StoredPassage ToStored(LuceneDocument document) => new(
        document.Get(PassageFields.Id),
        document.Get(PassageFields.DocumentId),
        document.Get(PassageFields.SectionId),
        document.Get(PassageFields.Text) ?? "",
        document.GetField(PassageFields.Start)?.GetInt32Value() ?? 0,
        document.GetField(PassageFields.End)?.GetInt32Value() ?? 0,
        document.Get(PassageFields.Source),
        document.Get(PassageFields.Title),
        document.Get(PassageFields.Date),
        document.Get(PassageFields.Committee),
        document.Get(PassageFields.City),
        document.Get(PassageFields.Province),
        document.GetField(PassageFields.Year)?.GetInt32Value(),
        document.GetValues(PassageFields.Entities).Select(PassageEntity.Unpack).OfType<PassageEntity>().ToList());
}
