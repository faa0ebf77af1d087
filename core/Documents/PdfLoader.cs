using KnowledgeGraph.Core.Documents.Pdf;
using UglyToad.PdfPig;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, by the position of its words
/// (<see cref="PdfLayoutReader"/>): one paragraph a line, a blank line where the page leaves
/// space, headings set large marked as Markdown (<c># 标题</c>), running headers, footers and
/// page numbers left out, columns read one after the other, and radicals and ligatures of PDF
/// fonts folded (⼈⺠ → 人民). The document's own title, when its properties hold a real one, goes
/// into <see cref="LoadedDocument.Metadata"/>, with what a publisher's head on the first page says
/// (a 公文's issuer and title, an e-paper's paper, date and headline: <see cref="PublicationHead"/>). A PDF of scanned pages without a text layer
/// fails with a message saying so (and to run OCR on it), not with an empty text.
/// </summary>
public sealed class PdfLoader : IDocumentLoader
{
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        var pageNumber = 0;
        try
        {
            using var document = PdfDocument.Open(ContentStream.Open(content));
            var (text, head) = PdfLayoutReader.Read(document, number => pageNumber = number);
            pageNumber = 0;
            if (string.IsNullOrWhiteSpace(text) && ScannedPages(document) is > 0 and var scanned)
            {
                throw new DocumentLoadException(
                    $"scanned PDF without a text layer: {scanned} of {document.NumberOfPages} page(s) are pictures only, with no text to read; " +
                    "run OCR on it (for example ocrmypdf -l chi_sim) and load the result");
            }

            var title = DocumentTitles.RealTitle(document.Information.Title);
            var metadata = title is null ? head : (head ?? new DocumentMetadata()) with { Title = title };
            return new LoadedDocument(path, text, "pdf", null) { Metadata = metadata };
        }
        catch (Exception e) when (e is not DocumentLoadException)
        {
            var where = pageNumber > 0 ? $"page {pageNumber}: " : "";
            throw new DocumentLoadException($"corrupt or unreadable PDF: {where}{e.Message}", e);
        }
    }

    // Pages that hold pictures and no letters: what a scanner makes.
    private static int ScannedPages(PdfDocument document) =>
        Enumerable.Range(1, document.NumberOfPages)
            .Select(document.GetPage)
            .Count(page => page.Letters.Count == 0 && page.GetImages().Any());
}
