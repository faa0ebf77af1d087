using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>How a page is set: the CJK font and whether the text runs in two columns.</summary>
internal sealed record PageStyle(string FontFamily, bool TwoColumns = false)
{
    public static PageStyle Sans { get; } = new("Noto Sans CJK SC");

    public static PageStyle Serif { get; } = new("Noto Serif CJK SC");
}

/// <summary>
/// Lays a plain-text document out as a simple web page, the way a person would before printing
/// it or saving it as Word: a Markdown heading line (<c>## 标题</c>) becomes a heading of that
/// level and every other line a paragraph, with space above it where the text has a blank line.
/// A text that does not separate its paragraphs with blank lines gets what Chinese documents
/// use instead: an indent of two characters on the first line. Paragraph spacing is written on
/// each paragraph in points: LibreOffice's HTML import keeps inline styles in absolute units and
/// puts its own spacing on paragraphs styled otherwise.
/// </summary>
internal static partial class HtmlPages
{
    public static string FromText(string text, string title, PageStyle style)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var indent = SeparatesParagraphsWithBlankLines(lines) ? "" : " text-indent: 24pt;";
        var body = new StringBuilder();
        var afterBlank = false;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.Length == 0)
            {
                afterBlank = body.Length > 0;
                continue;
            }

            var heading = MarkdownHeading().Match(line);
            var spaced = $" style=\"margin-top: {(afterBlank ? 10 : 0)}pt; margin-bottom: 0pt;{indent}\"";
            body.Append(heading.Success
                ? $"<h{heading.Groups[1].Length}>{WebUtility.HtmlEncode(heading.Groups[2].Value)}</h{heading.Groups[1].Length}>\n"
                : $"<p{spaced}>{WebUtility.HtmlEncode(line)}</p>\n");
            afterBlank = false;
        }

        var columns = style.TwoColumns ? "body { column-count: 2; column-gap: 2.5em; }" : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>
            body { font-family: '{{style.FontFamily}}'; font-size: 12pt; line-height: 1.6; }
            {{columns}}
            </style>
            </head>
            <body>
            {{body}}</body>
            </html>
            """;
    }

    /// <summary>Most paragraphs stand between blank lines.</summary>
    private static bool SeparatesParagraphsWithBlankLines(string[] lines)
    {
        var nonBlank = lines.Count(l => l.Trim().Length > 0);
        var followedByBlank = lines.Where((l, i) => l.Trim().Length > 0 && i + 1 < lines.Length && lines[i + 1].Trim().Length == 0).Count();
        return followedByBlank * 2 >= nonBlank;
    }

    [GeneratedRegex(@"^(#{1,6}) (.+)$")]
    private static partial Regex MarkdownHeading();
}
