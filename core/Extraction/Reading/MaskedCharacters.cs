namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// Reads a page whose site filtered a word's character out (a forum archive printing 区*协 for 区政协 and
/// *协某市某区第十届委员会 for 政协…): the mask before 协 is 政 again, one character for one, so that the
/// committees are read by the same rules (offsets stay).
/// </summary>
/// <remarks>
/// A text is restored only when it reads as masked: <see cref="MinimumEvidence"/> or more masks before 协
/// (* or ＊) and more of them than 政协 written out. Other masked characters (a filtered 党, a figure, a
/// name's last character: 李某*) are left, since nothing says which character they stood for.
/// </remarks>
internal static class MaskedCharacters
{
    /// <summary>Masks before 协 a text needs before it is restored.</summary>
    public const int MinimumEvidence = 3;

    public static string Restore(string text)
    {
        var masked = 0;
        for (var at = text.Length < 2 ? -1 : text.IndexOf('协', 1); at >= 0 && at + 1 <= text.Length; at = at + 1 < text.Length ? text.IndexOf('协', at + 1) : -1)
        {
            masked += IsMask(text[at - 1]) ? 1 : 0;
        }

        if (masked < MinimumEvidence || masked <= Count(text, "政协"))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var at = 1; at < chars.Length; at++)
        {
            if (chars[at] == '协' && IsMask(chars[at - 1]))
            {
                chars[at - 1] = '政';
            }
        }

        return new string(chars);
    }

    private static bool IsMask(char c) => c is '*' or '＊';

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
