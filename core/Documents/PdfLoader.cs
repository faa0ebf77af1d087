using System.Text;
using KnowledgeGraph.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the text layer of a PDF with PdfPig. Each page is cut into blocks (recursive XY cut),
/// the blocks are put in reading order, and each text line becomes a line; blocks and pages are
/// separated by blank lines. Scanned pages without a text layer give no text.
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
            var pages = new List<string>();
            for (pageNumber = 1; pageNumber <= document.NumberOfPages; pageNumber++)
            {
                var text = PageText(document.GetPage(pageNumber));
                if (text.Length > 0)
                {
                    pages.Add(text);
                }
            }

            return new LoadedDocument(path, string.Join("\n\n", pages), "pdf", null);
        }
        catch (Exception e) when (e is not DocumentLoadException)
        {
            var where = pageNumber > 0 ? $"page {pageNumber}: " : "";
            throw new DocumentLoadException($"corrupt or unreadable PDF: {where}{e.Message}", e);
        }
    }

    private static string PageText(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return "";
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance
            .Get(RecursiveXYCut.Instance.GetBlocks(words))
            .OrderBy(block => block.ReadingOrder);
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var firstLine = true;
            foreach (var line in block.TextLines)
            {
                if (!firstLine)
                {
                    text.Append('\n');
                }

                AppendLine(line.Words, text);
                firstLine = false;
            }
        }

        return text.ToString();
    }

    // Words are separated by a space, except next to CJK text: Chinese is written without spaces,
    // and a PDF often places each ideograph (or each run of them) as a word of its own.
    private static void AppendLine(IEnumerable<Word> words, StringBuilder text)
    {
        Rune? previous = null;
        foreach (var word in words)
        {
            var first = FirstRune(word.Text);
            if (previous is { } last && !CjkChars.IsCjk(last) && !CjkChars.IsCjk(first))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
            previous = LastRune(word.Text);
        }
    }

    private static Rune FirstRune(string text) =>
        Rune.DecodeFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;

    private static Rune LastRune(string text) =>
        Rune.DecodeLastFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
}
