namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Cuts a page into columns in reading order, by recursive XY cuts: a region is cut at a
/// vertical gutter that runs through all of it, left part first; a region no gutter runs
/// through is cut at its horizontal gaps into bands, and the bands that hold columns are cut
/// again (a full-width title above two columns, a full-width footnote below them).
/// </summary>
/// <remarks>
/// <para>A gutter is an empty vertical strip at least <see cref="PdfSegmentReader.NarrowGutterEms"/>
/// body ems wide, with at least two segments on each side whose heights overlap by half, most of
/// them (<see cref="FullLineShare"/>) at least half as wide as their side: columns of prose are
/// made of full lines, where the cells of a table are short and stay rows.</para>
/// <para>Each column keeps the width of the region it was cut from: the lines of one column are
/// measured against the column's edges, not their own, so a short last line is seen as short.</para>
/// </remarks>
internal static class ColumnCutter
{
    public const double FullLineShare = 0.5;

    /// <summary>A horizontal gap this many ems high is more than the space between two lines of a paragraph.</summary>
    private const double BandGapEms = 0.6;

    private const int MaxDepth = 16;

    public static List<PdfColumn> Cut(List<PdfSegment> segments, double left, double right, double bodySize)
    {
        var columns = new List<PdfColumn>();
        Cut(segments, left, right, bodySize, columns, 0);
        return columns;
    }

    private static void Cut(List<PdfSegment> segments, double left, double right, double em, List<PdfColumn> columns, int depth)
    {
        if (segments.Count == 0)
        {
            return;
        }

        if (depth < MaxDepth && segments.Count >= 4)
        {
            if (Gutter(segments, em) is { } gutter)
            {
                var leftPart = segments.Where(s => s.Right <= gutter).ToList();
                var rightPart = segments.Where(s => s.Right > gutter).ToList();
                var (leftStart, leftEnd) = ColumnEdges.Of(leftPart);
                var (rightStart, rightEnd) = ColumnEdges.Of(rightPart);
                Cut(leftPart, leftStart, leftEnd, em, columns, depth + 1);
                Cut(rightPart, rightStart, rightEnd, em, columns, depth + 1);
                return;
            }

            // Bands at every horizontal gap first; when none of them holds columns (each line of
            // a page set in narrow columns is a band of its own, too short to show a gutter), bands
            // at the gaps wider than the leading: a headline over the columns, the columns below.
            var bands = Bands(segments, 0);
            if (!bands.Exists(b => b.Count >= 4 && Gutter(b, em) is not null))
            {
                bands = Bands(segments, BandGapEms * em);
            }

            if (bands.Count > 1 && bands.Exists(b => b.Count >= 4 && Gutter(b, em) is not null))
            {
                // Bands without a gutter between two that have one stay together as one column.
                var run = new List<PdfSegment>();
                foreach (var band in bands)
                {
                    if (band.Count >= 4 && Gutter(band, em) is not null)
                    {
                        Cut(run, left, right, em, columns, depth + 1);
                        run = [];
                        Cut(band, left, right, em, columns, depth + 1);
                    }
                    else
                    {
                        run.AddRange(band);
                    }
                }

                Cut(run, left, right, em, columns, depth + 1);
                return;
            }
        }

        var ordered = segments.OrderByDescending(s => s.Baseline).ThenBy(s => s.Left).ToList();
        columns.Add(new PdfColumn(left, right, ordered));
    }

    /// <summary>The x of the widest valid gutter, or null.</summary>
    private static double? Gutter(List<PdfSegment> segments, double em)
    {
        var byLeft = segments.OrderBy(s => s.Left).ToList();
        double? best = null;
        var bestWidth = 0.0;
        var reach = byLeft[0].Right;
        for (var i = 1; i < byLeft.Count; i++)
        {
            var gap = byLeft[i].Left - reach;
            if (gap >= PdfSegmentReader.NarrowGutterEms * em && gap > bestWidth)
            {
                var x = reach + (gap / 2);
                if (IsColumnSplit(segments, x))
                {
                    best = x;
                    bestWidth = gap;
                }
            }

            reach = Math.Max(reach, byLeft[i].Right);
        }

        return best;
    }

    private static bool IsColumnSplit(List<PdfSegment> segments, double x)
    {
        var left = segments.Where(s => s.Right <= x).ToList();
        var right = segments.Where(s => s.Left >= x).ToList();
        if (left.Count < 2 || right.Count < 2)
        {
            return false;
        }

        var overlap = Math.Min(left.Max(s => s.Top), right.Max(s => s.Top)) - Math.Max(left.Min(s => s.Bottom), right.Min(s => s.Bottom));
        var shorter = Math.Min(Height(left), Height(right));
        var (nearLeft, nearRight) = (NextTo(left, x), NextTo(right, x));
        return overlap >= shorter / 2 && nearLeft.Count >= 2 && nearRight.Count >= 2 && MostlyFullLines(nearLeft) && MostlyFullLines(nearRight);
    }

    /// <summary>
    /// The segments of a side that reach within its widest segment's width of the gutter: the
    /// column next to it, when the side holds several (a newspaper's four), so that its lines are
    /// measured against that column's width and not the whole side's.
    /// </summary>
    private static List<PdfSegment> NextTo(List<PdfSegment> side, double x)
    {
        var widest = side.Max(s => s.Width);
        return side.Where(s => Math.Min(Math.Abs(x - s.Right), Math.Abs(s.Left - x)) < widest).ToList();
    }

    private static double Height(List<PdfSegment> side) => side.Max(s => s.Top) - side.Min(s => s.Bottom);

    private static bool MostlyFullLines(List<PdfSegment> side)
    {
        if (side.Count == 0)
        {
            return false;
        }

        var width = side.Max(s => s.Right) - side.Min(s => s.Left);
        return side.Count(s => s.Width >= width / 2) >= FullLineShare * side.Count;
    }

    /// <summary>The segments cut at every horizontal gap no segment crosses wider than <paramref name="minimumGap"/>, top band first.</summary>
    private static List<List<PdfSegment>> Bands(List<PdfSegment> segments, double minimumGap)
    {
        var bands = new List<List<PdfSegment>>();
        var band = new List<PdfSegment>();
        var floor = double.MaxValue;
        foreach (var segment in segments.OrderByDescending(s => s.Top))
        {
            if (band.Count > 0 && segment.Top < floor - minimumGap)
            {
                bands.Add(band);
                band = [];
                floor = double.MaxValue;
            }

            band.Add(segment);
            floor = Math.Min(floor, segment.Bottom);
        }

        bands.Add(band);
        return bands;
    }
}
