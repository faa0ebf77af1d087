using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Drops the pinyin glosses that some converting mirrors put after characters of a page
/// (<c>政協(xié)商</c>, <c>區（qū）</c>): a bracketed syllable of at most six Latin letters, one of them
/// a vowel with a tone mark, right after a Chinese character. The syllable breaks every word it
/// sits in (<c>內(nèi)蒙古</c>), so it goes; the characters around it keep their own offsets.
/// </summary>
/// <remarks>
/// A syllable without a tone mark (<c>(de)</c>, <c>(a)</c>) is left alone: plain Latin letters in
/// brackets are more often a list label or an abbreviation than a gloss; except in a text that
/// glosses so at least three times inside words (<c>提（ti）案</c>: a syllable of pinyin's form, two letters
/// or more, between two Chinese characters), where every such syllable between characters goes.
/// </remarks>
internal static partial class PinyinGlosses
{
    // An initial and a final of Mandarin's syllables, without tone marks (ti, li, shen, zhan, kai, ü written v).
    [GeneratedRegex(@"^(?:[bpmfdtnlgkhjqxryw]|zh|ch|sh|z|c|s)?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v)$")]
    private static partial Regex PinyinForm();

    private const int MaxSyllable = 6;
    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const int TonelessInText = 3;

    public static MappedText Apply(MappedText input) => Apply(input, TonelessGlosses(input.Text));

    private static MappedText Apply(MappedText input, bool toneless)
    {
        var s = input.Text;
        var first = NextGloss(s, 0, toneless);
        if (first < 0)
        {
            return input;
        }

        var output = new MappedTextBuilder(input);
        var copiedTo = 0;
        for (var at = first; at >= 0; at = NextGloss(s, copiedTo, toneless))
        {
            output.Copy(copiedTo, at);
            copiedTo = GlossEnd(s, at, toneless);
        }

        output.Copy(copiedTo, s.Length);
        return output.Build();
    }

    /// <summary><paramref name="text"/> without its glosses, toneless ones between characters included whatever their
    /// number (for comparing names, titles and evidence, both sides alike: a span of a glossing page may hold one).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NextGloss(text, 0, toneless: true) < 0 ? text : Apply(MappedText.Identity(text), toneless: true).Text;
    }

    // True when the text glosses without tone marks inside words at least three times.
    private static bool TonelessGlosses(string s)
    {
        var count = 0;
        if (s.Length < 2)
        {
            return false;
        }

        for (var i = s.IndexOfAny(['(', '（'], 1); i >= 0 && count < TonelessInText; i = s.IndexOfAny(['(', '（'], i + 1))
        {
            if (CjkChars.IsIdeograph(s[i - 1]) && GlossEnd(s, i, toneless: true) is var end && end > i && end < s.Length && CjkChars.IsIdeograph(s[end]))
            {
                count++;
            }
        }

        return count >= TonelessInText;
    }

    // The index of the next gloss's opening bracket at or after from, or -1.
    private static int NextGloss(string s, int from, bool toneless)
    {
        for (var i = Math.Max(from, 1); i < s.Length; i++)
        {
            if (s[i] is '(' or '（' && CjkChars.IsIdeograph(s[i - 1]) && GlossEnd(s, i, toneless) > i)
            {
                return i;
            }
        }

        return -1;
    }

    // Where the gloss opening at s[at] ends (past its closing bracket), or at when it is none. A toneless syllable
    // counts where the text glosses so (<paramref name="toneless"/>), of pinyin's form and between two characters.
    private static int GlossEnd(string s, int at, bool toneless)
    {
        var marked = false;
        for (var i = at + 1; i < s.Length && i <= at + MaxSyllable + 1; i++)
        {
            var c = s[i];
            if (c is ')' or '）')
            {
                if (i == at + 1)
                {
                    return at;
                }

                return marked || (toneless && i > at + 2 && i + 1 < s.Length && CjkChars.IsIdeograph(s[i + 1]) && PinyinForm().IsMatch(s.AsSpan(at + 1, i - at - 1)))
                    ? i + 1 : at;
            }

            if (ToneMarked.Contains(c, StringComparison.Ordinal) || c == 'ü')
            {
                marked |= c != 'ü';
            }
            else if (c is < 'a' or > 'z')
            {
                return at;
            }
        }

        return at;
    }
}
