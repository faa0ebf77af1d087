using System.Buffers;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Half-width <c>, ; : ? ! ( )</c> written in Chinese text become <c>， ； ： ？ ！ （ ）</c>.
/// </summary>
/// <remarks>
/// <c>, ; : ? !</c> change when the nearest non-space character before or after them (on the same
/// line) is Chinese (<see cref="CjkChars.IsCjkContext"/>), so <c>1,000</c>, <c>10:30</c> and
/// <c>Hello, world</c> stay. Brackets change in pairs: a matched <c>( )</c> changes when it holds
/// a Chinese character or touches one on the outside (<c>县(市、区)</c>, <c>(1)加强</c>); an
/// unmatched one follows the rule for <c>,</c> (<c>（二)紧紧围绕</c>). Straight double quotes pair up
/// in order on their line, when the line holds an even number of them: a pair becomes <c>“ ”</c> when
/// it holds a Chinese character or touches one on the outside (<c>实现"两个建成"目标</c>), so the
/// quotes of pages that wrote all their punctuation half-width are quotes for the extraction rules
/// too. Every change is one character for one, so the offset map is unchanged.
/// </remarks>
internal static class PunctuationWidthRepair
{
    private static readonly SearchValues<char> HalfWidth = SearchValues.Create(",;:?!()");

    public static MappedText Apply(MappedText input)
    {
        var s = input.Text;
        if (s.AsSpan().IndexOfAny(HalfWidth) < 0 && !s.Contains('"', StringComparison.Ordinal))
        {
            return input;
        }

        var chars = s.ToCharArray();
        PairStraightQuotes(s, chars);
        var open = new List<OpenParen>();
        var i = 0;
        while (i < s.Length)
        {
            if (open.Count == 0)
            {
                var next = s.AsSpan(i).IndexOfAny(HalfWidth);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var c = s[i];
            if (open.Count > 0 && CjkChars.IsIdeograph(c))
            {
                open[^1] = open[^1] with { HoldsIdeograph = true };
            }

            switch (c)
            {
                case '\n':
                    ResolveUnmatched(s, chars, open);
                    break;
                case ',' or ';' or ':' or '?' or '!':
                    if (TouchesChinese(s, i))
                    {
                        chars[i] = ToFullWidth(c);
                    }

                    break;
                case '(':
                    open.Add(new OpenParen(i, HoldsIdeograph: false));
                    break;
                case ')':
                    CloseParen(s, chars, open, i);
                    break;
            }

            i++;
        }

        ResolveUnmatched(s, chars, open);
        return input.WithText(new string(chars));
    }

    // A line after an odd count of quotes may open by closing a quote begun above (…"双联\n系统"活动，
    // 组织"走基层): its quotes pair up only when the lines above hold an even count in all.
    private static void PairStraightQuotes(string s, char[] chars)
    {
        var carried = false;
        for (var lineStart = 0; lineStart < s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? s.Length : lineEnd;
            var count = s.AsSpan(lineStart, lineEnd - lineStart).Count('"');
            var pairs = !carried && count >= 2 && count % 2 == 0;
            carried ^= count % 2 == 1;
            if (pairs)
            {
                var open = -1;
                // Searches bounded by the line's end: the pass stays linear in the text.
                for (var i = s.IndexOf('"', lineStart, lineEnd - lineStart); i >= 0; i = s.IndexOf('"', i + 1, lineEnd - i - 1))
                {
                    if (open < 0)
                    {
                        open = i;
                        continue;
                    }

                    if (HoldsIdeograph(s, open + 1, i) || IsChinese(Before(s, open)) || IsChinese(After(s, i)))
                    {
                        chars[open] = '“';
                        chars[i] = '”';
                    }

                    open = -1;
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    private static bool HoldsIdeograph(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (CjkChars.IsIdeograph(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void CloseParen(string s, char[] chars, List<OpenParen> open, int close)
    {
        if (open.Count == 0)
        {
            if (TouchesChinese(s, close))
            {
                chars[close] = '）';
            }

            return;
        }

        var pair = open[^1];
        open.RemoveAt(open.Count - 1);
        if (pair.HoldsIdeograph && open.Count > 0)
        {
            open[^1] = open[^1] with { HoldsIdeograph = true };
        }

        if (pair.HoldsIdeograph || IsChinese(Before(s, pair.Position)) || IsChinese(After(s, close)))
        {
            chars[pair.Position] = '（';
            chars[close] = '）';
        }
    }

    private static void ResolveUnmatched(string s, char[] chars, List<OpenParen> open)
    {
        foreach (var paren in open)
        {
            if (TouchesChinese(s, paren.Position))
            {
                chars[paren.Position] = '（';
            }
        }

        open.Clear();
    }

    private static bool TouchesChinese(string s, int i) => IsChinese(Before(s, i)) || IsChinese(After(s, i));

    private static bool IsChinese(char c) => CjkChars.IsCjkContext(c);

    /// <summary>The nearest non-space character before <paramref name="i"/> on its line, or <c>'\n'</c>.</summary>
    private static char Before(string s, int i)
    {
        for (var j = i - 1; j >= 0 && s[j] != '\n'; j--)
        {
            if (s[j] != ' ')
            {
                return s[j];
            }
        }

        return '\n';
    }

    /// <summary>The nearest non-space character after <paramref name="i"/> on its line, or <c>'\n'</c>.</summary>
    private static char After(string s, int i)
    {
        for (var j = i + 1; j < s.Length && s[j] != '\n'; j++)
        {
            if (s[j] != ' ')
            {
                return s[j];
            }
        }

        return '\n';
    }

    private static char ToFullWidth(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        _ => c,
    };

    /// <param name="Position">Where the <c>(</c> is.</param>
    /// <param name="HoldsIdeograph">Whether a Chinese character has been seen since it opened.</param>
    private readonly record struct OpenParen(int Position, bool HoldsIdeograph);
}
