using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// The head a publisher prints above a document's first page, read off that page as metadata:
/// <list type="bullet">
/// <item>a 公文's masthead (版头): a large line naming the issuer and ending in 文件
/// (政协某市委员会文件, 政协某县委员会办公室文件) over the document number (某政发〔2026〕3号): the large
/// line below them is the title, not the masthead set larger still. Both stay in the text, where
/// the issuer is read from the masthead as from any other line naming it;</item>
/// <item>an e-paper's page header: one row with the paper's name, the date and the page
/// (某某日报 2026年3月5日 星期四 第A03版 要闻 责任编辑 某): the date and the paper (the source), and the
/// largest line below it (the headline, not the kicker above it or the subtitle below) the title.
/// The row is the page's frame and is left out of the text.</item>
/// </list>
/// </summary>
internal static partial class PublicationHead
{
    /// <summary>How many rows from the top of the first page a head may start in.</summary>
    private const int HeadRows = 3;

    /// <summary>How many rows below the head the title is looked for in.</summary>
    private const int TitleRows = 6;

    /// <summary>A title is set this many times larger than the body at least.</summary>
    private const double TitleScale = 1.2;

    /// <summary>The first page's head: its metadata (null when the page has no head) and the segments it is made of.</summary>
    public static (DocumentMetadata? Metadata, HashSet<PdfSegment> Segments) Read(List<PdfSegment> firstPage, double bodySize)
    {
        var rows = Rows(firstPage);
        for (var i = 0; i < Math.Min(HeadRows, rows.Count); i++)
        {
            var text = Joined(rows[i]);
            if (EPaperPage().IsMatch(text) && Date().Match(text) is { Success: true } date)
            {
                var paper = rows[i].OrderBy(s => s.Left).First().Text.Trim();
                var metadata = new DocumentMetadata(Title(rows, i + 1, bodySize), date.Value, Paper().IsMatch(paper) ? paper : null);
                return (metadata, [.. rows[i]]);
            }

            if (rows[i].Max(s => s.Size) > bodySize && Masthead().Match(text) is { Success: true } masthead
                && rows.Skip(i + 1).Take(2).FirstOrDefault(r => DocumentNumber().IsMatch(Joined(r))) is { } number)
            {
                var title = Title(rows, rows.IndexOf(number) + 1, bodySize);
                return (title is null ? null : new DocumentMetadata(title), []);
            }
        }

        return (null, []);
    }

    /// <summary>The largest run of consecutive rows in one size, among the first rows from <paramref name="from"/>, set larger than the body.</summary>
    private static string? Title(List<List<PdfSegment>> rows, int from, double bodySize)
    {
        var candidates = rows.Skip(from).Take(TitleRows).ToList();
        var largest = candidates.Select(r => r.Max(s => s.Size)).DefaultIfEmpty(0).Max();
        if (largest < TitleScale * bodySize)
        {
            return null;
        }

        var title = candidates
            .SkipWhile(r => r.Max(s => s.Size) < largest)
            .TakeWhile(r => r.Max(s => s.Size) >= largest)
            .Select(Joined);
        return string.Concat(title);
    }

    private static List<List<PdfSegment>> Rows(List<PdfSegment> page) =>
        page.GroupBy(s => Math.Round(s.Baseline))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(s => s.Left).ToList())
            .ToList();

    private static string Joined(List<PdfSegment> row) => string.Concat(row.Select(s => s.Text)).Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"第[A-Z]?\d{1,3}版")]
    private static partial Regex EPaperPage();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?:报|刊)$")]
    private static partial Regex Paper();

    [GeneratedRegex(@"^(\S{2,40}?)文件$")]
    private static partial Regex Masthead();

    [GeneratedRegex(@"[〔［\[]\d{4}[〕］\]]\d{1,4}号")]
    private static partial Regex DocumentNumber();
}
