using KnowledgeGraph.Core.Documents.Pdf;
using UglyToad.PdfPig;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, by the position of its words
/// (<see cref="PdfLayoutReader"/>): one paragraph a line, a blank line where the page leaves
/// space, headings set large marked as Markdown (<c># 标题</c>), running headers, footers and
/// page numbers left out, columns read one after the other, and radicals and ligatures of PDF
/// fonts folded (⼈⺠ → 人民). The document's own title, when its properties hold a real one, goes
/// into <see cref="LoadedDocument.Metadata"/>. Scanned pages without a text layer give no text.
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
            var text = PdfLayoutReader.Read(document, number => pageNumber = number);
            var title = DocumentTitles.RealTitle(document.Information.Title);
            return new LoadedDocument(path, text, "pdf", null)
            {
                Metadata = title is null ? null : new DocumentMetadata(Title: title),
            };
        }
        catch (Exception e) when (e is not DocumentLoadException)
        {
            var where = pageNumber > 0 ? $"page {pageNumber}: " : "";
            throw new DocumentLoadException($"corrupt or unreadable PDF: {where}{e.Message}", e);
        }
    }
}
