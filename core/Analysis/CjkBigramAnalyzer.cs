using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Overlapping CJK bigrams (政协委员 → 政协 协委 委员), for recall where the segmenter cuts a
/// name differently from the query. Width is folded before tokenizing, and the bigram filter
/// comes after lower-casing so that it sees the final form of each character; a lone CJK
/// character between non-CJK text is kept as a unigram. Chinese quotation marks are dropped
/// first: inside a name they mark a pun, not a boundary (“码”上议 is 码上议 to a reader, and gives
/// its bigrams 码上 上议).
/// </summary>
public sealed class CjkBigramAnalyzer : Analyzer
{

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        WidthFolding.WrapDroppingQuotes(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCasing(tokenizer);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
