using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Reads a page's text as blocks, the way a browser lays it out: every block element (p, div,
/// li, td of a layout table, h1 …) ends a paragraph; a &lt;br&gt; ends a line, and a run of them, or
/// a &lt;br&gt; followed by the two-character indent of a Chinese paragraph, ends a paragraph; a data
/// table is one block with a line per row and a tab between cells.
/// </summary>
internal static partial class PageBlockReader
{
    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "td", "th", "ul",
    ];

    /// <summary>The blocks of <paramref name="root"/> in document order.</summary>
    /// <param name="root">The page's body.</param>
    /// <param name="furniture">Elements whose blocks are marked <see cref="PageBlock.IsFurniture"/>.</param>
    /// <param name="order">The places of the nodes, for <see cref="PageBlock.Position"/>.</param>
    public static List<PageBlock> Read(IElement root, IReadOnlySet<IElement> furniture, DocumentOrder order)
    {
        var writer = new Writer(furniture, order);
        writer.Walk(root);
        writer.Flush();
        return writer.Blocks;
    }

    /// <summary>Whether <paramref name="element"/> is laid out as a block (ends a paragraph).</summary>
    public static bool IsBlock(IElement element) => BlockElements.Contains(element.LocalName);

    /// <summary>
    /// A table of data rather than of layout: most rows have two cells or more (a merged title
    /// row may have one), and no cell holds a long text, a line break, a list or another table.
    /// A cell may wrap its text in a paragraph, as tables pasted from Word do.
    /// </summary>
    public static bool IsDataTable(IElement table)
    {
        var rows = Rows(table).ToList();
        return rows.Count > 0
            && rows.Count(row => Cells(row).Count() >= 2) * 2 > rows.Count
            && rows.SelectMany(Cells).All(cell =>
                cell.TextContent.Length <= 200
                && !cell.Descendants<IElement>().Any(e => e.LocalName is "br" or "table" or "ul" or "ol" or "dl" or "h1" or "h2" or "h3"));
    }

    private static IEnumerable<IElement> Rows(IElement table) =>
        table.Children.SelectMany(child => child.LocalName == "tr" ? [child] : child.Children.Where(row => row.LocalName == "tr"));

    private static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(cell => cell.LocalName is "td" or "th");

    /// <summary>Cells are separated by one tab, words by one space; ends are trimmed, with the full-width indent.</summary>
    private static string Tidy(string line) =>
        RepeatedSpace().Replace(SpacedTab().Replace(line.Replace('\u00A0', ' '), "\t"), " ").Trim().Trim('\u3000', '\t', ' ');

    private static bool IsIndented(string rawLine)
    {
        var text = rawLine.TrimStart(' ', '\t');
        var indent = 0;
        while (indent < text.Length && text[indent] is '\u3000' or '\u00A0')
        {
            indent++;
        }

        return indent >= 2;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex CollapsibleSpace();

    [GeneratedRegex(@" *\t[ \t]*")]
    private static partial Regex SpacedTab();

    [GeneratedRegex(" {2,}")]
    private static partial Regex RepeatedSpace();

    private sealed class Writer(IReadOnlySet<IElement> furniture, DocumentOrder order)
    {
        // Deeper than this, an element's text is read as it stands, so that no page can exhaust the stack.
        private const int MaxDepth = 400;

        private readonly List<(StringBuilder Text, int Links)> _lines = [(new StringBuilder(), 0)];
        private readonly Stack<IElement> _openBlocks = new();
        private IElement? _owner;
        private int _headingLevel;
        private int _furnitureDepth;
        private int _linkDepth;
        private int _preDepth;
        private int _depth;
        private int _position;

        public List<PageBlock> Blocks { get; } = [];

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    Append(text, text.Data);
                    break;
                case IElement element when _depth >= MaxDepth:
                    Append(element, element.TextContent);
                    break;
                case IElement element:
                    _depth++;
                    WalkElement(element);
                    _depth--;
                    break;
            }
        }

        public void Flush()
        {
            var owner = _owner;
            var lines = _lines.ToList();
            _lines.Clear();
            _lines.Add((new StringBuilder(), 0));
            _owner = null;
            if (owner is null)
            {
                return;
            }

            var isFurniture = _furnitureDepth > 0;
            var position = _position;
            if (_headingLevel > 0)
            {
                var heading = Tidy(string.Join(' ', lines.Select(line => line.Text.ToString())));
                if (heading.Length > 0)
                {
                    Blocks.Add(new PageBlock(owner, [heading], _headingLevel, lines.Sum(line => line.Links), isFurniture, position));
                }

                return;
            }

            // Blank lines (a run of <br>) and indented lines (<br>　　) start new paragraphs.
            var paragraph = new List<string>();
            var links = 0;
            foreach (var (text, lineLinks) in lines)
            {
                var raw = text.ToString();
                var line = Tidy(raw);
                if ((line.Length == 0 || IsIndented(raw)) && paragraph.Count > 0)
                {
                    Blocks.Add(new PageBlock(owner, paragraph, 0, links, isFurniture, position));
                    paragraph = [];
                    links = 0;
                }

                if (line.Length > 0)
                {
                    paragraph.Add(line);
                    links += lineLinks;
                }
            }

            if (paragraph.Count > 0)
            {
                Blocks.Add(new PageBlock(owner, paragraph, 0, links, isFurniture, position));
            }
        }

        private void WalkElement(IElement element)
        {
            var name = element.LocalName;
            if (name == "br")
            {
                _lines.Add((new StringBuilder(), 0));
                return;
            }

            var isFurniture = furniture.Contains(element);
            var heading = name is ['h', >= '1' and <= '6'] ? name[1] - '0' : 0;
            var block = isFurniture || heading > 0 || IsBlock(element);
            if (block)
            {
                Flush();
                _openBlocks.Push(element);
            }

            _furnitureDepth += isFurniture ? 1 : 0;
            _linkDepth += name == "a" ? 1 : 0;
            _preDepth += name is "pre" or "textarea" ? 1 : 0;
            if (heading > 0)
            {
                _headingLevel = heading;
            }

            if (name == "table" && IsDataTable(element))
            {
                WriteDataTable(element);
            }
            else
            {
                foreach (var child in element.ChildNodes)
                {
                    Walk(child);
                }
            }

            if (block)
            {
                Flush();
                _openBlocks.Pop();
            }

            _headingLevel = heading > 0 ? 0 : _headingLevel;
            _furnitureDepth -= isFurniture ? 1 : 0;
            _linkDepth -= name == "a" ? 1 : 0;
            _preDepth -= name is "pre" or "textarea" ? 1 : 0;
        }

        private void WriteDataTable(IElement table)
        {
            foreach (var row in Rows(table))
            {
                var cells = Cells(row).Select(cell => CollapsibleSpace().Replace(cell.TextContent, " ").Trim()).ToList();
                var links = row.QuerySelectorAll("a").Sum(a => Visible(a.TextContent));
                _lines.Add((new StringBuilder(string.Join('\t', cells)), links));
                if (_owner is null)
                {
                    _owner = table;
                    _position = order.Position(table);
                }
            }
        }

        private void Append(INode node, string data)
        {
            var text = _preDepth > 0 ? data : CollapsibleSpace().Replace(data, " ");
            if (_preDepth > 0 && text.Contains('\n', StringComparison.Ordinal))
            {
                var parts = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        _lines.Add((new StringBuilder(), 0));
                    }

                    Append(node, parts[i]);
                }

                return;
            }

            var visible = Visible(text);
            if (visible > 0 && _owner is null)
            {
                _owner = _openBlocks.Count > 0 ? _openBlocks.Peek() : null;
                _position = order.Position(node);
            }

            var (line, links) = _lines[^1];
            line.Append(text);
            _lines[^1] = (line, links + (_linkDepth > 0 ? visible : 0));
        }
    }
}
