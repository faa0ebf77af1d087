using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>A page read as its article: the text and what the page says about it.</summary>
/// <param name="Text">The headline as a <c># </c> heading, then the article's paragraphs, a blank line between blocks.</param>
/// <param name="Metadata">The headline, date, source and byline.</param>
internal sealed record ArticlePage(string Text, DocumentMetadata Metadata);

/// <summary>
/// Reads the article out of a saved web page: the headline, any subtitle or lead under it, and
/// the paragraphs of the article's container, without the page's furniture (navigation,
/// breadcrumbs, info line, share bar, related lists, comments, footer).
/// </summary>
/// <remarks>
/// <para>The steps: read the head's meta tags; drop what is invisible; mark furniture elements
/// (<see cref="PageFurniture"/>); read the page as blocks (<see cref="PageBlockReader"/>); find the
/// headline (<see cref="PageTitle"/>) and the container (<see cref="PageZones"/>); keep the
/// headline, the subtitles and lead of the head zone, and the container's blocks without their
/// furniture lines; read the metadata from the info lines (<see cref="ArticleMetadata"/>).</para>
/// <para>Headings stay headings: <c>&lt;hN&gt;</c> becomes a Markdown <c>#</c> line, which the
/// structure parser reads as a section heading. A byline without colons inside the article
/// (<c>记者 周立 通讯员 沈悦</c>) stays, as the newspaper printed it.</para>
/// </remarks>
internal static class ArticleReader
{
    // From this link density up, a block after the last paragraph is further reading.
    private const double TrailingLinkDensity = 0.8;

    public static ArticlePage Read(IDocument document)
    {
        var head = PageHead.Read(document);
        var root = document.Body ?? document.DocumentElement;
        PageFurniture.RemoveInvisible(root);
        var statistics = new ElementStatistics(root);
        var furniture = PageFurniture.Find(statistics);
        var order = new DocumentOrder(root);
        var blocks = PageBlockReader.Read(root, furniture, order);
        var title = PageTitle.Find(root, head, statistics, furniture);
        var zones = new PageZones(order, title?.Element, PageZones.FindContainer(blocks) ?? root);
        var zoned = blocks.Select(block => (Block: block, Zone: zones.Of(block))).ToList();

        var parts = new List<string>();
        if (title is { } headline)
        {
            parts.Add("# " + headline.Text);
        }

        parts.AddRange(HeadParts(zoned.Where(b => b.Zone == PageZone.Head && !b.Block.IsFurniture).Select(b => b.Block), title?.Text));
        parts.AddRange(ContentParts(zoned.Where(b => b.Zone == PageZone.Content && !b.Block.IsFurniture).Select(b => b.Block), title?.Text));
        var metadata = ArticleMetadata.Read(zoned, head, title?.Text);
        return new ArticlePage(string.Join("\n\n", parts), metadata);
    }

    /// <summary>
    /// Under the headline, keep subtitles (a heading, a <c>——</c> line, a subtitle class) and a lead
    /// paragraph; not the headline again.
    /// </summary>
    private static IEnumerable<string> HeadParts(IEnumerable<PageBlock> blocks, string? title)
    {
        foreach (var block in blocks)
        {
            var lines = KeptLines(block, keepBylines: false);
            if (lines.Count == 0 || PageFurniture.IsFurnitureHeading(block.Text) || IsTitle(block, title))
            {
                continue;
            }

            if (block.IsHeading)
            {
                yield return new string('#', Math.Max(2, block.HeadingLevel)) + " " + lines[0];
            }
            else if (IsSubtitle(block, lines[0]) || PageZones.IsProse(block))
            {
                yield return string.Join('\n', lines);
            }
        }
    }

    private static IEnumerable<string> ContentParts(IEnumerable<PageBlock> blocks, string? title)
    {
        var kept = new List<(PageBlock Block, string Text)>();
        var inFurnitureList = false;
        foreach (var block in blocks)
        {
            // 相关新闻 and the links under it, when the container holds them.
            if ((block.IsHeading || block.Lines.Count == 1) && PageFurniture.IsFurnitureHeading(block.Text))
            {
                inFurnitureList = true;
                continue;
            }

            inFurnitureList &= block.LinkDensity >= 0.5;
            if (inFurnitureList)
            {
                continue;
            }

            // The headline repeated as the article's first line.
            if (kept.Count == 0 && IsTitle(block, title))
            {
                continue;
            }

            var lines = KeptLines(block, keepBylines: true);
            if (lines.Count > 0)
            {
                kept.Add((block, block.IsHeading ? new string('#', block.HeadingLevel) + " " + lines[0] : string.Join('\n', lines)));
            }
        }

        // Links after the last paragraph of prose are further reading, unless they are its attachments (附件：…).
        var lastProse = kept.FindLastIndex(k => PageZones.IsProse(k.Block));
        var attachments = kept.FindIndex(lastProse + 1, k => k.Text.StartsWith("附件", StringComparison.Ordinal));
        return kept.Where((k, i) => i <= lastProse || (attachments >= 0 && i >= attachments) || k.Block.LinkDensity < TrailingLinkDensity).Select(k => k.Text);
    }

    /// <summary>The block's lines without info lines (metadata) and furniture lines.</summary>
    private static List<string> KeptLines(PageBlock block, bool keepBylines)
    {
        var lines = new List<string>();
        foreach (var line in block.Lines)
        {
            if (InfoLine.Parse(line) is { } fields
                && !(keepBylines && InfoLine.IsByline(line, fields))
                && !(keepBylines && fields.All(IsBareDate)))
            {
                continue;
            }

            if (HtmlBoilerplate.CleanLine(line) is { } cleaned)
            {
                lines.Add(cleaned);
            }
        }

        return lines;
    }

    // 时间：2023年6月12日上午9时 in a notice is the notice's text, not the page's date.
    private static bool IsBareDate(InfoField field) => field is { Kind: InfoKind.Date, Label: "时间" or "日期" };

    private static bool IsSubtitle(PageBlock block, string firstLine)
    {
        if (firstLine.StartsWith('—') || firstLine.StartsWith("--", StringComparison.Ordinal))
        {
            return true;
        }

        var names = $"{block.Owner.GetAttribute("class")} {block.Owner.Id}".ToLowerInvariant();
        return names.Contains("subtit", StringComparison.Ordinal) || names.Contains("sub-tit", StringComparison.Ordinal)
            || names.Contains("sub_tit", StringComparison.Ordinal) || names.Contains("fbt", StringComparison.Ordinal);
    }

    private static bool IsTitle(PageBlock block, string? title) =>
        title is not null && PageHead.Compact(block.Text) == PageHead.Compact(title);
}
