using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Finds the element that shows the article's headline. The head says what it is (the meta
/// title, or <c>&lt;title&gt;</c>, which adds the site's and column's names); the page may show it
/// in an <c>&lt;h1&gt;</c>, in a styled <c>&lt;td&gt;</c> or <c>&lt;font&gt;</c>, and repeat it in a
/// breadcrumb or a list of links. So: the element whose text equals the meta title, else the
/// longest text that <c>&lt;title&gt;</c> contains, else the first <c>&lt;h1&gt;</c>; ties go to a
/// block over an inline element, then to the first in the page (the headline comes before the
/// article, which may repeat it), and a block to the heading inside it with the same text. A
/// cell of a data table (an information-disclosure page's 名称 row) is not a headline. Links and furniture never count:
/// a related-news list repeats titles, a site header shows the site's name.
/// </summary>
internal static partial class PageTitle
{
    private const int MaxTitleCharacters = 200;

    /// <summary>The headline element and its text (whitespace tidied), or null.</summary>
    public static (IElement Element, string Text)? Find(IElement root, PageHead head, ElementStatistics statistics, IReadOnlySet<IElement> furniture)
    {
        var candidates = new List<Candidate>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (furniture.Contains(element) || element.LocalName == "a")
            {
                continue;
            }

            DocumentOrder.PushChildren(pending, element);

            var counts = statistics[element];
            if (counts.Characters is 0 or > MaxTitleCharacters || counts.LinkCharacters * 2 > counts.Characters)
            {
                continue;
            }

            // A cell of a data table (名称：| 标题) is data about the page, not its headline.
            if (element.LocalName is "td" or "th" && element.Closest("table") is { } table && PageBlockReader.IsDataTable(table))
            {
                continue;
            }

            var text = Tidy(element.TextContent);
            var match = head.Match(text);
            if (match != TitleMatch.None || element.LocalName == "h1")
            {
                candidates.Add(new Candidate(element, text, match, candidates.Count));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        // The best match; for texts within <title>, the longest; a block before an inline element; the first in the page.
        var best = candidates
            .OrderByDescending(c => c.Match)
            .ThenByDescending(c => c.Match == TitleMatch.InDocumentTitle ? c.Text.Length : 0)
            .ThenByDescending(c => c.IsHeading || PageBlockReader.IsBlock(c.Element))
            .ThenBy(c => c.Order)
            .First();

        // <div class="title"><h1>…</h1></div>: the heading inside, with the same text.
        var heading = candidates.FirstOrDefault(c => c.IsHeading && c.Text == best.Text && best.Element.Contains(c.Element));
        var found = heading ?? best;
        return (found.Element, found.Text);
    }

    /// <summary>Whitespace (and the line breaks of a two-line headline) as single spaces, trimmed.</summary>
    public static string Tidy(string text) => Whitespace().Replace(text, " ").Trim();

    private sealed record Candidate(IElement Element, string Text, TitleMatch Match, int Order)
    {
        public bool IsHeading => Element.LocalName is ['h', >= '1' and <= '6'];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
