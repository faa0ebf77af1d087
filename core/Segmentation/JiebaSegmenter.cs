namespace KnowledgeGraph.Core.Segmentation;

/// <summary>
/// A Chinese word segmenter that follows jieba's algorithm: a prefix dictionary gives every
/// word starting at each character (the DAG), dynamic programming picks the route with the best
/// sum of log frequencies, and runs of single characters the dictionary leaves apart go through
/// an HMM that finds unknown words. Search mode adds the dictionary 2- and 3-character words
/// inside longer words.
/// </summary>
/// <remarks>
/// Load once and share: after construction nothing changes, and every method is thread-safe.
/// Offsets are in UTF-16 code units of the text given.
/// </remarks>
public sealed partial class JiebaSegmenter
{
    private readonly PrefixDictionary _dictionary;
    private readonly HiddenMarkovModel _hmm;
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static Buffers? t_buffers;

    private JiebaSegmenter(PrefixDictionary dictionary, HiddenMarkovModel hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
    }

    /// <summary>Number of distinct words in the dictionary, user words included.</summary>
    public int WordCount => _dictionary.WordCount;

    /// <summary>Approximate bytes held by the dictionary and the HMM tables.</summary>
    public long ApproximateBytes => _dictionary.ApproximateBytes + _hmm.ApproximateBytes;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, List<WordSpan> output, SegmentMode mode = SegmentMode.Default, bool hmm = true)
    {
        var buffers = t_buffers ??= new Buffers();
        var blockStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsBlockChar(text[i]))
            {
                if (blockStart < 0)
                {
                    blockStart = i;
                }

                continue;
            }

            if (blockStart >= 0)
            {
                CutBlock(text, blockStart, i, output, mode, hmm, buffers);
                blockStart = -1;
            }

            if (i == text.Length)
            {
                break;
            }

            // Outside blocks jieba yields "\r\n" as one piece and every other character alone.
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                output.Add(new WordSpan(i, 2));
                i++;
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Add(new WordSpan(i, 2));
                i++;
            }
            else
            {
                output.Add(new WordSpan(i, 1));
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> with their offsets and part-of-speech tags.</summary>
    public IReadOnlyList<Token> Tokenize(string text, SegmentMode mode = SegmentMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<WordSpan>(text.Length / 2 + 1);
        Segment(text, spans, mode, hmm);
        var tokens = new List<Token>(spans.Count);
        foreach (var span in spans)
        {
            var word = text.Substring(span.Start, span.Length);
            tokens.Add(new Token(word, span.Start, span.End, Tag(word), span.IsInner));
        }

        return tokens;
    }

    /// <summary>The words of <paramref name="text"/>, as strings.</summary>
    public IReadOnlyList<string> Cut(string text, SegmentMode mode = SegmentMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<WordSpan>(text.Length / 2 + 1);
        Segment(text, spans, mode, hmm);
        return spans.ConvertAll(s => text.Substring(s.Start, s.Length));
    }

    /// <summary>True when <paramref name="word"/> is a dictionary word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _dictionary.Frequency(word) > 0;

    /// <summary>The dictionary frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public long Frequency(ReadOnlySpan<char> word) => _dictionary.Frequency(word);

    /// <summary>
    /// The part-of-speech tag of a word: the dictionary's tag when it has one; otherwise
    /// <c>m</c> for numbers, <c>eng</c> for Latin letters and digits, <c>nr</c> for a 2- or
    /// 3-character Han word that starts with a common surname, <c>n</c> for other Han words,
    /// <c>x</c> for anything else (punctuation, spaces).
    /// </summary>
    public string Tag(ReadOnlySpan<char> word)
    {
        var node = _dictionary.Find(word);
        if (node >= 0 && _dictionary.IsWord(node))
        {
            var tag = _dictionary.Tag(node);
            if (tag.Length > 0)
            {
                return tag;
            }
        }

        return GuessTag(word);
    }

    private static string GuessTag(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return "x";
        }

        bool allNumber = true, allLatin = true, allHan = true;
        foreach (var c in word)
        {
            allNumber &= char.IsAsciiDigit(c) || c == '.' || c == '%';
            allLatin &= char.IsAsciiLetterOrDigit(c);
            allHan &= IsHan(c);
        }

        if (allNumber && char.IsAsciiDigit(word[0]))
        {
            return "m";
        }

        if (allLatin)
        {
            return "eng";
        }

        if (allHan)
        {
            return word.Length is 2 or 3 && CommonSurnames.Contains(word[0]) ? "nr" : "n";
        }

        return "x";
    }

    // One-character surnames that together cover most of the population.
    private static readonly HashSet<char> CommonSurnames =
    [
        .. "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤戚",
    ];

    // jieba's block: runs of these are segmented; anything else stands alone.
    internal static bool IsBlockChar(char c) =>
        IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    // jieba's Han range, U+4E00 to U+9FD5.
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    private void CutBlock(ReadOnlySpan<char> text, int start, int end, List<WordSpan> output, SegmentMode mode, bool hmm, Buffers buffers)
    {
        if (mode == SegmentMode.Default)
        {
            CutDag(text, start, end, output, hmm, buffers);
            return;
        }

        var words = buffers.Words;
        words.Clear();
        CutDag(text, start, end, words, hmm, buffers);
        foreach (var word in words)
        {
            AddInnerWords(text, word, output);
            output.Add(word);
        }
    }

    private void AddInnerWords(ReadOnlySpan<char> text, WordSpan word, List<WordSpan> output)
    {
        if (word.Length > 2)
        {
            for (var i = word.Start; i + 2 <= word.End; i++)
            {
                if (_dictionary.Frequency(text.Slice(i, 2)) > 0)
                {
                    output.Add(new WordSpan(i, 2, IsInner: true));
                }
            }
        }

        if (word.Length > 3)
        {
            for (var i = word.Start; i + 3 <= word.End; i++)
            {
                if (_dictionary.Frequency(text.Slice(i, 3)) > 0)
                {
                    output.Add(new WordSpan(i, 3, IsInner: true));
                }
            }
        }
    }

    /// <summary>Best route through the DAG of <c>text[start..end)</c>, then the HMM for runs of single characters.</summary>
    private void CutDag(ReadOnlySpan<char> text, int start, int end, List<WordSpan> output, bool hmm, Buffers buffers)
    {
        var block = text[start..end];
        var n = block.Length;
        var (score, routeEnd) = buffers.Route(n);

        // Right to left: the best route from idx is the best word idx..x plus the best route from x+1.
        // Ties go to the longer word, as in jieba.
        score[n] = 0;
        var lonely = -_dictionary.LogTotal;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var bestScore = double.NegativeInfinity;
            var bestEnd = -1;
            var node = 0;
            for (var x = idx; x < n; x++)
            {
                node = _dictionary.Child(node, block[x]);
                if (node < 0)
                {
                    break;
                }

                if (_dictionary.IsWord(node))
                {
                    var candidate = _dictionary.LogProbability(node) + score[x + 1];
                    if (candidate >= bestScore)
                    {
                        bestScore = candidate;
                        bestEnd = x;
                    }
                }
            }

            if (bestEnd < 0)
            {
                // No word starts here: the character alone, scored as frequency 1.
                bestScore = lonely + score[idx + 1];
                bestEnd = idx;
            }

            score[idx] = bestScore;
            routeEnd[idx] = bestEnd;
        }

        // Single characters the route leaves apart are gathered: with the HMM, every run of them;
        // without it, only runs of ASCII letters and digits, which become one word.
        var pending = -1;
        for (var x = 0; x < n;)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1 && (hmm || char.IsAsciiLetterOrDigit(block[x])))
            {
                if (pending < 0)
                {
                    pending = x;
                }
            }
            else
            {
                Flush(block, pending, x, start, output, hmm, buffers);
                pending = -1;
                output.Add(new WordSpan(start + x, y - x));
            }

            x = y;
        }

        Flush(block, pending, n, start, output, hmm, buffers);
    }

    private void Flush(ReadOnlySpan<char> block, int from, int to, int offset, List<WordSpan> output, bool hmm, Buffers buffers)
    {
        if (from < 0)
        {
            return;
        }

        if (hmm)
        {
            FlushSingles(block, from, to, offset, output, buffers);
        }
        else
        {
            output.Add(new WordSpan(offset + from, to - from));
        }
    }

    /// <summary>A run of single characters the route left apart: one character, a dictionary word, or the HMM's words.</summary>
    private void FlushSingles(ReadOnlySpan<char> block, int from, int to, int offset, List<WordSpan> output, Buffers buffers)
    {
        var run = block[from..to];
        if (run.Length == 1)
        {
            output.Add(new WordSpan(offset + from, 1));
            return;
        }

        if (_dictionary.Frequency(run) > 0)
        {
            for (var i = from; i < to; i++)
            {
                output.Add(new WordSpan(offset + i, 1));
            }

            return;
        }

        // jieba's HMM step: Han runs go through Viterbi; the rest is split into
        // Latin/digit words (with an optional decimal part and %) and single characters.
        var i0 = 0;
        while (i0 < run.Length)
        {
            var j = i0;
            if (IsHan(run[i0]))
            {
                while (j < run.Length && IsHan(run[j]))
                {
                    j++;
                }

                var first = output.Count;
                _hmm.Cut(run[i0..j], offset + from + i0, output, buffers.Hmm);
                if (_forceSplit.Count > 0)
                {
                    SplitForced(block, offset, first, output);
                }
            }
            else if (char.IsAsciiLetterOrDigit(run[i0]))
            {
                j = EndOfAlphanumeric(run, i0);
                output.Add(new WordSpan(offset + from + i0, j - i0));
            }
            else
            {
                // Other characters between matches come out as one piece, as re.split leaves them.
                while (j < run.Length && !IsHan(run[j]) && !char.IsAsciiLetterOrDigit(run[j]))
                {
                    j++;
                }

                output.Add(new WordSpan(offset + from + i0, j - i0));
            }

            i0 = j;
        }
    }

    // Words the user dictionary gave frequency 0 come out of the HMM as single characters.
    private void SplitForced(ReadOnlySpan<char> block, int offset, int first, List<WordSpan> output)
    {
        for (var i = output.Count - 1; i >= first; i--)
        {
            var word = output[i];
            if (word.Length > 1 && _forceSplit.Contains(block.Slice(word.Start - offset, word.Length).ToString()))
            {
                output.RemoveAt(i);
                output.InsertRange(i, Enumerable.Range(word.Start, word.Length).Select(c => new WordSpan(c, 1)));
            }
        }
    }

    // [a-zA-Z0-9]+(\.\d+)?%?
    private static int EndOfAlphanumeric(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i += 2;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        if (i < s.Length && s[i] == '%')
        {
            i++;
        }

        return i;
    }

    /// <summary>Per-thread working arrays, grown as needed and reused.</summary>
    private sealed class Buffers
    {
        private double[] _score = new double[256];
        private int[] _routeEnd = new int[256];

        public List<WordSpan> Words { get; } = new(256);

        public HiddenMarkovModel.Scratch Hmm { get; } = new();

        public (double[] Score, int[] RouteEnd) Route(int n)
        {
            if (_score.Length < n + 1)
            {
                _score = new double[Math.Max(n + 1, _score.Length * 2)];
                _routeEnd = new int[_score.Length];
            }

            return (_score, _routeEnd);
        }
    }
}
