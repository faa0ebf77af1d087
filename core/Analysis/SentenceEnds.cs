using ICU4N;
using ICU4N.Globalization;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Where Unicode's sentence-break rules (UAX #29, which ICU's sentence iterator follows) may put
/// a break: only after a paragraph separator (Sep, CR, LF) or after a full stop or other sentence
/// terminator (ATerm, STerm). A text in which no such character comes before a closing run of
/// terminators and closing marks (Close) is one sentence, whatever the rest of the rules say.
/// </summary>
internal static class SentenceEnds
{
    private const byte Other = 0;
    private const byte Close = 1;
    private const byte Terminator = 2;
    private const byte GiveUp = 3; // a separator, or a surrogate (supplementary characters have classes of their own)

    private static readonly byte[] Kinds = BuildKinds();

    /// <summary>True when <paramref name="text"/> can hold no sentence break before its end.</summary>
    public static bool OnlyAtEnd(ReadOnlySpan<char> text)
    {
        var kinds = Kinds;
        var i = 0;
        while (i < text.Length && kinds[text[i]] < Terminator)
        {
            i++;
        }

        if (i < text.Length && kinds[text[i]] == GiveUp)
        {
            return false;
        }

        // From the first terminator on, only terminators and closing marks, up to the end.
        for (i++; i < text.Length; i++)
        {
            if (kinds[text[i]] is not (Close or Terminator))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            kinds[c] = char.IsSurrogate((char)c)
                ? GiveUp
                : UChar.GetIntPropertyValue(c, UProperty.Sentence_Break) switch
                {
                    SentenceBreak.ATerm or SentenceBreak.STerm => Terminator,
                    SentenceBreak.Close => Close,
                    SentenceBreak.Sep or SentenceBreak.Cr or SentenceBreak.Lf => GiveUp,
                    _ => Other,
                };
        }

        return kinds;
    }
}
