namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Puts back three simplified characters that PDFs printed with the Noto CJK SC fonts name as
/// other ideographs: 户 comes out as 戶, 胶 as 㬵 and 彐 as 𫜹, because the font draws them with the
/// glyph of those code points (a local-form substitution) and the PDF's text map names the glyph
/// by them. Found by printing the 6,763 characters of GB 2312 with Chromium in Noto Sans CJK SC
/// and Noto Serif CJK SC and reading them back: every other character came back as itself or
/// as a radical that <see cref="Text.GlyphFolding"/> folds.
/// </summary>
/// <remarks>
/// 戶 is the traditional form of 户, right in a traditional Chinese document, so the characters
/// are put back only in a document that reads as simplified Chinese: at least
/// <see cref="MinimumEvidence"/> of the frequent simplified-only characters below and four times
/// as many of them as of their traditional counterparts.
/// </remarks>
internal static class SimplifiedGlyphs
{
    public const int MinimumEvidence = 20;

    private const string Simplified = "们这个会发经国对为说时进业实现动开关区务";
    private const string Traditional = "們這個會發經國對為說時進業實現動開關區務";

    private static readonly (string From, string To)[] Replacements = [("戶", "户"), ("㬵", "胶"), ("\U0002B739", "彐")];

    public static string Restore(string text)
    {
        if (!Replacements.Any(r => text.Contains(r.From, StringComparison.Ordinal)) || !ReadsAsSimplified(text))
        {
            return text;
        }

        foreach (var (from, to) in Replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static bool ReadsAsSimplified(string text)
    {
        int simplified = 0, traditional = 0;
        foreach (var c in text)
        {
            if (Simplified.Contains(c, StringComparison.Ordinal))
            {
                simplified++;
            }
            else if (Traditional.Contains(c, StringComparison.Ordinal))
            {
                traditional++;
            }
        }

        return simplified >= MinimumEvidence && simplified >= 4 * traditional;
    }
}
