using System.Text;

namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>
/// Test oracle for the offset map: a normalized span and the original span it maps to must say
/// the same thing once whitespace is dropped, full-width forms are folded and PDF doubling is
/// undone on both.
/// </summary>
internal static class SourceSpans
{
    public static string Canonical(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            folded.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\uFF61' => '。',
                '\uFF64' => '、',
                _ => c,
            });
        }

        return CollapseDoubledIdeographs(HalveRepeatedWords(folded.ToString()));
    }

    /// <summary>True when <paramref name="offset"/> does not cut an ASCII word (the doubling repair works on whole words).</summary>
    public static bool IsWordBoundary(string text, int offset) =>
        offset == 0 || offset == text.Length || !(char.IsAsciiLetterOrDigit(text[offset - 1]) && char.IsAsciiLetterOrDigit(text[offset]));

    private static string HalveRepeatedWords(string s)
    {
        var result = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiLetterOrDigit(s[i]))
            {
                result.Append(s[i++]);
                continue;
            }

            var end = i;
            while (end < s.Length && char.IsAsciiLetterOrDigit(s[end]))
            {
                end++;
            }

            var length = end - i;
            var half = length / 2;
            var repeated = length >= 4 && length % 2 == 0 && string.CompareOrdinal(s, i, s, i + half, half) == 0;
            result.Append(s, i, repeated ? half : length);
            i = end;
        }

        return result.ToString();
    }

    private static string CollapseDoubledIdeographs(string s)
    {
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            result.Append(s[i]);
            if (i + 1 < s.Length && s[i + 1] == s[i] && s[i] is >= '\u4E00' and <= '\u9FFF')
            {
                i++;
            }
        }

        return result.ToString();
    }
}
