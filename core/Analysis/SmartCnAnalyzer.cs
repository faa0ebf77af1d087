using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
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
/// <remarks>
/// The chain is SmartChineseAnalyzer's (tokenizer, Porter stemming, its stop words) with
/// <see cref="SmartCnTokenizer"/> in place of its tokenizer: the same tokens, without cutting a
/// passage into sentences again. Both char filters map one character to at most one, so offsets
/// point into the original text.
/// </remarks>
public sealed class SmartCnAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        WidthFolding.WrapDroppingQuotes(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SmartCnTokenizer(reader);
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SmartChineseAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
