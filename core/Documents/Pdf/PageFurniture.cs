using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Finds what a page carries besides the document: running headers and footers, page numbers,
/// and the date, title, address and page counter a browser prints on every page.
/// </summary>
/// <remarks>
/// <para>Only the <see cref="EdgeRows"/> topmost and bottommost rows of a page are looked at. Such
/// a row is furniture when:</para>
/// <list type="bullet">
/// <item>the same row (digits masked, so 1/5 and 2/5 agree) stands at the same height (within
/// <see cref="HeightTolerance"/> points) on at least two pages and on at least
/// <see cref="RepeatedShare"/> of them (odd and even pages may differ);</item>
/// <item>or it is a page number alone (at most three digits, so that a year standing alone stays) (<c>3</c>, <c>- 3 -</c>, <c>3/5</c>, <c>第3页</c>, <c>第 3 页 共 5 页</c>, <c>Page 3</c>);</item>
/// <item>or it is set smaller than the body text and one of its segments is an address
/// (<c>https://…</c>, <c>file:///…</c>), a page counter or a printing date and time: what a
/// browser puts in the margins, found this way even on a document of one page.</item>
/// </list>
/// </remarks>
internal static partial class PageFurniture
{
    public const int EdgeRows = 2;

    public const double HeightTolerance = 3;

    public const double RepeatedShare = 0.4;

    /// <summary>The segments of <paramref name="pages"/> that are furniture.</summary>
    public static HashSet<PdfSegment> Find(IReadOnlyList<List<PdfSegment>> pages, double bodySize)
    {
        var candidates = new List<(int Page, double Baseline, string Key, List<PdfSegment> Row)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p].GroupBy(s => s.Baseline).OrderByDescending(g => g.Key).Select(g => g.ToList()).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                if (r < EdgeRows || r >= rows.Count - EdgeRows)
                {
                    candidates.Add((p, rows[r][0].Baseline, Key(rows[r]), rows[r]));
                }
            }
        }

        var furniture = new HashSet<PdfSegment>();
        var needed = Math.Max(2, (int)Math.Ceiling(RepeatedShare * pages.Count));
        foreach (var same in candidates.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            var rows = same.ToList();
            foreach (var candidate in rows)
            {
                var repeated = rows
                    .Where(other => Math.Abs(other.Baseline - candidate.Baseline) <= HeightTolerance)
                    .Select(other => other.Page)
                    .Distinct()
                    .Count() >= needed;
                if (repeated || IsPageNumber(candidate.Row) || IsBrowserMargin(candidate.Row, bodySize))
                {
                    furniture.UnionWith(candidate.Row);
                }
            }
        }

        return furniture;
    }

    private static string Key(List<PdfSegment> row)
    {
        var key = new StringBuilder();
        foreach (var segment in row)
        {
            foreach (var c in segment.Text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    key.Append(char.IsAsciiDigit(c) ? '#' : c);
                }
            }

            key.Append('|');
        }

        return key.ToString();
    }

    private static bool IsPageNumber(List<PdfSegment> row) =>
        row.Count == 1 && PageNumber().IsMatch(row[0].Text);

    private static bool IsBrowserMargin(List<PdfSegment> row, double bodySize) =>
        row.TrueForAll(s => s.Size < bodySize - 0.5)
        && row.Exists(s => Address().IsMatch(s.Text) || PageNumber().IsMatch(s.Text) || PrintingTime().IsMatch(s.Text));

    [GeneratedRegex(@"^[-—–－\s]*(?:(?:第|Page|页码[:：]?)\s*)?\d{1,3}(?:\s*(?:/|of|共)\s*\d{1,3})?\s*(?:页)?(?:\s*共\s*\d{1,3}\s*页)?[-—–－\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:https?|file)://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintingTime();
}
