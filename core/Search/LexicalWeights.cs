namespace KnowledgeGraph.Core.Search;

/// <summary>
/// How the lexical search (<see cref="PassageSearcher"/>) ranks the passages that match the
/// query's words, in BM25 units: BM25 of the words themselves, the share of the query held times
/// the query's IDF, and BM25 of the query's bigrams, SmartCn words and jieba sub-words, which may
/// reorder matches but never make one.
/// </summary>
/// <param name="Words">BM25 of the query's words (and the run of their bigrams).</param>
/// <param name="Coverage">The share of the query held, as a multiple of the query's IDF.</param>
/// <param name="Bigram">BM25 of the query's bigrams, any of them.</param>
/// <param name="SmartCn">BM25 of the query's SmartCn words, any of them.</param>
/// <param name="SubWord">BM25 of jieba's sub-words of the query (search mode).</param>
public sealed record LexicalWeights(double Words = 1.0, double Coverage = 0.5, double Bigram = 0.3, double SmartCn = 0.3, double SubWord = 0.3)
{
    /// <summary>The weights chosen on the tuning halves of the evaluation (README.md, Retrieval evaluation).</summary>
    public static LexicalWeights Default { get; } = new();

    internal RankingWeights Ranking => new(Own: Words, Expansion: 0, Entity: 0, Coverage, Bigram, SmartCn, SubWord);
}
