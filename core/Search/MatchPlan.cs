using Lucene.Net.Search;

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

    /// <summary>A word inside the concept's own (冰雪 in 冰雪经济), scored by BM25 times its strength.</summary>
    Part,
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
/// The arithmetic of a plan. A passage's coverage is how much of the query it holds: the sum,
/// over the concepts, of the concept's share times the strongest of its forms the passage holds
/// (1 for its own word or a named entity, less for an associate); it is a match when that reaches
/// the threshold. Its ranking score is, per concept, the best form's score (BM25 for the
/// concept's own words; another word or a named entity counts as the concept's IDF times its
/// strength and weight) plus a tenth of the others', then the coverage, then BM25 of the
/// query's bigrams and SmartCn words, which may reorder matches but never make one
/// (<see cref="MatchAccumulator"/> computes both).
/// </summary>
internal static class MatchPlan
{
    /// <summary>Shares of concepts by their weights (equal shares when all are 0).</summary>
    public static IReadOnlyList<double> Shares(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        return weights.Select(v => total > 0 ? v / total : 1.0 / weights.Count).ToList();
    }

    /// <summary>BM25's inverse document frequency of a term found in <paramref name="frequency"/> of the passages.</summary>
    public static double Idf(int frequency, int passages) =>
        Math.Log(1 + ((Math.Max(1, passages) - frequency + 0.5) / (frequency + 0.5)));
}
