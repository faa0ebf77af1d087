using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Tells a real title in a PDF's or Word file's properties from what producers leave there: a
/// file name (<c>report.txt</c>, <c>Microsoft Word - 工作报告.doc</c>, a path, a stem of letters
/// and digits such as <c>g001</c> or <c>scan_0003</c> that a page printed from a file keeps), or a placeholder
/// (<c>Untitled</c>, <c>无标题</c>, <c>Document1</c>, <c>新建 Microsoft Word 文档</c>).
/// </summary>
internal static partial class DocumentTitles
{
    public const int MaxLength = 200;

    /// <summary>The trimmed, glyph-folded title, or null when there is no real one.</summary>
    public static string? RealTitle(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var title = GlyphFolding.Fold(value.Trim());
        var real = title.Length <= MaxLength
            && title.Any(char.IsLetter)
            && !FileName().IsMatch(title)
            && !Placeholder().IsMatch(title);
        return real ? title : null;
    }

    [GeneratedRegex(@"(?:\.(?:txt|md|html?|mht|docx?|dotx?|wps|rtf|odt|pdf|xlsx?|pptx?)$)|[/\\]|^Microsoft (?:Word|PowerPoint|Excel) - |^(?=\S*\d)[A-Za-z0-9_.\-]{1,32}$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(?:untitled|无标题|未命名|document\s*\d*|文档\s*\d*|新建.*文档|title|标题|PowerPoint Presentation)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
