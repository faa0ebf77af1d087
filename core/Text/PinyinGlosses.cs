namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Drops the pinyin glosses that some converting mirrors put after characters of a page
/// (<c>政協(xié)商</c>, <c>區（qū）</c>): a bracketed syllable of at most six Latin letters, one of them
/// a vowel with a tone mark, right after a Chinese character. The syllable breaks every word it
/// sits in (<c>內(nèi)蒙古</c>), so it goes; the characters around it keep their own offsets.
/// </summary>
/// <remarks>
/// A syllable without a tone mark (<c>(de)</c>, <c>(a)</c>) is left alone: plain Latin letters in
/// brackets are more often a list label or an abbreviation than a gloss.
/// </remarks>
internal static class PinyinGlosses
{
    private const int MaxSyllable = 6;
    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    public static MappedText Apply(MappedText input)
    {
        var s = input.Text;
        var first = NextGloss(s, 0);
        if (first < 0)
        {
            return input;
        }

        var output = new MappedTextBuilder(input);
        var copiedTo = 0;
        for (var at = first; at >= 0; at = NextGloss(s, copiedTo))
        {
            output.Copy(copiedTo, at);
            copiedTo = GlossEnd(s, at);
        }

        output.Copy(copiedTo, s.Length);
        return output.Build();
    }

    /// <summary><paramref name="text"/> without its glosses (for comparing names and titles).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NextGloss(text, 0) < 0 ? text : Apply(MappedText.Identity(text)).Text;
    }

    // The index of the next gloss's opening bracket at or after from, or -1.
    private static int NextGloss(string s, int from)
    {
        for (var i = Math.Max(from, 1); i < s.Length; i++)
        {
            if (s[i] is '(' or '（' && CjkChars.IsIdeograph(s[i - 1]) && GlossEnd(s, i) > i)
            {
                return i;
            }
        }

        return -1;
    }

    // Where the gloss opening at s[at] ends (past its closing bracket), or at when it is none.
    private static int GlossEnd(string s, int at)
    {
        var marked = false;
        for (var i = at + 1; i < s.Length && i <= at + MaxSyllable + 1; i++)
        {
            var c = s[i];
            if (c is ')' or '）')
            {
                return marked && i > at + 1 ? i + 1 : at;
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
