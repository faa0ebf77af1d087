using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads the visible article text of an HTML page. Scripts, styles, forms, navigation, site
/// header and footer, sidebars, share links and page controls (打印, 全屏, 字号 大 中 小, 关闭窗口)
/// are removed; each block element (p, div, li, tr, h1 ...) becomes its own line.
/// </summary>
public sealed partial class HtmlLoader : IDocumentLoader
{
    private static readonly HashSet<string> RemovedElements =
    [
        "head", "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "frame",
        "object", "embed", "svg", "canvas", "button", "select", "input", "textarea", "audio", "video", "map",
    ];

    private static readonly HashSet<string> RemovedRoles =
    [
        "navigation", "banner", "contentinfo", "search", "complementary", "toolbar", "menu", "menubar",
    ];

    // Words that mark page furniture anywhere in a class or id ("top-nav", "bdsharebuttonbox").
    private static readonly HashSet<string> BoilerplateWords =
    [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "share",
        "bdsharebuttonbox", "social", "toolbar", "sidebar", "copyright",
    ];

    // Names that mark page furniture only as a whole class or id: "header" is the site banner, but
    // "article-header" holds the title.
    private static readonly HashSet<string> BoilerplateNames =
    [
        "header", "footer", "head", "foot", "top", "bottom", "banner",
    ];

    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    ];

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".shtml", ".xhtml"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        var decoded = TextDecoding.Decode(content.Span);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var root = document.Body ?? document.DocumentElement;
        RemoveBoilerplate(root);

        var raw = new StringBuilder();
        AppendText(root, raw, preformatted: false);
        var lines = raw.ToString()
            .Split('\n')
            .Select(line => HtmlBoilerplate.CleanLine(TidySpaces(line)))
            .OfType<string>()
            .Where(line => line.Length > 0);
        return new LoadedDocument(path, string.Join('\n', lines), "html", decoded.Encoding);
    }

    private static void RemoveBoilerplate(IElement root)
    {
        var pageTextLength = root.TextContent.Length;
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (IsBoilerplate(element, pageTextLength))
            {
                element.Remove();
            }
        }
    }

    private static bool IsBoilerplate(IElement element, int pageTextLength)
    {
        var name = element.LocalName;
        if (RemovedElements.Contains(name) || element.HasAttribute("hidden"))
        {
            return true;
        }

        // A header or footer inside the article holds its title or byline: keep those.
        if (name is "header" or "footer" && element.ParentElement?.Closest("article, main") is null)
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && RemovedRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        // A table cell may well hold just 大 or 中 as data.
        var text = element.TextContent;
        if (name is not ("td" or "th") && !string.IsNullOrWhiteSpace(text) && HtmlBoilerplate.IsControlText(text))
        {
            return true;
        }

        // Class names are a weaker sign: never let one take away most of the page.
        return HasBoilerplateName(element) && text.Length < pageTextLength / 2;
    }

    private static bool HasBoilerplateName(IElement element)
    {
        var names = $"{element.GetAttribute("class")} {element.Id}".ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return names.Any(name => BoilerplateNames.Contains(name) || NameWords().Split(name).Any(BoilerplateWords.Contains));
    }

    private static void AppendText(INode node, StringBuilder text, bool preformatted)
    {
        if (node is IText textNode)
        {
            text.Append(preformatted ? textNode.Data : CollapsibleSpace().Replace(textNode.Data, " "));
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            text.Append('\n');
            return;
        }

        var block = BlockElements.Contains(name);
        if (block)
        {
            text.Append('\n');
        }

        foreach (var child in element.ChildNodes)
        {
            AppendText(child, text, preformatted || name == "pre");
        }

        if (name is "td" or "th")
        {
            text.Append('\t');
        }

        if (block)
        {
            text.Append('\n');
        }
    }

    // Cells are separated by one tab, words by one space; ends are trimmed (with the full-width
    // indent of Chinese paragraphs, which is layout, not text).
    private static string TidySpaces(string line) =>
        RepeatedSpace().Replace(SpacedTab().Replace(line, "\t"), " ").Trim();

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex CollapsibleSpace();

    [GeneratedRegex(@" *\t[ \t]*")]
    private static partial Regex SpacedTab();

    [GeneratedRegex(" {2,}")]
    private static partial Regex RepeatedSpace();

    [GeneratedRegex("[^a-z]+")]
    private static partial Regex NameWords();
}
