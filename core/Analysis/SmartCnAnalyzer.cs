using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Words as Lucene's <see cref="SmartChineseAnalyzer"/> cuts them (its hidden Markov model over
/// its own word dictionary, with its punctuation stop words), after full-width forms are folded
/// and Chinese quotation marks dropped, as the bigrams field does (“码”上议 is read as 码上议).
/// A second, independent segmentation beside jieba's: it takes no user dictionary and splits
/// some domain words (码/上/议) that jieba keeps whole, and it scores higher than jieba on the
/// SIGHAN 2005 news sets, so the two disagree where one of them is wrong.
/// </summary>
/// <remarks>Both char filters map one character to at most one, so offsets point into the original text.</remarks>
public sealed class SmartCnAnalyzer : AnalyzerWrapper
{
    private readonly SmartChineseAnalyzer _smart = new(LuceneVersion.LUCENE_48, useDefaultStopWords: true);

    public SmartCnAnalyzer()
        : base(GLOBAL_REUSE_STRATEGY)
    {
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _smart;

    protected override TextReader WrapReader(string fieldName, TextReader reader) =>
        WidthFolding.WrapDroppingQuotes(reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _smart.Dispose();
        }

        base.Dispose(disposing);
    }
}
