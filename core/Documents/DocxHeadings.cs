using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Tells which paragraphs of a Word document are headings, and of which level: a paragraph
/// whose own outline level is set (<c>w:outlineLvl</c> 0–8), or whose style, or a style it is
/// based on, is a heading: by its outline level, or by its name (<c>heading 1</c>,
/// <c>Heading 2</c>, <c>标题 3</c>, <c>Title</c>, <c>标题</c>). Level 1 is the top; the body text
/// level (9) is no heading.
/// </summary>
internal sealed partial class DocxHeadings
{
    private const int MaxDepth = 16;

    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);

    public DocxHeadings(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The paragraph's heading level from 1, or 0 when it is body text.</summary>
    public int LevelOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (OutlineLevel(properties?.OutlineLevel) is { } own)
        {
            return own;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } styleId ? StyleLevel(styleId) : 0;
    }

    private int StyleLevel(string styleId)
    {
        if (!_levels.TryGetValue(styleId, out var level))
        {
            level = _levels[styleId] = ResolveStyle(styleId, 0);
        }

        return level;
    }

    private int ResolveStyle(string styleId, int depth)
    {
        if (depth > MaxDepth || !_styles.TryGetValue(styleId, out var style))
        {
            return 0;
        }

        if (OutlineLevel(style.StyleParagraphProperties?.OutlineLevel) is { } outline)
        {
            return outline;
        }

        if (style.StyleName?.Val?.Value is { } name && NameLevel(name) is { } named)
        {
            return named;
        }

        return style.BasedOn?.Val?.Value is { } parent ? ResolveStyle(parent, depth + 1) : 0;
    }

    private static int? OutlineLevel(OutlineLevel? outline) =>
        outline?.Val?.Value is { } value ? (value is >= 0 and <= 8 ? value + 1 : 0) : null;

    private static int? NameLevel(string name)
    {
        var trimmed = name.Trim();
        if (TitleName().IsMatch(trimmed))
        {
            return 1;
        }

        var match = HeadingName().Match(trimmed);
        return match.Success ? Math.Clamp(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 1, 9) : null;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*(\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|标题)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();
}
