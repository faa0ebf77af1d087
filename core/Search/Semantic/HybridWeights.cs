using KnowledgeGraph.Core.Search.Associations;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>How search ranks passages.</summary>
public enum SearchMode
{
    /// <summary>BM25 over the query's words, bigrams and SmartCn words (<see cref="PassageSearcher"/> as it is).</summary>
    Lexical,

    /// <summary>Meaning only: the query's concepts in every form (vocabulary, dictionary, learned associates, named entities), without BM25 of its own words.</summary>
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
/// What the hybrid search matches and how it ranks. Matching: a passage is a hit when the
/// shares of the query's concepts it holds, each times the strength of the form it holds it in,
/// add up to <see cref="Threshold"/> of the best passage's, and at least <see cref="Floor"/>. Ranking, in BM25 units: the concepts' own words
/// (<see cref="Lexical"/>), their expansions (<see cref="Expansion"/> times strength), entity
/// mentions (<see cref="Entity"/> times the concept's IDF), the coverage (<see cref="Coverage"/>
/// times the query's IDF), the query's bigrams and SmartCn words; then the first
/// <see cref="RerankDepth"/> are reordered, each score scaled by the best, with topic similarity,
/// mentions of the linked entities' neighbours and pseudo-relevance feedback.
/// </summary>
/// <param name="Lexical">BM25 of the concepts' own words.</param>
/// <param name="Expansion">BM25 of their expansions, times each one's strength.</param>
/// <param name="Entity">A mention of an entity the concept names, as a multiple of the concept's IDF.</param>
/// <param name="Coverage">The share of the query held, as a multiple of the query's IDF.</param>
/// <param name="Bigram">BM25 of the query's bigrams, any of them.</param>
/// <param name="SmartCn">BM25 of the query's SmartCn words, any of them.</param>
/// <param name="Topic">Reordering: cosine of the passage's and the query's topic vectors.</param>
/// <param name="Neighbor">Reordering: the passage mentions an entity found with a linked one.</param>
/// <param name="Feedback">Reordering: the share of the first hits' characteristic words the passage holds.</param>
/// <param name="Threshold">The share of the query a hit must hold, relative to the passage that holds most of it.</param>
/// <param name="Floor">The share of the query a hit must hold at least.</param>
/// <param name="Vocabulary">Whether the hand vocabulary (graph-schema/topics.json) expands the query and links its topics.</param>
public sealed record HybridWeights(
    double Lexical = 1.0,
    double Expansion = 0.2,
    double Entity = 1.2,
    double Coverage = 1.0,
    double Bigram = 0.3,
    double SmartCn = 0.15,
    double Topic = 0.1,
    double Neighbor = 0.2,
    double Feedback = 0,
    double Threshold = 0.3,
    double Floor = 0.25,
    bool Vocabulary = true)
{
    /// <summary>The weights chosen on the tuning halves of the evaluation (tests/KnowledgeGraph.Benchmarks; README.md records how).</summary>
    public static HybridWeights Default { get; } = new();

    /// <summary>
    /// The associates of each source, and how much they count. First-order co-occurrence is off:
    /// on the tuning halves it added nothing its second-order use (Context) does not.
    /// </summary>
    public AssociationWeights Associations { get; init; } = new() { Cooccurrence = 0 };

    /// <summary>Hits reordered by the topic, neighbour and feedback signals.</summary>
    public int RerankDepth { get; init; } = 50;

    /// <summary>The first hits whose words make the feedback.</summary>
    public int FeedbackDepth { get; init; } = 8;

    /// <summary>The same without BM25 of the query's own words, bigrams and SmartCn words: <see cref="SearchMode.Semantic"/>.</summary>
    public HybridWeights WithoutLexical() => this with { Lexical = 0, Bigram = 0, SmartCn = 0 };

    /// <summary>The same without the hand vocabulary: only what the dictionary and the corpus give.</summary>
    public HybridWeights WithoutVocabulary() => this with { Vocabulary = false };

    internal MatchThreshold Match => new(Threshold, Floor);

    internal RankingWeights Ranking => new(Lexical, Expansion, Entity, Coverage, Bigram, SmartCn, SubWord: 0.3 * Lexical);
}
