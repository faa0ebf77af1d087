using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>What a form of a concept is, for the ranking.</summary>
internal enum FormKind
{
    /// <summary>The concept's own word or phrase.</summary>
    Own,

    /// <summary>Another word for it (vocabulary, dictionary, learned associate).</summary>
    Expansion,

    /// <summary>A mention of an entity it names.</summary>
    Entity,
}

/// <summary>One way a passage may hold a concept: a query that finds it, and how much holding it counts (0 to 1).</summary>
internal sealed record PlannedForm(Query Match, double Strength, FormKind Kind);

/// <summary>A concept of a query as the index searches it: its share of the query (shares add up to 1), its inverse document frequency and its forms.</summary>
internal sealed record PlannedConcept(double Share, double Idf, IReadOnlyList<PlannedForm> Forms);

/// <summary>The clauses of a ranking that may reorder matches but never make one.</summary>
internal sealed record RankingClauses(IReadOnlyList<Query> Bigrams, IReadOnlyList<Query> SmartCn, IReadOnlyList<Query> SubWords);

/// <summary>The weights of a plan's ranking query, in BM25 units.</summary>
internal sealed record RankingWeights(double Own, double Expansion, double Entity, double Coverage, double Bigram, double SmartCn, double SubWord);

/// <summary>
/// Builds the two queries of a search from its concepts. The coverage query scores a passage by
/// how much of the query it holds: the sum, over the concepts, of the concept's share times the
/// strongest of its forms the passage holds (1 for its own word or a named entity, less for an
/// associate); a passage is a match when that reaches the threshold (<see cref="CoverageCollector"/>).
/// The ranking query orders the matches: BM25 of each concept's forms (the strongest one counts,
/// with a little of the others), entity mentions as much as their concept's word would give,
/// the coverage itself, and BM25 of the query's bigrams and SmartCn words, which may reorder
/// matches but never make one.
/// </summary>
internal static class MatchPlan
{
    /// <summary>The coverage query: scores are exact shares when searched with BM25 (query norm and coord are 1).</summary>
    public static Query Coverage(IReadOnlyList<PlannedConcept> concepts)
    {
        var coverage = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
        {
            var any = new DisjunctionMaxQuery(0f);
            foreach (var form in concept.Forms)
            {
                any.Add(new ConstantScoreQuery(form.Match) { Boost = (float)(concept.Share * form.Strength) });
            }

            if (any.Disjuncts.Count > 0)
            {
                coverage.Add(any, Occur.SHOULD);
            }
        }

        return coverage;
    }

    /// <summary>The ranking query over the matches.</summary>
    public static Query Ranking(IReadOnlyList<PlannedConcept> concepts, RankingWeights weights, RankingClauses clauses)
    {
        var ranking = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
        {
            var best = new DisjunctionMaxQuery(0.1f);
            foreach (var form in concept.Forms)
            {
                var boost = form.Kind switch
                {
                    FormKind.Own => weights.Own,
                    FormKind.Expansion => weights.Expansion * form.Strength,
                    _ => 0,
                };
                if (form.Kind == FormKind.Entity && weights.Entity > 0)
                {
                    best.Add(new ConstantScoreQuery(form.Match) { Boost = (float)(weights.Entity * concept.Idf * form.Strength) });
                }
                else if (boost > 0)
                {
                    var scored = (Query)form.Match.Clone();
                    scored.Boost = (float)boost;
                    best.Add(scored);
                }
            }

            if (best.Disjuncts.Count > 0)
            {
                ranking.Add(best, Occur.SHOULD);
            }
        }

        if (weights.Coverage > 0)
        {
            var coverage = Coverage(concepts);
            coverage.Boost = (float)(weights.Coverage * concepts.Sum(c => c.Idf));
            ranking.Add(coverage, Occur.SHOULD);
        }

        Add(ranking, clauses.Bigrams, weights.Bigram);
        Add(ranking, clauses.SmartCn, weights.SmartCn);
        Add(ranking, clauses.SubWords, weights.SubWord);
        return ranking;
    }

    private static void Add(BooleanQuery ranking, IEnumerable<Query> clauses, double weight)
    {
        if (weight <= 0)
        {
            return;
        }

        var any = new BooleanQuery(disableCoord: true) { Boost = (float)weight };
        foreach (var clause in clauses.Take(BooleanQuery.MaxClauseCount))
        {
            any.Add(clause, Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            ranking.Add(any, Occur.SHOULD);
        }
    }

    /// <summary>Shares of concepts by their inverse document frequencies (equal shares when all are 0).</summary>
    public static IReadOnlyList<double> Shares(IReadOnlyList<double> idf)
    {
        var total = idf.Sum();
        return idf.Select(v => total > 0 ? v / total : 1.0 / idf.Count).ToList();
    }

    /// <summary>BM25's inverse document frequency of a term found in <paramref name="frequency"/> of the passages.</summary>
    public static double Idf(int frequency, int passages) =>
        Math.Log(1 + ((Math.Max(1, passages) - frequency + 0.5) / (frequency + 0.5)));
}

/// <summary>
/// Collects the matches of a coverage query (<see cref="MatchPlan.Coverage"/>): the passages whose
/// coverage reaches the threshold, as one bit set per index segment, their number and their facet
/// counts.
/// </summary>
internal sealed class CoverageCollector(double threshold) : ICollector
{
    // Float sums of shares: a passage exactly at the threshold must not miss it by rounding.
    private const double Tolerance = 1e-6;

    private readonly FacetCounter _facets = new();
    private readonly Dictionary<int, FixedBitSet> _bits = [];
    private FixedBitSet? _current;
    private Scorer? _scorer;

    /// <summary>Matches counted.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _current = new FixedBitSet(context.AtomicReader.MaxDoc);
        _bits[context.Ord] = _current;
        _facets.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_scorer!.GetScore() + Tolerance < threshold)
        {
            return;
        }

        _current!.Set(doc);
        _facets.Collect(doc);
        Total++;
    }

    /// <summary>The facet counts of the matches.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(int top) => _facets.Results(top);

    /// <summary>A filter that lets only the matches through.</summary>
    public Filter AsFilter() => new MatchFilter(_bits);

    private sealed class MatchFilter(Dictionary<int, FixedBitSet> bits) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
            bits.TryGetValue(context.Ord, out var set) ? set : null;
    }
}

/// <summary>Runs a plan: the matches (counted, with their facets) and the best of them by the ranking query.</summary>
internal static class PlannedSearch
{
    /// <summary>The matches of <paramref name="coverage"/> at <paramref name="threshold"/> that pass the request's filters, and the first <paramref name="depth"/> of them by <paramref name="ranking"/>.</summary>
    public static (int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, ScoreDoc[] Top) Run(
        IndexSearcher searcher, Query coverage, Query ranking, double threshold, SearchRequest request, int depth)
    {
        var collector = new CoverageCollector(threshold);
        searcher.Search(PassageSearcher.Filter(coverage, request), collector);
        var top = collector.Total == 0 || depth <= 0
            ? []
            : searcher.Search(new FilteredQuery(ranking, collector.AsFilter(), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), depth).ScoreDocs;
        return (collector.Total, collector.Facets(SearchLimits.FacetValues), top);
    }
}
