using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Lucene's SmartCn segmentation (the words of <see cref="HMMChineseTokenizer"/>, the tokenizer of
/// <see cref="SmartChineseAnalyzer"/>, as <see cref="SmartCnTokenizer"/> gives them) as plain word spans over a line, for comparing it with
/// jieba (<c>segment --segmenter smartcn</c>, the SIGHAN benchmark). Every character that is not
/// whitespace lies in exactly one word: what the tokenizer passes over (it drops some
/// punctuation) is kept as words of its own, so the words put together give the line back.
/// </summary>
/// <remarks>Thread-safe: each thread has its own tokenizer (the dictionaries are shared).</remarks>
public sealed class SmartCnSegmenter
{
    private readonly ThreadLocal<(SmartCnTokenizer Tokenizer, ICharTermAttribute Term, IOffsetAttribute Offset)> _tokenizers = new(() =>
    {
        var tokenizer = new SmartCnTokenizer(new StringReader(""));
        return (tokenizer, tokenizer.AddAttribute<ICharTermAttribute>(), tokenizer.AddAttribute<IOffsetAttribute>());
    });

    /// <summary>The words of <paramref name="line"/> as (start, length) spans, in order, whitespace left out.</summary>
    public IReadOnlyList<(int Start, int Length)> Segment(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (tokenizer, _, offset) = _tokenizers.Value;
        var spans = new List<(int Start, int Length)>();
        var covered = 0;
        tokenizer.SetReader(new StringReader(line));
        tokenizer.Reset();
        try
        {
            while (tokenizer.IncrementToken())
            {
                var (start, end) = (offset.StartOffset, offset.EndOffset);
                if (start < covered || end > line.Length || end <= start)
                {
                    continue;
                }

                Gap(line, covered, start, spans);
                spans.Add((start, end - start));
                covered = end;
            }

            tokenizer.End();
        }
        finally
        {
            tokenizer.Dispose();
        }

        Gap(line, covered, line.Length, spans);
        return spans;
    }

    /// <summary>The words of <paramref name="line"/> as strings.</summary>
    public IReadOnlyList<string> Words(string line) => Segment(line).Select(s => line.Substring(s.Start, s.Length)).ToList();

    // What the tokenizer passed over, cut at whitespace: runs of other characters become words.
    private static void Gap(string line, int from, int to, List<(int, int)> spans)
    {
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var inWord = i < to && !char.IsWhiteSpace(line[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                spans.Add((start, i - start));
                start = -1;
            }
        }
    }
}
