using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using GlyphFolding = KnowledgeGraph.Core.Text.GlyphFolding;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the body of a Word (.docx) document in reading order: each paragraph and list item
/// becomes a line, a heading a Markdown line of its level (<c>## 标题</c>, see
/// <see cref="DocxHeadings"/>), each table row a line with its cells separated by tabs. Headers,
/// footers, footnotes, comments, deleted (tracked) text and the labels Word generates for
/// numbered lists are left out. Radicals and ligatures are folded (<see cref="GlyphFolding"/>),
/// and a real title in the document's properties goes into <see cref="LoadedDocument.Metadata"/>.
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
            AppendBlocks(body, new DocxHeadings(document.MainDocumentPart!), lines);
            var title = DocumentTitles.RealTitle(document.PackageProperties.Title);
            return new LoadedDocument(path, GlyphFolding.Fold(string.Join('\n', lines)), "docx", null)
            {
                Metadata = title is null ? null : new DocumentMetadata(Title: title),
            };
        }
        catch (Exception e) when (e is not DocumentLoadException)
        {
            throw new DocumentLoadException($"corrupt or unreadable docx: {e.Message}", e);
        }
    }

    private static void AppendBlocks(OpenXmlElement container, DocxHeadings headings, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(ParagraphLine(paragraph, headings));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(cell => CellText(cell, headings))));
                    }

                    break;
                case AlternateContentFallback:
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs and tables of their own.
                    AppendBlocks(child, headings, lines);
                    break;
            }
        }
    }

    // A cell is one field of its row's line: its paragraphs (and any nested table) run together.
    private static string CellText(TableCell cell, DocxHeadings headings)
    {
        var lines = new List<string>();
        AppendBlocks(cell, headings, lines);
        return string.Join(' ', lines.Select(line => line.Replace('\t', ' ')).Where(line => line.Length > 0));
    }

    // A heading is one line, whatever breaks it holds; a cell's heading reads as plain text.
    private static string ParagraphLine(Paragraph paragraph, DocxHeadings headings)
    {
        var text = new StringBuilder();
        AppendRunText(paragraph, text);
        var level = headings.LevelOf(paragraph);
        var line = text.ToString();
        if (level is < 1 or > 6 || string.IsNullOrWhiteSpace(line) || paragraph.Ancestors<TableCell>().Any())
        {
            return line;
        }

        return new string('#', level) + " " + string.Join(' ', line.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
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
