using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents.HtmlPages;

/// <summary>One CMS layout: a whole article page with <c>{{placeholders}}</c> where the article goes.</summary>
/// <param name="Name">The file name without its extension (trs-wcm).</param>
/// <param name="Cms">What kind of site it imitates.</param>
/// <param name="DateFormat">How its info line writes the date (yyyy-MM-dd, yyyy年M月d日).</param>
/// <param name="Encoding">utf-8 or gb2312.</param>
/// <param name="SubtitleIsHeading">Whether the subtitle is an h2 (kept as <c>## …</c>) or a plain line.</param>
/// <param name="Round">1 for the layouts written with the loader; 2 and 3 for those written after its rules were settled, to measure them on layouts they had not seen.</param>
/// <param name="Template">The page.</param>
public sealed record PageLayout(string Name, string Cms, string DateFormat, string Encoding, bool SubtitleIsHeading, int Round, string Template);

/// <summary>An article to put in a layout: its metadata and its text (paragraphs between blank lines).</summary>
/// <param name="Name">The file name without its extension.</param>
/// <param name="Title">The headline.</param>
/// <param name="Subtitle">A subtitle under it (——记…), if any.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Source">The publisher named after 来源.</param>
/// <param name="Author">The author the info line names (in layouts that have one).</param>
/// <param name="Byline">The byline the article's text opens with (记者 … 通讯员 …), if any: the author when the info line names none.</param>
/// <param name="Body">The text: paragraphs between blank lines, Markdown headings, tab-separated table rows.</param>
public sealed record PageArticle(string Name, string Title, string? Subtitle, DateOnly Date, string Source, string? Author, string? Byline, string Body);

/// <summary>A page built from a layout and an article, with what the loader should make of it.</summary>
/// <param name="Layout">The layout's name.</param>
/// <param name="Article">The article's name.</param>
/// <param name="Bytes">The page as saved (in the layout's encoding).</param>
/// <param name="ExpectedText">The article: its title as a <c># </c> heading, then its paragraphs.</param>
/// <param name="ExpectedMetadata">Title, date as the info line writes it, source, author (if the layout shows one).</param>
public sealed record SavedPage(string Layout, string Article, byte[] Bytes, string ExpectedText, DocumentMetadata ExpectedMetadata);

/// <summary>
/// The article pages of <c>HtmlPages/</c>: layouts of common Chinese government and CPPCC sites,
/// filled with articles written for these tests or with the seed documents. A page is built the
/// way a CMS builds it: the template's placeholders (<c>{{title}}</c>, <c>{{date}}</c>,
/// <c>{{source}}</c>, <c>{{author}}</c>, <c>{{subtitle}}</c>, <c>{{pubdate}}</c>,
/// <c>{{isodate}}</c>, <c>{{body:STYLE}}</c>) are replaced; a template line whose placeholders
/// are all empty is left out. The body styles are those of the genre: <c>p</c> (one &lt;p&gt; a
/// paragraph, &lt;br&gt; between its lines, &lt;hN&gt; for Markdown headings, a table for
/// tab-separated lines), <c>indent</c> (the same, indented by CSS), <c>nbsp</c> (indented by
/// &amp;nbsp;), <c>span</c> (a styled span in each &lt;p&gt;, as WeChat articles are), <c>br</c> (text
/// and &lt;br&gt;, each paragraph indented by two ideographic spaces) and <c>br2</c> (text, paragraphs
/// between &lt;br&gt;&lt;br&gt;). In the last three, headings are bold lines, so the expected text has
/// them as plain lines. Metadata the layout does not show is expected null.
/// </summary>
public sealed partial class SavedPages
{
    private SavedPages(IReadOnlyList<PageLayout> layouts, IReadOnlyList<PageArticle> articles, IReadOnlyList<PageArticle> seeds)
    {
        Layouts = layouts;
        Articles = articles;
        Seeds = seeds;
    }

    public IReadOnlyList<PageLayout> Layouts { get; }

    public IReadOnlyList<PageArticle> Articles { get; }

    /// <summary>The seed documents with the title, date and source a site would give them.</summary>
    public IReadOnlyList<PageArticle> Seeds { get; }

    /// <summary>Reads <c>pages.json</c> in <paramref name="folder"/>; the seeds come from <paramref name="seedsFolder"/>.</summary>
    public static SavedPages Load(string folder, string seedsFolder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "pages.json")));
        var root = manifest.RootElement;
        var layouts = root.GetProperty("layouts").EnumerateArray().Select(layout => new PageLayout(
            Path.GetFileNameWithoutExtension(layout.GetProperty("file").GetString()!),
            layout.GetProperty("cms").GetString()!,
            layout.GetProperty("dateFormat").GetString()!,
            layout.GetProperty("encoding").GetString()!,
            layout.GetProperty("subtitle").GetString() == "heading",
            layout.TryGetProperty("round", out var round) ? round.GetInt32() : 1,
            File.ReadAllText(Path.Combine(folder, "layouts", layout.GetProperty("file").GetString()!)))).ToList();
        var articles = root.GetProperty("articles").EnumerateArray().Select(a => ReadArticle(a, folder)).ToList();
        var seeds = root.GetProperty("seeds").EnumerateArray().Select(a => ReadArticle(a, seedsFolder)).ToList();
        return new SavedPages(layouts, articles, seeds);
    }

    /// <summary>The folder of this file in the test output (the tests copy HtmlPages/ there).</summary>
    public static SavedPages FromTestOutput() => Load(
        Path.Combine(AppContext.BaseDirectory, "Documents", "HtmlPages"),
        Path.Combine(AppContext.BaseDirectory, "seeds"));

    /// <summary>Every layout with every article written for the tests.</summary>
    public IEnumerable<SavedPage> ArticlePages() =>
        from layout in Layouts from article in Articles select Build(layout, article);

    /// <summary>Every layout with every seed.</summary>
    public IEnumerable<SavedPage> SeedPages() =>
        from layout in Layouts from seed in Seeds select Build(layout, seed);

    public SavedPage Build(PageLayout layout, PageArticle article)
    {
        var date = article.Date.ToString(layout.DateFormat, CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["title"] = Escape(article.Title),
            ["subtitle"] = article.Subtitle is null ? null : Escape(article.Subtitle),
            ["date"] = date,
            ["pubdate"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 09:30",
            ["isodate"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:30:00+08:00",
            ["source"] = Escape(article.Source),
            ["author"] = article.Author is null ? null : Escape(article.Author),
        };

        var page = new StringBuilder();
        string? bodyStyle = null;
        foreach (var line in layout.Template.Split('\n'))
        {
            var names = Placeholder().Matches(line).Select(m => m.Groups[1].Value).ToList();
            if (names.Count > 0 && names.All(name => !name.StartsWith("body", StringComparison.Ordinal) && values[name] is null))
            {
                continue;
            }

            page.Append(Placeholder().Replace(line, m =>
            {
                var name = m.Groups[1].Value;
                if (!name.StartsWith("body", StringComparison.Ordinal))
                {
                    return values[name] ?? "";
                }

                bodyStyle = m.Groups[2].Success ? m.Groups[2].Value : "p";
                return RenderBody(Paragraphs(article.Body), bodyStyle);
            })).Append('\n');
        }

        var bytes = layout.Encoding == "gb2312"
            ? System.Text.Encoding.GetEncoding(936).GetBytes(page.ToString())
            : System.Text.Encoding.UTF8.GetBytes(page.ToString());
        var headings = bodyStyle is not ("br" or "br2" or "span");
        bool Shows(string name) => layout.Template.Contains("{{" + name + "}}", StringComparison.Ordinal);
        var metadata = new DocumentMetadata(
            article.Title,
            Shows("date") || Shows("pubdate") || Shows("isodate") ? date : null,
            Shows("source") ? article.Source : null,
            (Shows("author") ? article.Author : null) ?? article.Byline);
        return new SavedPage(layout.Name, article.Name, bytes, ExpectedText(layout, article, headings), metadata);
    }

    /// <summary>The paragraphs of a text: groups of trimmed lines between blank lines.</summary>
    public static List<List<string>> Paragraphs(string text)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    private static string ExpectedText(PageLayout layout, PageArticle article, bool headings)
    {
        var parts = new List<string> { "# " + article.Title };
        if (article.Subtitle is not null && layout.Template.Contains("{{subtitle}}", StringComparison.Ordinal))
        {
            parts.Add((layout.SubtitleIsHeading ? "## " : "") + article.Subtitle);
        }

        var paragraphs = Paragraphs(article.Body);

        // A body that opens with the title line (as the seeds do) shows it once.
        if (paragraphs.Count > 0 && paragraphs[0] is [var first] && MarkdownHeading().Replace(first, "") == article.Title)
        {
            paragraphs.RemoveAt(0);
        }

        foreach (var paragraph in paragraphs)
        {
            var lines = paragraph.Select(line => headings ? line : MarkdownHeading().Replace(line, ""));
            parts.Add(string.Join('\n', lines));
        }

        return string.Join("\n\n", parts);
    }

    private static string RenderBody(List<List<string>> paragraphs, string style)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.All(line => line.Contains('\t', StringComparison.Ordinal)))
            {
                html.Append("<table border=\"1\" cellspacing=\"0\">");
                foreach (var row in paragraph)
                {
                    html.Append("<tr>").AppendJoin("", row.Split('\t').Select(cell => $"<td>{Escape(cell)}</td>")).Append("</tr>");
                }

                html.Append("</table>\n");
                continue;
            }

            var heading = paragraph is [var only] ? MarkdownHeading().Match(only) : Match.Empty;
            var text = heading.Success
                ? Escape(paragraph[0][heading.Length..])
                : string.Join("<br>", paragraph.Select(Escape));
            html.Append((style, heading.Success) switch
            {
                ("br", true) => $"　　<b>{text}</b><br>\n",
                ("br", false) => $"　　{text}<br>\n",
                ("br2", true) => $"<b>{text}</b><br><br>\n",
                ("br2", false) => $"{text}<br><br>\n",
                ("span", true) => $"<p style=\"text-align: center;\"><strong><span style=\"font-size: 17px;\">{text}</span></strong></p>\n",
                ("span", false) => $"<p style=\"text-indent: 2em;\"><span style=\"font-size: 15px;\">{text}</span></p>\n",
                (_, true) => $"<h{heading.Groups[1].Length}>{text}</h{heading.Groups[1].Length}>\n",
                ("indent", false) => $"<p style=\"text-indent: 2em;\">{text}</p>\n",
                ("nbsp", false) => $"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>\n",
                _ => $"<p>{text}</p>\n",
            });
        }

        return html.ToString();
    }

    private static PageArticle ReadArticle(JsonElement entry, string folder)
    {
        var file = entry.GetProperty("file").GetString()!;
        return new PageArticle(
            Path.GetFileNameWithoutExtension(file),
            entry.GetProperty("title").GetString()!,
            entry.TryGetProperty("subtitle", out var subtitle) ? subtitle.GetString() : null,
            DateOnly.ParseExact(entry.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            entry.GetProperty("source").GetString()!,
            entry.TryGetProperty("author", out var author) ? author.GetString() : null,
            entry.TryGetProperty("byline", out var byline) ? byline.GetString() : null,
            File.ReadAllText(Path.Combine(folder, file)));
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\{\{(\w+)(?::(\w+))?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(#{1,6}) ")]
    private static partial Regex MarkdownHeading();
}
