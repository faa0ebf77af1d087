using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Words for the index and for queries: full-width forms folded, jieba words (search mode for
/// the index, default mode for queries), Latin lower-cased, stop words removed.
/// </summary>
public sealed class JiebaAnalyzer : Analyzer
{
    private readonly JiebaSegmenter _segmenter;
    private readonly SegmentMode _mode;
    private readonly CharArraySet _stopWords;

    /// <param name="segmenter">The shared segmenter.</param>
    /// <param name="mode">Search mode for indexing, default mode for queries.</param>
    /// <param name="stopWords">Words to drop; none when null.</param>
    public JiebaAnalyzer(JiebaSegmenter segmenter, SegmentMode mode = SegmentMode.Search, CharArraySet? stopWords = null)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _mode = mode;
        _stopWords = stopWords ?? CharArraySet.Empty;
    }

    /// <summary>Reads a stop word list, one word a line (jieba's stop_words.utf8 format).</summary>
    public static CharArraySet LoadStopWords(string path)
    {
        var words = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: true);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => WidthFolding.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JiebaTokenizer(reader, _segmenter, _mode);
        TokenStream stream = new LowerCasing(tokenizer);
        if (_stopWords.Count > 0)
        {
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, _stopWords);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
