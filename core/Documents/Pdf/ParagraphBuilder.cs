using System.Text;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Turns the lines of the columns, in reading order, into paragraphs: one line of text each,
/// headings marked as Markdown, a blank line where the page leaves space between paragraphs.
/// </summary>
/// <remarks>
/// <para>A line runs on into the next one, in its column or across a column or page break, when
/// both are set alike (size within half a point, both bold or neither, neither a row of table
/// cells), the next one is not indented (<see cref="IndentEms"/>), neither is centred (but the
/// lines of a large centred title run on), within a column the next one follows at the usual
/// line pitch (at most <see cref="GapEms"/> em more), and the line left less room at the
/// column's right edge than what opens the next line needs (<see cref="PdfSegment.LeadWidth"/>,
/// less a twentieth of an em for measuring): a layout engine breaks early only when the next
/// word does not fit, so room for it means the paragraph ended there. The column's right edge is where its longest lines end. In a document that indents
/// its paragraphs (<see cref="IndentedShare"/> of the lines after a short one are indented), the
/// indent alone tells: an unindented line runs on, however much room the line above left.</para>
/// <para>A paragraph set at least <see cref="HeadingScale"/> times the body size and at most
/// <see cref="MaxHeadingLength"/> characters long is a heading: <c>#</c> for the largest such size
/// in the document, <c>##</c> for the next, and so on. A short bold or centred paragraph at body
/// size gets blank lines around it, so that the structure parser can read it as a title when it
/// looks like one.</para>
/// <para>Between paragraphs of one column, a blank line stands where the page leaves more than
/// <see cref="GapEms"/> em beyond the line pitch; across column and page breaks, whatever the
/// document mostly does. In a document whose paragraphs are spaced rather than indented, a full
/// line that ends a sentence at a column or page break ends its paragraph (nothing else tells).</para>
/// </remarks>
internal static class ParagraphBuilder
{
    public const double IndentEms = 0.8;

    public const double GapEms = 0.5;

    /// <summary>A line ending this many ems or more short of its column's right edge has surely ended its paragraph.</summary>
    public const double ShortLineEms = 4;

    /// <summary>The share of lines after a short line that must be indented for the document to count as indenting its paragraphs.</summary>
    public const double IndentedShare = 0.6;

    public const double HeadingScale = 1.15;

    public const int MaxHeadingLength = 80;

    private const int MaxTitleLength = 40;

    private enum Break
    {
        None,
        Line,
        Blank,
        Unknown,
    }

    public static string Build(IReadOnlyList<PdfColumn> columns, double bodySize)
    {
        var lines = Lines(columns);
        if (lines.Count == 0)
        {
            return "";
        }

        var pitches = Pitches(lines);
        var indents = IndentsParagraphs(lines);
        var decisions = new Break[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            decisions[i] = BreakBetween(lines[i - 1], lines[i], pitches, bodySize, indents);
        }

        var usual = decisions.Count(b => b == Break.Blank) >= decisions.Count(b => b == Break.Line) ? Break.Blank : Break.Line;
        if (usual == Break.Blank)
        {
            // Where paragraphs are spaced, not indented, a column or page break after a full line
            // gives no sign: a line that ends a sentence there ends its paragraph. Either way the
            // sentences stay whole; only which paragraph they belong to is a guess.
            for (var i = 1; i < lines.Count; i++)
            {
                var above = lines[i - 1].Text;
                if (decisions[i] == Break.None && !ReferenceEquals(lines[i - 1].Column, lines[i].Column)
                    && CjkChars.EndsComplete(above, 0, above.Length))
                {
                    decisions[i] = Break.Unknown;
                }
            }
        }

        var paragraphs = new List<Paragraph> { new([lines[0]]) };
        var breaks = new List<Break>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (decisions[i] == Break.None)
            {
                paragraphs[^1].Lines.Add(lines[i]);
            }
            else
            {
                breaks.Add(decisions[i]);
                paragraphs.Add(new Paragraph([lines[i]]));
            }
        }

        var headingLevels = HeadingLevels(paragraphs, bodySize);
        var text = new StringBuilder();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var level = headingLevels.GetValueOrDefault(Math.Round(paragraph.Size * 2) / 2);
            var standsApart = level > 0 || IsTitleLike(paragraph, bodySize);
            if (p > 0)
            {
                var kind = breaks[p - 1] == Break.Unknown ? usual : breaks[p - 1];
                var previousApart = IsApart(paragraphs[p - 1], headingLevels, bodySize);
                text.Append(kind == Break.Blank || standsApart || previousApart ? "\n\n" : "\n");
            }

            if (level > 0)
            {
                text.Append('#', level).Append(' ');
            }

            text.Append(paragraph.Text());
        }

        return text.ToString();
    }

    private static bool IsApart(Paragraph paragraph, Dictionary<double, int> headingLevels, double bodySize) =>
        headingLevels.ContainsKey(Math.Round(paragraph.Size * 2) / 2) || IsTitleLike(paragraph, bodySize);

    private static bool IsTitleLike(Paragraph paragraph, double bodySize) =>
        paragraph.Lines.Count == 1
        && paragraph.Lines[0].Text.Length <= MaxTitleLength
        && Math.Abs(paragraph.Size - bodySize) <= 0.5
        && (paragraph.Lines[0].Bold || paragraph.Lines[0].IsCentred);

    /// <summary>Sizes of heading paragraphs, largest first, to their Markdown depth.</summary>
    private static Dictionary<double, int> HeadingLevels(List<Paragraph> paragraphs, double bodySize)
    {
        var sizes = paragraphs
            .Where(p => p.Size >= bodySize * HeadingScale && p.Text().Length <= MaxHeadingLength)
            .Select(p => Math.Round(p.Size * 2) / 2)
            .Distinct()
            .OrderDescending()
            .ToList();
        var levels = new Dictionary<double, int>();
        for (var i = 0; i < sizes.Count; i++)
        {
            levels[sizes[i]] = Math.Min(i + 1, 6);
        }

        // A large size that also sets long paragraphs is a body size of its own, not a heading's.
        foreach (var paragraph in paragraphs.Where(p => p.Text().Length > MaxHeadingLength))
        {
            levels.Remove(Math.Round(paragraph.Size * 2) / 2);
        }

        return levels;
    }

    /// <summary>
    /// Whether the document starts its paragraphs with an indent: most lines that follow a line
    /// ending well short of its column (<see cref="ShortLineEms"/>) are indented, over at least
    /// three such lines.
    /// </summary>
    private static bool IndentsParagraphs(List<PdfLine> lines)
    {
        int afterShort = 0, indented = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            if (ReferenceEquals(above.Column, below.Column) && above.Cells == 1 && below.Cells == 1
                && above.Column.Right - above.Right > ShortLineEms * above.Size && !above.IsCentred && !below.IsCentred)
            {
                afterShort++;
                indented += IsIndented(below) ? 1 : 0;
            }
        }

        return afterShort >= 3 && indented >= IndentedShare * afterShort;
    }

    private static Break BreakBetween(PdfLine above, PdfLine below, Dictionary<double, double> pitches, double bodySize, bool indents)
    {
        var sameColumn = ReferenceEquals(above.Column, below.Column);
        var kind = Break.Unknown;
        if (sameColumn)
        {
            var gap = above.Baseline - below.Baseline;
            var pitch = pitches.GetValueOrDefault(Math.Round(above.Size * 2) / 2, above.Size * 1.5);
            kind = gap > pitch + (GapEms * above.Size) || gap <= 0 ? Break.Blank : Break.Line;
        }

        if (kind == Break.Blank
            || Math.Abs(above.Size - below.Size) > 0.5
            || above.Bold != below.Bold
            || above.Cells > 1 || below.Cells > 1)
        {
            return kind;
        }

        if (above.IsCentred || below.IsCentred)
        {
            // Only a title set large runs on centred, over two or three lines (its first line
            // may fill the measure, as a cover's long title does).
            var runsOn = (above.IsCentred || Fills(above, below)) && below.IsCentred && sameColumn && above.Size >= bodySize * HeadingScale;
            return runsOn ? Break.None : kind;
        }

        // Where paragraphs are indented, the indent alone tells a new one: producers that break
        // Chinese between words, or before numbers, leave room at the end of lines that run on.
        if (indents)
        {
            return IsIndented(below) ? kind : Break.None;
        }

        return IsIndented(below) || !Fills(above, below) ? kind : Break.None;
    }

    /// <summary>
    /// The line pitch of each size: the median baseline distance from a line that fills its
    /// column to the unindented line under it (the same paragraph, whatever the spacing between
    /// paragraphs), or the lower quartile of all distances between lines of that size when that
    /// is less (in hard-wrapped text whose lines all end short, "filling" says little); when no
    /// line fills its column, the smallest distance.
    /// </summary>
    private static Dictionary<double, double> Pitches(List<PdfLine> lines)
    {
        var inParagraph = new Dictionary<double, List<double>>();
        var any = new Dictionary<double, List<double>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            if (!ReferenceEquals(above.Column, below.Column) || Math.Abs(above.Size - below.Size) > 0.5 || above.Baseline <= below.Baseline)
            {
                continue;
            }

            var key = SizeKey(above.Size);
            var distance = above.Baseline - below.Baseline;
            Add(any, key, distance);
            if (Fills(above, below) && !IsIndented(below))
            {
                Add(inParagraph, key, distance);
            }
        }

        return any.ToDictionary(
            d => d.Key,
            d =>
            {
                var lowerQuartile = d.Value.Order().ElementAt(d.Value.Count / 4);
                return inParagraph.TryGetValue(d.Key, out var sure) ? Math.Min(sure.Order().ElementAt(sure.Count / 2), lowerQuartile) : d.Value.Min();
            });
    }

    private static void Add(Dictionary<double, List<double>> lists, double key, double value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }

    private static double SizeKey(double size) => Math.Round(size * 2) / 2;

    /// <summary>The line left less room at its column's right edge than the next line's opening needs.</summary>
    private static bool Fills(PdfLine above, PdfLine below) =>
        above.Column.Right - above.Right < below.LeadWidth - (0.05 * above.Size);

    private static bool IsIndented(PdfLine line) => line.Left - line.Column.Left > IndentEms * line.Size;

    private static List<PdfLine> Lines(IReadOnlyList<PdfColumn> columns)
    {
        var lines = new List<PdfLine>();
        foreach (var column in columns)
        {
            foreach (var row in column.Segments.GroupBy(s => s.Baseline))
            {
                lines.Add(new PdfLine(column, row.ToList()));
            }
        }

        return lines;
    }

    /// <summary>One row of a column: usually one segment, or the cells of a table row.</summary>
    private sealed class PdfLine(PdfColumn column, List<PdfSegment> segments)
    {
        public PdfColumn Column { get; } = column;

        public int Cells => segments.Count;

        public double Left => segments[0].Left;

        public double Right => segments[^1].Right;

        public double Baseline => segments[0].Baseline;

        public double Size { get; } = segments.MaxBy(s => s.Text.Length)!.Size;

        public bool Bold => segments.TrueForAll(s => s.Bold);

        public double LeadWidth => segments[0].LeadWidth;

        public string Text { get; } = string.Join('\t', segments.Select(s => s.Text));

        /// <summary>Set in the middle of its column, with room on both sides.</summary>
        public bool IsCentred
        {
            get
            {
                var leftRoom = Left - Column.Left;
                var rightRoom = Column.Right - Right;
                return leftRoom > 2 * Size && rightRoom > 2 * Size && Math.Abs(leftRoom - rightRoom) <= Math.Max(Size, 0.1 * (Column.Right - Column.Left));
            }
        }
    }

    private sealed class Paragraph(List<PdfLine> lines)
    {
        private string? _text;

        public List<PdfLine> Lines { get; } = lines;

        public double Size => Lines[0].Size;

        public string Text()
        {
            if (_text is not null)
            {
                return _text;
            }

            var text = new StringBuilder();
            foreach (var line in Lines)
            {
                if (text.Length > 0 && NeedsSpace(text[^1], line.Text[0]))
                {
                    text.Append(' ');
                }

                text.Append(line.Text);
            }

            return _text = text.ToString();
        }

        /// <summary>Lines of Chinese meet directly; two Latin words (not two halves of a number) get a space.</summary>
        private static bool NeedsSpace(char before, char after) =>
            !CjkChars.IsCjkContext(before) && !CjkChars.IsCjkContext(after)
            && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after))
            && before != '-';
    }
}
