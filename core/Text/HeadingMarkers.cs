namespace KnowledgeGraph.Core.Text;

/// <summary>How a line announces itself as a heading, without looking at its neighbours.</summary>
internal enum HeadingMarker
{
    None,

    /// <summary><c>#</c>, <c>##</c>, <c>###</c> … followed by a space.</summary>
    Markdown,

    /// <summary><c>一、</c></summary>
    ChineseOrdinal,

    /// <summary><c>（一）</c> or <c>(一)</c></summary>
    ParenthesizedChineseOrdinal,

    /// <summary><c>1 深入学习…</c>, <c>1.</c>, <c>1、</c></summary>
    ArabicOrdinal,

    /// <summary><c>2024年工作回顾</c>, <c>二〇二四年工作安排</c></summary>
    YearPart,

    /// <summary><c>——图解…</c></summary>
    Subtitle,
}

/// <summary>Recognises the heading markers that the seed documents use, on a trimmed line.</summary>
internal static class HeadingMarkers
{
    /// <summary>Marked lines longer than this are paragraphs that happen to start with an ordinal.</summary>
    public const int MaxMarkedHeadingLength = 60;

    private static readonly string[] YearPartEndings = ["回顾", "安排", "展望", "总结", "要点", "思路", "工作"];

    /// <summary>Classifies the trimmed line text[start..end). <paramref name="markdownDepth"/> is the number of <c>#</c>, or 0.</summary>
    public static HeadingMarker Match(string text, int start, int end, out int markdownDepth)
    {
        markdownDepth = MarkdownDepth(text, start, end);
        if (markdownDepth > 0)
        {
            return HeadingMarker.Markdown;
        }

        if (end - start > MaxMarkedHeadingLength || end - start < 2)
        {
            return HeadingMarker.None;
        }

        if (text[start] == '—' && text[start + 1] == '—')
        {
            return HeadingMarker.Subtitle;
        }

        if (IsChineseOrdinal(text, start, end))
        {
            return HeadingMarker.ChineseOrdinal;
        }

        if (IsParenthesizedChineseOrdinal(text, start, end))
        {
            return HeadingMarker.ParenthesizedChineseOrdinal;
        }

        if (IsArabicOrdinal(text, start, end))
        {
            return HeadingMarker.ArabicOrdinal;
        }

        return IsYearPart(text, start, end) ? HeadingMarker.YearPart : HeadingMarker.None;
    }

    public static HeadingMarker Match(string text, int start, int end) => Match(text, start, end, out _);

    /// <summary>
    /// True when the line is an item of a list set behind a dash or bullet (- 某某深入某地调研, • 相关新闻): an item of a
    /// page's list of other stories or of a document's bullets, never a heading of its own nor a sentence a layout cut.
    /// </summary>
    public static bool IsListItem(string text, int start, int end) =>
        end - start >= 2 && (text[start] == '•' || (text[start] is '-' or '·' && text[start + 1] is ' ' or '\u3000'));


    private static int MarkdownDepth(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == '#' && i - start < 6)
        {
            i++;
        }

        var depth = i - start;
        var hasContent = i + 1 < end && text[i] == ' ' && !char.IsWhiteSpace(text[i + 1]);
        return depth > 0 && hasContent ? depth : 0;
    }

    /// <summary>一、 … 十二、 …</summary>
    private static bool IsChineseOrdinal(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 4 && CjkChars.IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i > start && i + 1 < end && text[i] == '、';
    }

    /// <summary>（一）… or (一)…, in any mix of full- and half-width brackets.</summary>
    private static bool IsParenthesizedChineseOrdinal(string text, int start, int end)
    {
        if (text[start] is not ('（' or '('))
        {
            return false;
        }

        var i = start + 1;
        while (i < end && i - start <= 3 && CjkChars.IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i > start + 1 && i + 1 < end && text[i] is '）' or ')';
    }

    /// <summary>
    /// One or two digits, then a space, <c>.</c>, <c>．</c> or <c>、</c>, then a non-digit:
    /// <c>1 深入学习</c>, <c>2.加强</c>, but not <c>1.9万余人</c>, <c>25次</c> or <c>2023年</c>.
    /// </summary>
    private static bool IsArabicOrdinal(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 2 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == start || i + 1 >= end || text[i] is not (' ' or '.' or '．' or '、'))
        {
            return false;
        }

        var next = text[i + 1];
        return !char.IsAsciiDigit(next) && !char.IsWhiteSpace(next);
    }

    /// <summary>A year (four digits or four Chinese numerals), 年, and a short part name ending in 回顾, 安排, 工作 ….</summary>
    private static bool IsYearPart(string text, int start, int end)
    {
        if (end - start < 7 || end - start > 16 || text[start + 4] != '年')
        {
            return false;
        }

        for (var i = start; i < start + 4; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && !CjkChars.IsChineseNumeral(text[i]))
            {
                return false;
            }
        }

        for (var i = start + 5; i < end; i++)
        {
            if (!CjkChars.IsIdeograph(text[i]))
            {
                return false;
            }
        }

        foreach (var ending in YearPartEndings)
        {
            if (text.AsSpan(start, end - start).EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
