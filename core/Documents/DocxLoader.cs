using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using GlyphFolding = KnowledgeGraph.Core.Text.GlyphFolding;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the body of a Word (.docx) document in reading order: each paragraph and list item
/// becomes a line, with a blank line before it where the page leaves space
/// (<see cref="BlankLineShare"/>), a heading a Markdown line of its level (<c>## 标题</c>, see
/// <see cref="DocxStyles"/>), each table row a line with its cells separated by tabs. Headers,
/// footers, footnotes, comments and deleted (tracked) text are left out; the labels Word draws
/// before numbered paragraphs (<c>1.</c>, <c>（一）</c>) are put in (<see cref="DocxNumbering"/>). Radicals and ligatures are folded (<see cref="GlyphFolding"/>),
/// and a real title in the document's properties goes into <see cref="LoadedDocument.Metadata"/>.
/// </summary>
public sealed class DocxLoader : IDocumentLoader
{
    /// <summary>Space between two paragraphs of at least this share of the body size reads as a blank line.</summary>
    public const double BlankLineShare = 0.5;

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(ContentStream.Open(content), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentLoadException("not a Word document: the docx has no document body");
            var lines = new List<string>();
            AppendBlocks(body, new Reading(new DocxStyles(document.MainDocumentPart!), new DocxNumbering(document.MainDocumentPart!)), lines);
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

    private static void AppendBlocks(OpenXmlElement container, Reading reading, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    if (reading.SpaceBefore(paragraph) && lines.Count > 0 && lines[^1].Length > 0)
                    {
                        lines.Add("");
                    }

                    lines.Add(ParagraphLine(paragraph, reading));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(cell => CellText(cell, reading))));
                    }

                    reading.AfterTable();

                    break;
                case AlternateContentFallback:
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs and tables of their own.
                    AppendBlocks(child, reading, lines);
                    break;
            }
        }
    }

    // A cell is one field of its row's line: its paragraphs (and any nested table) run together.
    private static string CellText(TableCell cell, Reading reading)
    {
        var lines = new List<string>();
        AppendBlocks(cell, reading, lines);
        return string.Join(' ', lines.Select(line => line.Replace('\t', ' ')).Where(line => line.Length > 0));
    }

    /// <summary>The styles and numbering of the document, and the space the last paragraph asked for below it.</summary>
    private sealed class Reading(DocxStyles headings, DocxNumbering numbering)
    {
        private readonly double _blankLineSpace = BlankLineShare * headings.BodySize;
        private double _previousAfter;
        private string? _previousStyle;
        private bool _previousContextual;

        public DocxStyles Headings => headings;

        public DocxNumbering Numbering => numbering;

        /// <summary>
        /// Whether the page leaves a blank line's worth of space above the paragraph: the larger
        /// of the space below the last paragraph and above this one, at least
        /// <see cref="BlankLineShare"/> of the body size (none between paragraphs of one style
        /// with contextual spacing).
        /// </summary>
        public bool SpaceBefore(Paragraph paragraph)
        {
            var (before, after, contextual, style) = headings.SpacingOf(paragraph);
            var sameStyleTight = contextual && _previousContextual && style == _previousStyle;
            var space = sameStyleTight ? 0 : Math.Max(before, _previousAfter);
            (_previousAfter, _previousStyle, _previousContextual) = (after, style, contextual);
            return space >= _blankLineSpace;
        }

        public void AfterTable() => (_previousAfter, _previousStyle, _previousContextual) = (0, null, false);
    }

    // A heading is one line, whatever breaks it holds; a cell's heading reads as plain text.
    private static string ParagraphLine(Paragraph paragraph, Reading reading)
    {
        var text = new StringBuilder();
        AppendRunText(paragraph, text);
        if (text.Length > 0 && reading.Numbering.Next(paragraph, reading.Headings.StyleNumbering(paragraph)) is { Length: > 0 } label)
        {
            // A label ending in Latin (1. a)) is followed by a space; one ending in Chinese punctuation (一、（一）) is not.
            text.Insert(0, label.Length > 0 && label[^1] < '\u2E80' ? label + " " : label);
        }

        var level = reading.Headings.LevelOf(paragraph);
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
