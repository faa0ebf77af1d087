using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// What a Word document's styles say about its paragraphs. Headings: a paragraph
/// whose own outline level is set (<c>w:outlineLvl</c> 0–8), or whose style, or a style it is
/// based on, is a heading: by its outline level, or by its name (<c>heading 1</c>,
/// <c>Heading 2</c>, <c>标题 3</c>, <c>Title</c>, <c>标题</c>). Level 1 is the top; the body text
/// level (9) is no heading. Numbering: what a paragraph's style numbers it with. Spacing: the
/// space a paragraph asks for above and below it (its own <c>w:spacing</c>, else its style's,
/// else the document defaults), in points.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxDepth = 16;

    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);
    private readonly DocDefaults? _defaults;

    public DocxStyles(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _defaults = main.StyleDefinitionsPart?.Styles?.DocDefaults;
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

    /// <summary>The size body text is set in, in points: the Normal style's, else the document default, else 10.5 (五号).</summary>
    public double BodySize
    {
        get
        {
            var normal = _styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
            var halfPoints = normal?.StyleRunProperties?.FontSize?.Val?.Value
                ?? _defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
            return halfPoints is { } size && double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value / 2 : 10.5;
        }
    }

    /// <summary>
    /// The space above and below <paramref name="paragraph"/>, in points, and its style id (paragraphs of one
    /// style with contextual spacing set leave out the space between them).
    /// </summary>
    public (double Before, double After, bool Contextual, string? StyleId) SpacingOf(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var chain = new List<SpacingBetweenLines>();
        var contextual = paragraph.ParagraphProperties?.ContextualSpacing is not null;
        if (paragraph.ParagraphProperties?.SpacingBetweenLines is { } own)
        {
            chain.Add(own);
        }

        var id = styleId;
        for (var depth = 0; id is not null && depth <= MaxDepth && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.SpacingBetweenLines is { } spacing)
            {
                chain.Add(spacing);
            }

            contextual |= style.StyleParagraphProperties?.ContextualSpacing is not null;
            id = style.BasedOn?.Val?.Value;
        }

        if (_defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines is { } defaults)
        {
            chain.Add(defaults);
        }

        return (Points(chain, s => s.Before?.Value, s => s.BeforeLines?.Value, s => s.BeforeAutoSpacing?.Value),
            Points(chain, s => s.After?.Value, s => s.AfterLines?.Value, s => s.AfterAutoSpacing?.Value),
            contextual,
            styleId);
    }

    // The first element of the chain that sets the value wins; lines are hundredths of a line
    // (taken as 1.2 of the body size), automatic spacing is what Word gives it (14 points).
    private double Points(List<SpacingBetweenLines> chain, Func<SpacingBetweenLines, string?> twips, Func<SpacingBetweenLines, int?> lines, Func<SpacingBetweenLines, bool?> auto)
    {
        foreach (var spacing in chain)
        {
            if (auto(spacing) == true)
            {
                return 14;
            }

            if (lines(spacing) is { } hundredths)
            {
                return hundredths / 100.0 * 1.2 * BodySize;
            }

            if (twips(spacing) is { } value && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed / 20;
            }
        }

        return 0;
    }

    /// <summary>The numbering the paragraph's style (or a style it is based on) gives it, or null.</summary>
    public NumberingProperties? StyleNumbering(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth <= MaxDepth && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return null;
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
