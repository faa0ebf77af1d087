using System.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>Which characters belong to Chinese, Japanese and Korean writing.</summary>
internal static class CjkText
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
}
