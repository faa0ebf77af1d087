using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>Where a block stands relative to the headline and the article's container.</summary>
internal enum PageZone
{
    /// <summary>Before the headline (or the container, when there is no headline): site banner, breadcrumbs.</summary>
    Before,

    /// <summary>The headline itself.</summary>
    Title,

    /// <summary>Between the headline and the container: subtitle, info line, page controls.</summary>
    Head,

    /// <summary>The article.</summary>
    Content,

    /// <summary>After the container: share bar, related news, comments, footer.</summary>
    Tail,
}

/// <summary>
/// Splits a page's blocks by the headline element and the article's container (the element
/// that holds the page's prose: paragraphs with sentence punctuation and few links).
/// </summary>
internal sealed class PageZones
{
    // How much a character of text that is not prose counts against an element holding it.
    private const double OtherTextWeight = 0.5;

    private static readonly HashSet<string> ParagraphElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "figcaption", "caption", "address", "summary", "legend",
    ];

    private readonly DocumentOrder _order;
    private readonly IElement? _title;
    private readonly IElement _container;

    public PageZones(DocumentOrder order, IElement? title, IElement container)
    {
        _order = order;
        _container = container;

        // A headline after the article, or around it, says nothing about where the article starts.
        _title = title is not null && (order.Contains(container, order.Position(title)) || order.End(title) < order.Position(container))
            ? title
            : null;
    }

    public IElement Container => _container;

    public PageZone Of(PageBlock block)
    {
        var position = block.Position;
        if (_title is not null && _order.Contains(_title, position))
        {
            return PageZone.Title;
        }

        if (_order.Contains(_container, position))
        {
            return _title is not null && position < _order.Position(_title) ? PageZone.Before : PageZone.Content;
        }

        if (position > _order.End(_container))
        {
            return PageZone.Tail;
        }

        return _title is not null && position > _order.End(_title) ? PageZone.Head : PageZone.Before;
    }

    /// <summary>
    /// The element that holds the article: of the elements that hold prose (a paragraph's
    /// container, or a div or cell with text of its own), the one with the most prose less half its other text (headings, short lines, links outside furniture), the
    /// deepest on a tie. A wrapper that adds a sidebar's summaries or a comment box's notice
    /// adds more other text than prose; the article's own container holds all its paragraphs.
    /// Null when the page has no prose.
    /// </summary>
    public static IElement? FindContainer(IReadOnlyList<PageBlock> blocks)
    {
        var scores = new Dictionary<IElement, (int Prose, int Other, int Depth)>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks.Where(b => !b.IsFurniture))
        {
            var prose = ProseWeight(block);
            var other = block.VisibleCharacters - prose;
            // A paragraph is held by a container, never a container itself; text straight in a div or a cell is.
            var holder = ParagraphElements.Contains(block.Owner.LocalName) ? block.Owner.ParentElement : block.Owner;
            var depth = 0;
            for (var e = holder; e is not null; e = e.ParentElement)
            {
                depth++;
            }

            for (var e = holder; e is not null; e = e.ParentElement, depth--)
            {
                var (p, o, _) = scores.GetValueOrDefault(e);
                scores[e] = (p + prose, o + other, depth);
            }
        }

        return scores.Where(s => s.Value.Prose > 0)
            .OrderByDescending(s => s.Value.Prose - (OtherTextWeight * s.Value.Other))
            .ThenByDescending(s => s.Value.Depth)
            .Select(s => s.Key)
            .FirstOrDefault();
    }

    /// <summary>A paragraph of prose: sentence punctuation, more text than links, not a heading.</summary>
    public static bool IsProse(PageBlock block) =>
        !block.IsFurniture && !block.IsHeading && block.LinkDensity < 0.5 && block.Text.Any(ElementStatistics.IsSentencePunctuation);

    private static int ProseWeight(PageBlock block) => IsProse(block) ? block.VisibleCharacters - block.LinkCharacters : 0;
}
