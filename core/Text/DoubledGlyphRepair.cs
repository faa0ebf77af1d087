namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Undoes fake-bold PDF text, where every glyph is drawn twice and extraction returns a word of
/// digits or Latin letters twice in a row and each Chinese character twice:
/// <c>20232023年年</c> → <c>2023年</c>, <c>1010月月1515日日</c> → <c>10月15日</c>.
/// </summary>
/// <remarks>
/// A run starts with a repeated ASCII word (<c>TT</c>, T at least two characters) directly
/// followed by a doubled Chinese character; it goes on over further doubled Chinese characters
/// and further repeated words that are themselves followed by a doubled character. It is
/// repaired only when it holds at least two doubled characters or stops at a non-Chinese
/// character (punctuation, a line end): <c>2020年年底</c> is a real year followed by 年底, where a
/// fake-bold <c>20年底</c> would have read <c>2020年年底底</c>. So <c>人人</c>, <c>常常</c>,
/// <c>研究研究</c>, <c>协商协商</c>, <c>2020年</c>, <c>2020年年底</c>, <c>2020年年度报告</c> and a bare
/// <c>20202020</c> are left alone. The kept characters map to the first copy; a doubled Chinese
/// character maps to both copies.
/// </remarks>
internal static class DoubledGlyphRepair
{
    public static MappedText Apply(MappedText input)
    {
        var s = input.Text;
        MappedTextBuilder? output = null;
        var copiedTo = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!CjkChars.IsAsciiLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            var wordEnd = WordEnd(s, i);
            var runEnd = StartsDoubledRun(s, i, wordEnd) ? RepairRun(s, i, wordEnd, output: null) : i;
            if (runEnd == i)
            {
                i = wordEnd;
                continue;
            }

            output ??= new MappedTextBuilder(input);
            output.Copy(copiedTo, i);
            RepairRun(s, i, wordEnd, output);
            copiedTo = i = runEnd;
        }

        if (output is null)
        {
            return input;
        }

        output.Copy(copiedTo, s.Length);
        return output.Build();
    }

    /// <summary>
    /// Walks the run that starts with the repeated word [start, wordEnd) and returns where it
    /// stops, or <paramref name="start"/> when the run is too weak to repair. Emits the repaired
    /// text when <paramref name="output"/> is given.
    /// </summary>
    private static int RepairRun(string s, int start, int wordEnd, MappedTextBuilder? output)
    {
        output?.Copy(start, start + ((wordEnd - start) / 2));
        var pairs = 0;
        var i = wordEnd;
        while (i < s.Length)
        {
            if (IsDoubledIdeograph(s, i))
            {
                output?.Append(s[i], i, i + 2);
                pairs++;
                i += 2;
            }
            else if (CjkChars.IsAsciiLetterOrDigit(s[i]) && StartsDoubledRun(s, i, WordEnd(s, i)))
            {
                var end = WordEnd(s, i);
                output?.Copy(i, i + ((end - i) / 2));
                i = end;
            }
            else
            {
                break;
            }
        }

        var endsAtBoundary = i == s.Length || !CjkChars.IsIdeograph(s[i]);
        return pairs >= 2 || endsAtBoundary ? i : start;
    }

    private static int WordEnd(string s, int start)
    {
        var end = start;
        while (end < s.Length && CjkChars.IsAsciiLetterOrDigit(s[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when [start, end) is a word repeated twice (each half at least two characters) and a doubled ideograph follows.</summary>
    private static bool StartsDoubledRun(string s, int start, int end)
    {
        var length = end - start;
        if (length < 4 || length % 2 != 0 || !IsDoubledIdeograph(s, end))
        {
            return false;
        }

        var half = length / 2;
        return string.CompareOrdinal(s, start, s, start + half, half) == 0;
    }

    private static bool IsDoubledIdeograph(string s, int i) =>
        i + 1 < s.Length && CjkChars.IsIdeograph(s[i]) && s[i + 1] == s[i];
}
