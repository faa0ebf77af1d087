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
public sealed record LexicalWeights(double Words = 0.5, double Coverage = 1.0, double Bigram = 0, double SmartCn = 0.3, double SubWord = 0)
{
    /// <summary>
    /// The weights chosen on the tuning halves of the evaluation (<c>evaluate --tune-lexical 1</c>;
    /// README.md, Retrieval evaluation): the share of the query held counts more than BM25 of its
    /// words, and BM25 of the bigrams and sub-words adds nothing (0.409 against 0.401 for the
    /// earlier 1, 0.5, 0.3, 0.3, 0.3; bigrams at 0.3 or 1.0 gave 0.403 and 0.408).
    /// </summary>
    public static LexicalWeights Default { get; } = new();

    internal RankingWeights Ranking => new(Own: Words, Expansion: 0, Entity: 0, Coverage, Bigram, SmartCn, SubWord);
}
