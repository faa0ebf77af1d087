using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Line pass: trims every line, drops leading and trailing blank lines, collapses runs of blank
/// lines to one, and joins lines that a layout broke in the middle of a sentence.
/// </summary>
/// <remarks>
/// <para>The seeds show two layouts. In a hard-wrapped document (000) nearly every line is cut at
/// a fixed width whatever its content, and a page break may leave a blank line inside a sentence.
/// In a paragraph-per-line document (001–004) each line is a paragraph or a title and only a page
/// break cuts a paragraph, again leaving one blank line (<c>采取多种形式组\n\n织委员学习</c>).</para>
/// <para>A document counts as hard-wrapped when at least a quarter of its lines stop mid-sentence
/// and run straight into the next line. Its wrap width is the median width of those lines. Lines of
/// fewer than three characters (a vertical caption, 往 / 期 / 推 / 荐) and credit or source fields
/// (记者:某某, 来源:某某日报) are not counted: they say nothing of a layout's width.</para>
/// <para>A line is joined to the next non-blank line when all of these hold: it does not end a
/// sentence (<see cref="CjkChars.EndsComplete"/>); at most
/// <see cref="TextNormalizerOptions.MaxBlankLinesInsideParagraph"/> blank lines lie between; it is
/// wide enough to have been wrapped (<see cref="TextNormalizerOptions.WrappedLineShare"/> of the
/// wrap width, or <see cref="TextNormalizerOptions.LongLineWidth"/> in a paragraph-per-line
/// document); the next line is not a marked heading (<see cref="HeadingMarkers"/>); neither line is a
/// credit or source field; the line is neither the heading of a list of links (精彩推荐, 相关新闻) nor one of the lines
/// listed under it; the next line does not open a story with its dateline (本报讯, 某某网讯 （记者…）); neither is an item of a dashed or bulleted list (- …, • …), unless the document is hard-wrapped and only the
/// line is; and the line is not a heading itself. The one exception: in a hard-wrapped document a marked heading that
/// stops mid-sentence takes the next line when that line finishes it
/// (<c>（一）全面推进政协党的建设，党对政协</c> + <c>工作的领导实现新加强。</c>). Markdown headings and
/// <c>——</c> subtitles are never joined.</para>
/// <para>Joined Chinese lines meet directly; a space is put back only between two Latin words.</para>
/// </remarks>
internal static partial class HardWrapJoiner
{
    private const int WidthHistogramSize = 512;

    public static MappedText Apply(MappedText input, TextNormalizerOptions options)
    {
        var s = input.Text;
        var lines = SplitLines(s);
        var threshold = JoinThreshold(s, lines, options, out var hardWrapped);
        var output = new MappedTextBuilder(input);

        var current = NextNonBlank(lines, 0);
        var inLinkList = false;
        while (current < lines.Count)
        {
            var line = lines[current];
            output.Copy(line.Start, line.End);
            var next = NextNonBlank(lines, current + 1);
            if (next == lines.Count)
            {
                break;
            }

            var following = lines[next];
            var blankLines = next - current - 1;
            // 精彩推荐, 相关新闻: the headlines listed under such a heading, up to a blank line, are a line each.
            // A line with a clause mark is prose again (an explainer under 延伸阅读, the story after a sidebar).
            inLinkList = Documents.Html.PageFurniture.IsFurnitureHeading(s[line.Start..line.End])
                || (inLinkList && blankLines == 0 && s.AsSpan(line.Start, line.End - line.Start).IndexOfAny(ClauseMarks) < 0);
            if (options.JoinWrappedLines && !inLinkList && ShouldJoin(s, line, following, blankLines, threshold, hardWrapped, options))
            {
                if (NeedsSpace(s[line.End - 1], s[following.Start]))
                {
                    output.Append(' ', line.BreakAt, line.BreakAt + 1);
                }
            }
            else
            {
                output.Append('\n', line.BreakAt, line.BreakAt + 1);
                if (blankLines > 0)
                {
                    output.Append('\n', following.RawStart - 1, following.RawStart);
                }
            }

            current = next;
        }

        return output.Build();
    }

    private static bool ShouldJoin(string s, Line line, Line next, int blankLines, int threshold, bool hardWrapped, TextNormalizerOptions options)
    {
        if (blankLines > options.MaxBlankLinesInsideParagraph
            || line.Width < threshold
            || CjkChars.EndsComplete(s, line.Start, line.End)
            || IsBreadcrumb(s, line)
            || IsField(s, line) || IsField(s, next) || OpensStory(s, next))
        {
            return false;
        }

        if (HeadingMarkers.Match(s, next.Start, next.End) != HeadingMarker.None || IsListItem(s, next) || (IsListItem(s, line) && !hardWrapped))
        {
            return false;
        }

        return HeadingMarkers.Match(s, line.Start, line.End) switch
        {
            HeadingMarker.None => true,
            HeadingMarker.Markdown or HeadingMarker.Subtitle => false,
            _ => hardWrapped && CjkChars.EndsComplete(s, next.Start, next.End),
        };
    }

    // 本报讯, 本网讯, 某某日报讯 (记者…), 某某讯 （通讯员…）: the dateline a story's first paragraph opens with, after the
    // headline lines of an e-paper page, which the headline's last line never runs into (经审查立案260件 + 本报讯…).
    [GeneratedRegex(@"^(?:本报|本网|本台)讯|^[\u4e00-\u9fff]{2,8}(?:日报|晚报|报|网|台|融媒体中心|新闻)讯|^[\u4e00-\u9fff]{2,8}讯\s*[（(]\s*(?:记者|通讯员)")]
    private static partial Regex StoryDateline();

    private static readonly char[] ClauseMarks = ['，', '。', ',', '；', '！', '？'];

    private static bool OpensStory(string s, Line line) => StoryDateline().IsMatch(s.AsSpan(line.Start, line.End - line.Start));

    private static readonly char[] PathSteps = ['>', '＞', '»', '›'];

    // An item of a dashed or bulleted list, however long, is a line of its own; in a hard-wrapped document an item may itself wrap,
    // and its next line (no dash) still finishes it.
    private static bool IsListItem(string s, Line line) => HeadingMarkers.IsListItem(s, line.Start, line.End);

    // The labels of a page's credit and source fields (记者:某某, 来源:某某日报, 责任编辑：某某).
    private static readonly string[] FieldLabels =
        ["来源", "记者", "通讯员", "作者", "编辑", "责任编辑", "责编", "审核", "校对", "初审", "复审", "终审", "摄影", "供稿", "撰稿", "发布时间", "发布日期"];

    /// <summary>
    /// A credit or source field on a line of its own (记者:某某, 来源:某某日报): page chrome, never the half of a sentence a
    /// layout cut. It is not joined to the lines around it (记者:刘某某 + 市政协全媒体工作室出品 would read 某某市政协).
    /// An interview's question (记者：请您谈谈今年…有哪些新的做 + 法？) is the reporter speaking, no credit: its words ask
    /// (<see cref="AskingWords"/>), which no name or source does.
    /// </summary>
    private static bool IsField(string s, Line line)
    {
        var text = s.AsSpan(line.Start, line.End - line.Start);
        foreach (var label in FieldLabels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal) && text.Length > label.Length && text[label.Length] is ':' or '：')
            {
                return !Asks(text[(label.Length + 1)..]);
            }
        }

        return false;
    }

    // Words of a question put to someone (记者：请您谈谈…, 记者：您如何看待…, 记者：…有哪些新变化).
    private static readonly string[] AskingWords = ["您", "你", "请", "如何", "怎样", "怎么", "什么", "哪些", "为何", "吗"];

    private static bool Asks(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny('？', '?') >= 0)
        {
            return true;
        }

        foreach (var word in AskingWords)
        {
            if (value.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line too short to be a layout's wrap (往 / 期 / 推 / 荐, a vertical caption set one character a line), a
    /// credit field or a list item behind a dash or bullet: none tells whether the document's lines are cut at a fixed width.
    /// </summary>
    private static bool IsWrapEvidence(string s, Line line) => line.Width >= MinimumWrapWidth && !IsField(s, line) && !IsListItem(s, line);

    // Three characters, in half-width units: a layout that cuts lines cuts them wider.
    private const int MinimumWrapWidth = 6;

    /// <summary>
    /// A site's path (首页>专题>…>北京市): two steps or more and no clause mark. It is page chrome, never
    /// a sentence a layout cut, so the headline under it stays its own line.
    /// </summary>
    private static bool IsBreadcrumb(string s, Line line)
    {
        var text = s.AsSpan(line.Start, line.End - line.Start);
        var steps = 0;
        foreach (var c in text)
        {
            if (Array.IndexOf(PathSteps, c) >= 0)
            {
                steps++;
            }
            else if (c is '，' or '。' or ',' or '；' or '！' or '？')
            {
                return false;
            }
        }

        return steps >= 2;
    }

    /// <summary>Between two Latin words (not two halves of a number) a line break was a space.</summary>
    private static bool NeedsSpace(char before, char after) =>
        !CjkChars.IsCjkContext(before) && !CjkChars.IsCjkContext(after)
        && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after));

    /// <summary>The width a line needs to be joined to the next; decides whether the document is hard-wrapped.</summary>
    private static int JoinThreshold(string s, List<Line> lines, TextNormalizerOptions options, out bool hardWrapped)
    {
        var histogram = new int[WidthHistogramSize];
        var wrapped = 0;
        var nonBlank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || !IsWrapEvidence(s, line))
            {
                continue;
            }

            nonBlank++;
            var runsOn = i + 1 < lines.Count && !lines[i + 1].IsBlank && !CjkChars.EndsComplete(s, line.Start, line.End);
            if (runsOn)
            {
                wrapped++;
                histogram[Math.Min(line.Width, WidthHistogramSize - 1)]++;
            }
        }

        hardWrapped = wrapped >= 3 && wrapped * 4 >= nonBlank;
        if (!hardWrapped)
        {
            return options.LongLineWidth;
        }

        var median = Median(histogram, wrapped);
        return Math.Min(options.LongLineWidth, (int)Math.Ceiling(median * options.WrappedLineShare));
    }

    private static int Median(int[] histogram, int count)
    {
        var seen = 0;
        for (var width = 0; width < histogram.Length; width++)
        {
            seen += histogram[width];
            if (seen * 2 >= count)
            {
                return width;
            }
        }

        return histogram.Length - 1;
    }

    private static int NextNonBlank(List<Line> lines, int from)
    {
        while (from < lines.Count && lines[from].IsBlank)
        {
            from++;
        }

        return from;
    }

    private static List<Line> SplitLines(string s)
    {
        var lines = new List<Line>();
        var rawStart = 0;
        while (rawStart <= s.Length)
        {
            var breakAt = s.IndexOf('\n', rawStart);
            if (breakAt < 0)
            {
                breakAt = s.Length;
            }

            var start = rawStart;
            var end = breakAt;
            while (start < end && s[start] == ' ')
            {
                start++;
            }

            while (end > start && s[end - 1] == ' ')
            {
                end--;
            }

            var width = 0;
            for (var i = start; i < end; i++)
            {
                width += CjkChars.Width(s[i]);
            }

            lines.Add(new Line(rawStart, start, end, breakAt, width));
            rawStart = breakAt + 1;
        }

        return lines;
    }

    /// <param name="RawStart">Where the line begins, before trimming.</param>
    /// <param name="Start">First character after trimming.</param>
    /// <param name="End">End after trimming.</param>
    /// <param name="BreakAt">The <c>\n</c> that ends the line, or the text length for the last line.</param>
    /// <param name="Width">Display width of the trimmed line in half-width units.</param>
    private readonly record struct Line(int RawStart, int Start, int End, int BreakAt, int Width)
    {
        public bool IsBlank => Start == End;
    }
}
