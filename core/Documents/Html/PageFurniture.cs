using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Finds the page furniture around an article: navigation, breadcrumbs, share bars, related and
/// hot news lists, comment boxes, sidebars, headers and footers. Signs, strongest first: the
/// element (nav, aside, a site header or footer), its ARIA role, its class or id (nav, crumb,
/// share, related, xgxw …), a heading such as 相关新闻 over links, and link density (a list of
/// links). None of them may take an element that holds half of the page's prose.
/// </summary>
internal static partial class PageFurniture
{
    // Page controls are short: 【字号：大 中 小】 【打印本页】 【关闭窗口】 【返回顶部】.
    private const int MaxControlCharacters = 60;

    private static readonly HashSet<string> InvisibleElements =
    [
        "head", "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas",
        "button", "select", "input", "textarea", "audio", "video", "map", "title", "link", "meta",
    ];

    private static readonly HashSet<string> FurnitureRoles =
    [
        "navigation", "banner", "contentinfo", "search", "complementary", "toolbar", "menu", "menubar",
    ];

    // Words that mark furniture anywhere in a class or id ("top-nav", "bdsharebuttonbox", "bt-position").
    private static readonly HashSet<string> FurnitureWords =
    [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location",
        "dqwz", "share", "sharebar", "bdshare", "bdsharebuttonbox", "social", "toolbar", "sidebar", "side", "copyright",
        "footer", "foot", "bottom", "topbar", "comment", "comments", "pinglun", "related", "relate", "xgxw", "xgwz",
        "xgxx", "xglj", "xgyd", "recommend", "tuijian", "hot", "hotnews", "ranking", "prevnext", "prev", "next",
        "fontsize", "zihao", "qrcode", "ewm", "erweima", "search", "logo", "friendlink", "yqlj", "advert", "ads",
    ];

    // Words long and particular enough to mark furniture glued to another word as well.
    private static readonly string[] FurnitureAffixes =
    [
        "breadcrumb", "crumb", "share", "sidebar", "copyright", "footer", "comment", "pinglun", "related", "recommend",
        "tuijian", "hotnews", "qrcode", "erweima", "navbar", "friendlink",
    ];

    // Names that mark furniture only as a whole class or id: "header" is the site banner, but
    // "article-header" holds the title.
    private static readonly HashSet<string> FurnitureNames = ["header", "head", "top", "banner", "links"];

    // Headings of the lists that follow an article on news sites.
    private static readonly string[] FurnitureHeadings =
    [
        "相关新闻", "相关阅读", "相关文章", "相关链接", "相关信息", "相关报道", "相关稿件", "热点新闻", "热门新闻", "热点推荐",
        "热门推荐", "热门文章", "热点文章", "推荐阅读", "推荐新闻", "最新新闻", "最新文章", "最新动态", "猜你喜欢", "网友评论",
        "发表评论", "我要评论", "评论", "友情链接", "专题专栏", "图片新闻", "点击排行", "阅读排行", "排行榜", "频道推荐", "延伸阅读", "精彩推荐",
    ];

    /// <summary>Removes what a reader never sees: scripts, styles, form controls, hidden elements.</summary>
    public static void RemoveInvisible(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().ToList())
        {
            if (element.Parent is not null && (InvisibleElements.Contains(element.LocalName) || IsHidden(element)))
            {
                element.Remove();
            }
        }
    }

    /// <summary>The outermost furniture elements under the statistics' root.</summary>
    public static HashSet<IElement> Find(ElementStatistics statistics)
    {
        var pageProse = statistics[statistics.Root].Punctuation;
        var furniture = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IElement>();
        pending.Push(statistics.Root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            var counts = statistics[element];
            if (element != statistics.Root && counts.Punctuation * 2 < Math.Max(pageProse, 1) && IsFurniture(element, counts))
            {
                furniture.Add(element);
                MarkListsAfterHeading(element, statistics, furniture);
                continue;
            }

            DocumentOrder.PushChildren(pending, element);
        }

        return furniture;
    }

    // Bullets, brackets and "more" links around a box heading (■相关新闻, 【相关阅读】, 相关新闻 更多>>),
    // besides white space, 更多 and "more" in any case.
    private static readonly SearchValues<char> DecorationCharacters = SearchValues.Create("■□●○◆◇▲△▶►▼·•・>»›:：【】[]()（）|｜");

    private static readonly int LongestHeading = FurnitureHeadings.Max(heading => heading.Length);

    /// <summary>Whether <paramref name="text"/> is the heading of a furniture list (相关新闻, 热点新闻 …).</summary>
    public static bool IsFurnitureHeading(string text)
    {
        // The text without its decoration, read until it is longer than any heading: it runs on every
        // line and unit of every document, and nearly all of them are long.
        Span<char> label = stackalloc char[LongestHeading + 1];
        var length = 0;
        for (var i = 0; i < text.Length;)
        {
            var rest = text.AsSpan(i);
            var skip = DecorationCharacters.Contains(rest[0]) || char.IsWhiteSpace(rest[0]) ? 1
                : rest.StartsWith("更多", StringComparison.Ordinal) ? 2
                : rest.StartsWith("more", StringComparison.OrdinalIgnoreCase) ? 4
                : 0;
            if (skip > 0)
            {
                i += skip;
                continue;
            }

            if (length == label.Length)
            {
                return false;
            }

            label[length++] = text[i++];
        }

        foreach (var heading in FurnitureHeadings)
        {
            if (label[..length].SequenceEqual(heading))
            {
                return length > 0;
            }
        }

        return false;
    }

    private static bool IsFurniture(IElement element, ElementCounts counts)
    {
        var name = element.LocalName;
        if (name is "nav" or "aside" or "form")
        {
            return true;
        }

        // A header or footer inside the article holds its title or byline: keep those.
        if (name is "header" or "footer" && element.ParentElement?.Closest("article, main") is null)
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        if (HasFurnitureName(element))
        {
            return true;
        }

        // A list of links, or a box that opens with 相关新闻 and is mostly links.
        if (counts.Links >= 3 && counts.LinkDensity >= 0.7)
        {
            return true;
        }

        if (counts.Links >= 1 && counts.LinkDensity >= 0.4 && IsFurnitureHeading(FirstText(element)))
        {
            return true;
        }

        // Page controls: 【打印】 【关闭窗口】, 字号：大 中 小. A table cell may well hold just 大 or 中 as data.
        return name is not ("td" or "th" or "body")
            && counts.Characters is > 0 and <= MaxControlCharacters
            && HtmlBoilerplate.IsControlText(element.TextContent);
    }

    /// <summary>
    /// A heading element that says 相关新闻 (and nothing else) takes the lists of links after it,
    /// up to the first sibling that is not one.
    /// </summary>
    private static void MarkListsAfterHeading(IElement element, ElementStatistics statistics, HashSet<IElement> furniture)
    {
        if (!IsFurnitureHeading(element.TextContent))
        {
            return;
        }

        var siblings = element.ParentElement?.ChildNodes.OfType<IElement>().SkipWhile(e => e != element).Skip(1) ?? [];
        foreach (var next in siblings)
        {
            var counts = statistics[next];
            if (counts.Links == 0 || counts.LinkDensity < 0.5)
            {
                return;
            }

            furniture.Add(next);
        }
    }

    private static bool HasFurnitureName(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        var names = $"{className} {id}".ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return names.Any(name => FurnitureNames.Contains(name) || NameWords().Split(name).Any(IsFurnitureWord));
    }

    // A word of a class name, or a longer word glued to another ("commentbox", "sharebtn", "newsfooter").
    private static bool IsFurnitureWord(string word) =>
        FurnitureWords.Contains(word)
        || FurnitureAffixes.Any(affix => word.Length > affix.Length && (word.StartsWith(affix, StringComparison.Ordinal) || word.EndsWith(affix, StringComparison.Ordinal)));

    private static string FirstText(IElement element) =>
        element.Descendants<IText>().Select(text => text.Data.Trim()).FirstOrDefault(text => text.Length > 0) ?? "";

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("[^a-z]+")]
    private static partial Regex NameWords();

}
