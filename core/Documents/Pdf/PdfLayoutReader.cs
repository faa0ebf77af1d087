using KnowledgeGraph.Core.Text;
using UglyToad.PdfPig;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Reads a PDF's text by the position of its words, as a reader's eye would: page furniture
/// dropped (<see cref="PageFurniture"/>), each page cut into columns (<see cref="ColumnCutter"/>),
/// lines joined into paragraphs across line, column and page breaks and headings marked
/// (<see cref="ParagraphBuilder"/>), and the glyphs of PDF fonts folded into the characters they
/// stand for (<see cref="GlyphFolding"/>, <see cref="SimplifiedGlyphs"/>).
/// </summary>
internal static class PdfLayoutReader
{
    /// <summary>The document's text; <paramref name="onPage"/> is told each page number before it is read.</summary>
    public static string Read(PdfDocument document, Action<int> onPage)
    {
        var pages = new List<List<PdfSegment>>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            onPage(number);
            pages.Add(PdfSegmentReader.Read(document.GetPage(number), number));
        }

        var bodySize = BodySize(pages);
        var furniture = PageFurniture.Find(pages, bodySize);
        var body = pages.Select(page => page.Where(s => !furniture.Contains(s)).ToList()).ToList();
        var (typicalLeft, typicalRight) = TypicalEdges(body);
        var columns = new List<PdfColumn>();
        foreach (var page in body.Where(p => p.Count > 0))
        {
            var left = Math.Min(page.Min(s => s.Left), typicalLeft);
            var right = Math.Max(page.Max(s => s.Right), typicalRight);
            columns.AddRange(ColumnCutter.Cut(page, left, right, bodySize));
        }

        return SimplifiedGlyphs.Restore(ParagraphBuilder.Build(columns, bodySize));
    }

    /// <summary>The size most characters of the document are set in.</summary>
    private static double BodySize(List<List<PdfSegment>> pages)
    {
        var bySize = pages.SelectMany(p => p)
            .GroupBy(s => s.Size)
            .Select(g => (Size: g.Key, Characters: g.Sum(s => s.Text.Length)))
            .ToList();
        return bySize.Count == 0 ? 12 : bySize.MaxBy(s => s.Characters).Size;
    }

    /// <summary>
    /// The text block's usual left and right edges (medians over the pages with some text), so
    /// that a page holding only short lines is still measured against the full width.
    /// </summary>
    private static (double Left, double Right) TypicalEdges(List<List<PdfSegment>> pages)
    {
        var filled = pages.Where(p => p.Count >= 5).ToList();
        if (filled.Count == 0)
        {
            return (double.MaxValue, double.MinValue);
        }

        var lefts = filled.Select(p => p.Min(s => s.Left)).Order().ToList();
        var rights = filled.Select(p => p.Max(s => s.Right)).Order().ToList();
        return (lefts[lefts.Count / 2], rights[rights.Count / 2]);
    }
}
