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
/// Splits a page's blocks by the headline element and the article's container: the element
/// that holds nine tenths of the page's prose (paragraphs with sentence punctuation and few
/// links), the nearest one that holds them all.
/// </summary>
internal sealed class PageZones
{
    private const double ContainerProseShare = 0.9;

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
    /// The nearest common ancestor of the blocks that together hold <see cref="ContainerProseShare"/>
    /// of the page's prose, the heaviest first; null when the page has no prose.
    /// </summary>
    public static IElement? FindContainer(IReadOnlyList<PageBlock> blocks)
    {
        var weighted = blocks.Select(block => (block.Owner, Weight: ProseWeight(block))).Where(b => b.Weight > 0).OrderByDescending(b => b.Weight).ToList();
        var total = weighted.Sum(b => b.Weight);
        if (total == 0)
        {
            return null;
        }

        IElement? container = null;
        var taken = 0;
        foreach (var (owner, weight) in weighted)
        {
            container = container is null ? owner : CommonAncestor(container, owner);
            taken += weight;
            if (taken >= total * ContainerProseShare)
            {
                break;
            }
        }

        return container;
    }

    /// <summary>A paragraph of prose: sentence punctuation, more text than links, not a heading.</summary>
    public static bool IsProse(PageBlock block) =>
        !block.IsFurniture && !block.IsHeading && block.LinkDensity < 0.5 && block.Text.Any(ElementStatistics.IsSentencePunctuation);

    private static int ProseWeight(PageBlock block) => IsProse(block) ? block.VisibleCharacters - block.LinkCharacters : 0;

    private static IElement CommonAncestor(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = a; e is not null; e = e.ParentElement)
        {
            ancestors.Add(e);
        }

        for (var e = b; e is not null; e = e.ParentElement)
        {
            if (ancestors.Contains(e))
            {
                return e;
            }
        }

        return a;
    }
}
