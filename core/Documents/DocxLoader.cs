using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the body of a Word (.docx) document: each paragraph becomes a line, each table row a
/// line with its cells separated by tabs. Headers, footers, footnotes, comments and deleted
/// (tracked) text are left out.
/// </summary>
public sealed class DocxLoader : IDocumentLoader
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(ContentStream.Open(content), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentLoadException("not a Word document: the docx has no document body");
            var lines = new List<string>();
            AppendBlocks(body, lines);
            return new LoadedDocument(path, string.Join('\n', lines), "docx", null);
        }
        catch (Exception e) when (e is not DocumentLoadException)
        {
            throw new DocumentLoadException($"corrupt or unreadable docx: {e.Message}", e);
        }
    }

    private static void AppendBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(ParagraphText(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
                    }

                    break;
                case AlternateContentFallback:
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs and tables of their own.
                    AppendBlocks(child, lines);
                    break;
            }
        }
    }

    // A cell is one field of its row's line: its paragraphs (and any nested table) run together.
    private static string CellText(TableCell cell)
    {
        var lines = new List<string>();
        AppendBlocks(cell, lines);
        return string.Join(' ', lines.Select(line => line.Replace('\t', ' ')).Where(line => line.Length > 0));
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        AppendRunText(paragraph, text);
        return text.ToString();
    }

    private static void AppendRunText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case AlternateContentFallback:
                    // The same content as the preferred choice, in an older markup.
                    break;
                default:
                    AppendRunText(child, text);
                    break;
            }
        }
    }
}
