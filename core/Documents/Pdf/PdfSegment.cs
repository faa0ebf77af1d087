namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// A run of words on one baseline of one page with no wide gap inside: a line of a column, a
/// cell of a table row, the date or the title of a running header. Positions are in PDF points
/// from the bottom left of the page.
/// </summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Left">Where the first glyph starts.</param>
/// <param name="Right">Where the last glyph ends.</param>
/// <param name="Baseline">The row's baseline (the same for every segment of a row).</param>
/// <param name="Size">The point size most of its characters are set in.</param>
/// <param name="Bold">True when every character is set in a bold face.</param>
/// <param name="Text">The words, with a space only between two non-CJK words.</param>
/// <param name="LeadWidth">
/// The width of what must open the line together: the first character with the closing
/// punctuation that may not begin a line after it (<c>元，</c>), or a whole Latin word or number;
/// two Chinese characters (<c>中央</c>), since some producers break Chinese only between words.
/// If the line above had that much room left, its break was meant.
/// </param>
internal sealed record PdfSegment(int Page, double Left, double Right, double Baseline, double Size, bool Bold, string Text, double LeadWidth)
{
    public double Width => Right - Left;

    /// <summary>The top of the line box (the baseline plus the ascent of CJK text, about 0.9 em).</summary>
    public double Top => Baseline + (0.9 * Size);

    /// <summary>The bottom of the line box (the baseline less the descent, about 0.2 em).</summary>
    public double Bottom => Baseline - (0.2 * Size);
}

/// <summary>A rectangle of a page that holds one column of text, with the segments in it in reading order.</summary>
/// <param name="Left">The column's left edge: where its unindented lines start.</param>
/// <param name="Right">The column's right edge: where its full lines end.</param>
/// <param name="Segments">Its segments, top to bottom and left to right.</param>
internal sealed record PdfColumn(double Left, double Right, IReadOnlyList<PdfSegment> Segments);

/// <summary>Where a column of segments starts and ends, robust to a line that sticks out.</summary>
internal static class ColumnEdges
{
    /// <summary>Lines beyond this share at either end are taken as sticking out (a run that could not be broken, a hanging quote).</summary>
    public const double OutlierShare = 0.1;

    /// <summary>Segments needed before outliers are set aside; with fewer, the extremes are the edges.</summary>
    public const int MinimumForOutliers = 5;

    public static (double Left, double Right) Of(IReadOnlyCollection<PdfSegment> segments)
    {
        var lefts = segments.Select(s => s.Left).Order().ToList();
        var rights = segments.Select(s => s.Right).Order().ToList();
        if (segments.Count < MinimumForOutliers)
        {
            return (lefts[0], rights[^1]);
        }

        var skip = (int)(OutlierShare * segments.Count);
        return (lefts[skip], rights[^(skip + 1)]);
    }
}
