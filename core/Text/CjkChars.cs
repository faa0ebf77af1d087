using System.Text;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Character classes the loaders, the normalizer and the structure parser agree on. The
/// <see cref="char"/> methods classify the BMP only: a surrogate (an ideograph from Extension B
/// or an emoji) counts as "other"; <see cref="IsCjk(Rune)"/> sees whole code points.
/// </summary>
internal static class CjkChars
{
    /// <summary>
    /// Ideographs (with the extensions beyond the BMP), radicals, CJK punctuation, kana,
    /// bopomofo, Hangul, and full-width forms such as ，（）：.
    /// </summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true,
        >= 0x2E80 and <= 0x9FFF => true,
        >= 0xA960 and <= 0xA97F => true,
        >= 0xAC00 and <= 0xD7FF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => false,
    };

    /// <summary>A Han ideograph, or 〇 (used as a digit in dates such as 二〇二四年).</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
          or >= '\u3400' and <= '\u4DBF'
          or >= '\uF900' and <= '\uFAFF'
          or '〇';

    /// <summary>Full-width punctuation: the CJK symbols block (、。《》「」…) and the full-width forms (，：；？！（）).</summary>
    public static bool IsFullWidthPunctuation(char c) =>
        (c is >= '\u3001' and <= '\u303F' && c != '〇')
        || c is >= '\uFE30' and <= '\uFE4F'
        || c is >= '\uFF01' and <= '\uFFEF';

    /// <summary>Punctuation that Chinese text shares with Western typography: curly quotes, ellipsis, em dash, middle dot.</summary>
    public static bool IsSharedPunctuation(char c) => c is '“' or '”' or '‘' or '’' or '…' or '—' or '·';

    /// <summary>A character that makes its neighbourhood Chinese: an ideograph or any punctuation used in Chinese text.</summary>
    public static bool IsCjkContext(char c) => IsIdeograph(c) || IsFullWidthPunctuation(c) || IsSharedPunctuation(c);

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Display width in half-width units: Chinese characters and punctuation take two.</summary>
    public static int Width(char c) => IsCjkContext(c) ? 2 : 1;

    /// <summary>Ends a sentence: 。！？ and their ASCII forms.</summary>
    public static bool IsSentenceTerminator(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>Ends a line that is complete on its own: sentence terminators, ；：…, and the ASCII ; : . forms.</summary>
    public static bool IsLineTerminator(char c) =>
        IsSentenceTerminator(c) || c is '；' or '：' or '…' or ';' or ':' or '.';

    /// <summary>Closing quotes and brackets that belong to the sentence they follow.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '》' or '）' or ')' or '】' or '〕' or ']' or '〉';

    /// <summary>Opening quotes and book-title marks that hold a span a sentence is not split inside.</summary>
    public static bool IsQuoteOpener(char c) => c is '“' or '‘' or '「' or '『' or '《';

    /// <summary>Closing counterparts of <see cref="IsQuoteOpener"/>.</summary>
    public static bool IsQuoteCloser(char c) => c is '”' or '’' or '」' or '』' or '》';

    /// <summary>
    /// True when text[start..end) reads as a finished line: it ends with a terminator, possibly
    /// followed by closing quotes or brackets (<c>……。”</c>). A closer after an ordinary character
    /// (<c>获评“创新案例”</c>) does not finish the line.
    /// </summary>
    public static bool EndsComplete(string text, int start, int end)
    {
        var i = end - 1;
        while (i >= start && IsCloser(text[i]))
        {
            i--;
        }

        return i >= start && IsLineTerminator(text[i]);
    }

    /// <summary>Chinese numerals as used in heading ordinals (一、 （二） 二〇二四年).</summary>
    public static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '零' or '〇';
}
