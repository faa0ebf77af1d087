using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Benchmarks.WebPages;

/// <summary>
/// How much of an article a reader kept and how much of the page's furniture it dropped,
/// counted in visible characters (whitespace and Markdown heading marks do not count).
/// </summary>
/// <remarks>
/// The characters kept are those of the longest common subsequence of the expected article and
/// the reader's text; the furniture is every visible character of the page that is not the
/// article's, and what leaks of it is whatever the reader's text holds beyond the common part.
/// </remarks>
internal static class ArticleScore
{
    private static readonly HashSet<string> Invisible = ["script", "style", "noscript", "template", "head"];

    /// <returns>The share of the article's characters kept and the share of the furniture's dropped.</returns>
    public static (double Kept, double Dropped) Score(string pageHtml, string expectedArticle, string readText)
    {
        var article = Visible(expectedArticle);
        var read = Visible(readText);
        var common = CommonLength(article, read);
        var furniture = Math.Max(1, PageCharacters(pageHtml) - article.Length);
        var leaked = read.Length - common;
        return ((double)common / Math.Max(1, article.Length), 1 - ((double)leaked / furniture));
    }

    /// <summary>Non-whitespace characters of the page a browser shows: the body without scripts and styles.</summary>
    public static int PageCharacters(string pageHtml)
    {
        var document = new HtmlParser().ParseDocument(pageHtml);
        foreach (var element in document.QuerySelectorAll("*").Where(e => Invisible.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        return Visible(document.Body?.TextContent ?? "").Length;
    }

    /// <summary>The text without whitespace and without the <c>#</c> marks of Markdown headings.</summary>
    public static string Visible(string text) =>
        string.Concat(text.Split('\n').Select(line => line.TrimStart().TrimStart('#')).SelectMany(line => line.Where(c => !char.IsWhiteSpace(c))));

    /// <summary>
    /// The length of the longest common subsequence, by Myers' O((N+M)D) difference algorithm:
    /// fast when the texts mostly agree, as a reader's text and its article do.
    /// </summary>
    public static int CommonLength(string a, string b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        var furthest = new int[(2 * max) + 2];
        for (var d = 0; d <= max; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var down = k == -d || (k != d && furthest[max + k - 1] < furthest[max + k + 1]);
                var x = down ? furthest[max + k + 1] : furthest[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                furthest[max + k] = x;
                if (x >= n && y >= m)
                {
                    return (n + m - d) / 2;
                }
            }
        }

        return 0;
    }
}
