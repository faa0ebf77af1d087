using KnowledgeGraph.Core.Text;
using UglyToad.PdfPig;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Reads a PDF's text by the position of its words, as a reader's eye would: page furniture and
/// a publisher's head dropped (<see cref="PageFurniture"/>, <see cref="PublicationHead"/>), each page cut into columns (<see cref="ColumnCutter"/>),
/// lines joined into paragraphs across line, column and page breaks and headings marked
/// (<see cref="ParagraphBuilder"/>), and the glyphs of PDF fonts folded into the characters they
/// stand for (<see cref="GlyphFolding"/>, <see cref="SimplifiedGlyphs"/>).
/// </summary>
internal static class PdfLayoutReader
{
    /// <summary>
    /// The document's text, and what its first page's head says (<see cref="PublicationHead"/>);
    /// <paramref name="onPage"/> is told each page number before it is read.
    /// </summary>
    public static (string Text, DocumentMetadata? Head) Read(PdfDocument document, Action<int> onPage)
    {
        var pages = new List<List<PdfSegment>>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            onPage(number);
            pages.Add(PdfSegmentReader.Read(document.GetPage(number), number));
        }

        var bodySize = BodySize(pages);
        var (head, headSegments) = pages.Count > 0 ? PublicationHead.Read(pages[0], bodySize) : (null, []);
        var furniture = PageFurniture.Find(pages, bodySize);
        furniture.UnionWith(headSegments);
        var body = pages.Select(page => page.Where(s => !furniture.Contains(s)).ToList()).ToList();
        var (typicalLeft, typicalRight) = TypicalEdges(body);
        var columns = new List<PdfColumn>();
        foreach (var page in body.Where(p => p.Count > 0))
        {
            var (pageLeft, pageRight) = ColumnEdges.Of(page);
            var left = Math.Min(pageLeft, typicalLeft);
            var right = Math.Max(pageRight, typicalRight);
            columns.AddRange(ColumnCutter.Cut(page, left, right, bodySize));
        }

        return (SimplifiedGlyphs.Restore(ParagraphBuilder.Build(columns, bodySize)), head);
    }

    /// <summary>
    /// The size most Chinese characters of the document are set in (most characters of any kind
    /// when it has none): a browser's header and footer, in a smaller size, can hold more Latin
    /// characters than a short page's body.
    /// </summary>
    private static double BodySize(List<List<PdfSegment>> pages)
    {
        var segments = pages.SelectMany(p => p).ToList();
        var chinese = segments.Sum(s => s.Text.Count(CjkChars.IsIdeograph)) > 0;
        var bySize = segments
            .GroupBy(s => s.Size)
            .Select(g => (Size: g.Key, Characters: g.Sum(s => chinese ? s.Text.Count(CjkChars.IsIdeograph) : s.Text.Length)))
            .ToList();
        return bySize.Count == 0 ? 12 : bySize.MaxBy(s => s.Characters).Size;
    }

    /// <summary>
    /// The text block's usual left and right edges: medians over the pages with some text of
    /// where their lines start and of where their longest line ends. A page holding only short
    /// lines is still measured against the full width, and a line sticking out on one page does
    /// not move the edge of the others.
    /// </summary>
    private static (double Left, double Right) TypicalEdges(List<List<PdfSegment>> pages)
    {
        var filled = pages.Where(p => p.Count >= 5).ToList();
        if (filled.Count == 0)
        {
            return (double.MaxValue, double.MinValue);
        }

        var lefts = filled.Select(p => ColumnEdges.Of(p).Left).Order().ToList();
        var rights = filled.Select(p => p.Max(s => s.Right)).Order().ToList();
        return (lefts[lefts.Count / 2], rights[rights.Count / 2]);
    }
}
