namespace KnowledgeGraph.Core.Text;

/// <summary>
/// First pass, one character at a time: line breaks become <c>\n</c>, every kind of space
/// becomes <c>' '</c>, invisible characters go, full-width letters, digits and ASCII symbols
/// become ASCII, half-width ｡｢｣､ become 。「」、, and radicals, compatibility ideographs and
/// ligatures become the characters they stand for (<see cref="GlyphFolding"/>: ⼈⺠ → 人民,
/// ﬁ → fi). The full-width punctuation that is the normal form in Chinese text (，：；？！（）)
/// stays as it is.
/// </summary>
/// <remarks>
/// A ligature's letters all map to the ligature, and an ideograph written as a surrogate pair
/// that folds to one code unit maps to both halves, so the map back to the original stays exact.
/// </remarks>
internal static class CharacterFolding
{
    public static MappedText Apply(MappedText input)
    {
        var s = input.Text;
        var first = NextChange(s, 0);
        if (first == s.Length)
        {
            return input;
        }

        var output = new MappedTextBuilder(input);
        output.Copy(0, first);
        var i = first;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\r')
            {
                var to = i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
                output.Append('\n', i, to);
                i = to;
            }
            else if (GlyphFolding.MayFold(c) && FoldGlyph(s, i, output) is var consumed and > 0)
            {
                i += consumed;
            }
            else
            {
                if (IsLineBreak(c))
                {
                    output.Append('\n', i, i + 1);
                }
                else if (IsSpace(c))
                {
                    output.Append(' ', i, i + 1);
                }
                else if (!IsInvisible(c))
                {
                    output.Append(Fold(c), i, i + 1);
                }

                i++;
            }

            var next = NextChange(s, i);
            output.Copy(i, next);
            i = next;
        }

        return output.Build();
    }

    /// <summary>The first index at or after <paramref name="from"/> whose character this pass changes or drops.</summary>
    private static int NextChange(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '\u3400' and < '\uF900' and not '\uD87E')
            {
                continue;
            }

            if (GlyphFolding.MayFold(c) && GlyphFolding.IsFolded(CodePointAt(s, i)))
            {
                return i;
            }

            if (c is not ('\n' or ' ') && (c == '\r' || IsLineBreak(c) || IsSpace(c) || IsInvisible(c) || Fold(c) != c))
            {
                return i;
            }
        }

        return s.Length;
    }

    /// <summary>Appends the folded form of the glyph at <paramref name="i"/>; returns the code units it took, or 0 if it stands for itself.</summary>
    private static int FoldGlyph(string s, int i, MappedTextBuilder output)
    {
        var codePoint = CodePointAt(s, i);
        if (GlyphFolding.Replacement(codePoint) is not { } replacement)
        {
            return 0;
        }

        var length = codePoint > 0xFFFF ? 2 : 1;
        foreach (var c in replacement)
        {
            output.Append(Fold(c), i, i + length);
        }

        return length;
    }

    private static int CodePointAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];

    private static bool IsLineBreak(char c) => c is '\n' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000'
          or >= '\u2000' and <= '\u200A';

    /// <summary>Control characters and zero-width marks that PDF and HTML extraction leave behind.</summary>
    private static bool IsInvisible(char c) =>
        c is < ' ' or '\u007F' or '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E' && !IsChinesePunctuation(c))
        {
            return (char)(c - 0xFEE0);
        }

        return c switch
        {
            '\uFF61' => '。',
            '\uFF62' => '「',
            '\uFF63' => '」',
            '\uFF64' => '、',
            _ => c,
        };
    }

    /// <summary>Full-width forms that are the correct punctuation in Chinese text.</summary>
    private static bool IsChinesePunctuation(char c) => c is '！' or '（' or '）' or '，' or '：' or '；' or '？';
}
