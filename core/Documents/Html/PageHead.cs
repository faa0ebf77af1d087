using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// What a page's head says about the article: the <c>&lt;title&gt;</c>, the article title, date
/// and source of its meta tags (Open Graph; the government site standard's ArticleTitle, PubDate,
/// ContentSource), and the site's own name, which is not a title.
/// </summary>
internal sealed partial class PageHead
{
    private static readonly string[] TitleNames = ["ArticleTitle", "og:title", "twitter:title", "dc.title"];

    private static readonly string[] DateNames =
    [
        "PubDate", "publishdate", "publish_date", "publishtime", "pubtime", "article:published_time", "og:release_date",
        "datePublished", "dc.date.issued", "dc.date", "dcterms.issued", "firstpublishedtime",
    ];

    private static readonly string[] SourceNames = ["ContentSource", "source", "og:source"];

    private static readonly string[] SiteNameMetas = ["SiteName", "og:site_name", "application-name"];

    private readonly string? _compactDocumentTitle;
    private readonly string? _compactMetaTitle;
    private readonly HashSet<string> _compactSiteNames;

    private PageHead(string? documentTitle, string? metaTitle, string? metaDate, string? metaSource, IReadOnlyList<string> siteNames)
    {
        DocumentTitle = documentTitle;
        _compactDocumentTitle = documentTitle is null ? null : Compact(documentTitle);
        _compactMetaTitle = metaTitle is null ? null : Compact(metaTitle);
        _compactSiteNames = siteNames.Select(Compact).ToHashSet(StringComparer.Ordinal);
        MetaTitle = metaTitle;
        MetaDate = metaDate;
        MetaSource = metaSource;
        SiteNames = siteNames;
    }

    /// <summary>The text of <c>&lt;title&gt;</c>, with its site and column names.</summary>
    public string? DocumentTitle { get; }

    /// <summary>The article's title from the meta tags.</summary>
    public string? MetaTitle { get; }

    /// <summary>The publication date from the meta tags, as written, without the time.</summary>
    public string? MetaDate { get; }

    public string? MetaSource { get; }

    /// <summary>The site's and the column's names: never the article's title.</summary>
    public IReadOnlyList<string> SiteNames { get; }

    public static PageHead Read(IDocument document)
    {
        var metas = document.QuerySelectorAll("meta")
            .Select(meta => (Name: meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop"), Content: Tidy(meta.GetAttribute("content"))))
            .Where(meta => meta.Name is not null && meta.Content is not null)
            .ToList();
        string? Meta(IEnumerable<string> names) => names
            .Select(name => metas.FirstOrDefault(meta => string.Equals(meta.Name, name, StringComparison.OrdinalIgnoreCase)).Content)
            .FirstOrDefault(content => content is not null);

        var date = Meta(DateNames) is { } written ? InfoLine.DateAtStart(written) : null;
        var siteNames = SiteNameMetas.Append("ColumnName")
            .Select(name => Meta([name]))
            .OfType<string>()
            .ToList();
        return new PageHead(Tidy(document.Title), Meta(TitleNames), date, Meta(SourceNames), siteNames);
    }

    /// <summary>
    /// The article's title when the page shows none: the meta title, else the longest part of
    /// <c>&lt;title&gt;</c> between separators (<c>_栏目_站点</c>, <c> - 站点</c>, <c>|站点</c>, <c>--站点</c>; not ——, which
    /// opens a subtitle)
    /// that is not the site's or the column's name.
    /// </summary>
    public string? TitleWithoutSite()
    {
        if (MetaTitle is not null)
        {
            return MetaTitle;
        }

        if (DocumentTitle is null)
        {
            return null;
        }

        return TitleSeparator().Split(DocumentTitle)
            .Select(part => part.Trim())
            .Where(part => part.Length > 0 && !SiteNames.Contains(part))
            .OrderByDescending(part => part.Length)
            .FirstOrDefault();
    }

    /// <summary>Whether <paramref name="text"/> could be the article's title by what the head says.</summary>
    public TitleMatch Match(string text)
    {
        var compact = Compact(text);
        if (compact.Length < 2 || _compactSiteNames.Contains(compact))
        {
            return TitleMatch.None;
        }

        if (_compactMetaTitle == compact)
        {
            return TitleMatch.Exact;
        }

        return _compactDocumentTitle is not null && compact.Length >= 4 && _compactDocumentTitle.Contains(compact, StringComparison.Ordinal)
            ? TitleMatch.InDocumentTitle
            : TitleMatch.None;
    }

    /// <summary>Text without whitespace, to compare titles however they are spaced.</summary>
    public static string Compact(string text) => Whitespace().Replace(text, "");

    private static string? Tidy(string? text)
    {
        var tidy = text is null ? null : Whitespace().Replace(text, " ").Trim();
        return string.IsNullOrEmpty(tidy) ? null : tidy;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(?:_|\||｜|--|\s[-–—]\s)\s*")]
    private static partial Regex TitleSeparator();
}

/// <summary>How well an element's text agrees with the head's title.</summary>
internal enum TitleMatch
{
    None,

    /// <summary>Contained in <c>&lt;title&gt;</c>, which also holds the site's name.</summary>
    InDocumentTitle,

    /// <summary>Equal to the meta title.</summary>
    Exact,
}
