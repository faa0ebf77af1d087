namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Reads a page's <see cref="DocumentMetadata"/> from its headline, its info lines and its head.
/// </summary>
/// <remarks>
/// <para>The info line under the headline is what the reader sees, so it comes first; then the
/// meta tags (<c>PubDate</c>, <c>article:published_time</c>, <c>ContentSource</c>); then info lines
/// elsewhere: the article's own first lines and its foot (<c>（来源：人民政协报）</c>), the lines
/// after the article, the lines before the headline.</para>
/// <para>Under the headline, a date on a short line counts without a label (a WeChat article's
/// 2023-06-12 09:30). Elsewhere a date counts only under a publication label (发布时间, 发布日期 …)
/// or at the start of an info line: a bare 时间 in the article is the time of what it reports.
/// Last comes a newspaper's dateline (2023年06月12日 星期一) outside the article. A byline is read
/// from the article only before its first long paragraph.</para>
/// <para>The source is the first word of the 来源 value (<c>长春市政协办公室</c>). The author is
/// the byline as written, each role kept with its names (<c>记者 周立 通讯员 沈悦</c>) except 作者,
/// which is what the field means. Editors (责任编辑) are not authors.</para>
/// </remarks>
internal static class ArticleMetadata
{
    // What sites write when they name no one: the site itself, an anonymous or default author.
    private static readonly HashSet<string> NoOne =
        ["本站", "本网", "原创", "网络", "互联网", "未知", "佚名", "不详", "admin", "Admin", "管理员", "本站编辑", "网站编辑"];

    // A byline stands above the article's first long paragraph.
    private const int LongParagraphCharacters = 100;

    // Info and date lines are short.
    private const int ShortLine = 80;

    public static DocumentMetadata Read(IReadOnlyList<(PageBlock Block, PageZone Zone)> blocks, PageHead head, string? title)
    {
        // Under the headline: the head zone, and the article's lines before its first paragraph
        // (when the container holds the headline too, the info line is inside it).
        var firstProse = blocks.Select((b, i) => (b, i)).FirstOrDefault(x => x.b.Zone == PageZone.Content && PageZones.IsProse(x.b.Block)).i;
        var underHeadline = blocks.Select((b, i) => b.Zone == PageZone.Content && i < firstProse ? b with { Zone = PageZone.Head } : b).ToList();
        var headLines = Lines(underHeadline, PageZone.Head).ToList();
        var contentLines = Lines(blocks, PageZone.Content).ToList();
        var bylineLines = blocks
            .Where(b => b.Zone == PageZone.Content)
            .TakeWhile(b => b.Block.VisibleCharacters < LongParagraphCharacters)
            .SelectMany(b => b.Block.Lines)
            .Select(InfoLine.Parse)
            .OfType<IReadOnlyList<InfoField>>()
            .ToList();
        var elsewhere = contentLines.Concat(Lines(blocks, PageZone.Tail)).Concat(Lines(blocks, PageZone.Before)).ToList();

        var date = headLines.Select(fields => Date(fields, anyLabel: true)).FirstOrDefault(d => d is not null)
            ?? UnlabelledDate(underHeadline)
            ?? head.MetaDate
            ?? elsewhere.Select(fields => Date(fields, anyLabel: false)).FirstOrDefault(d => d is not null)
            ?? EditionDate(blocks);
        var source = headLines.Select(Source).FirstOrDefault(s => s is not null)
            ?? head.MetaSource
            ?? elsewhere.Select(Source).FirstOrDefault(s => s is not null);
        var author = headLines.Concat(bylineLines).Concat(Lines(blocks, PageZone.Tail)).Concat(Lines(blocks, PageZone.Before))
            .Select(Author)
            .FirstOrDefault(a => a is not null);
        return new DocumentMetadata(title ?? head.TitleWithoutSite(), date, source, author);
    }

    /// <summary>A date on a short line under the headline (王晓明 长春政协 2023-06-12 09:30): when it was published.</summary>
    private static string? UnlabelledDate(IEnumerable<(PageBlock Block, PageZone Zone)> blocks) => blocks
        .Where(b => b.Zone == PageZone.Head)
        .SelectMany(b => b.Block.Lines)
        .Where(line => line.Length <= ShortLine && !line.Any(ElementStatistics.IsSentencePunctuation))
        .Select(line => InfoLine.FindDate(line)?.Date)
        .FirstOrDefault(d => d is not null);

    /// <summary>
    /// A newspaper's dateline outside the article (2023年06月12日 星期一): the edition's date.
    /// Not a "today is" line (今天是…), which tells when the page was saved.
    /// </summary>
    private static string? EditionDate(IEnumerable<(PageBlock Block, PageZone Zone)> blocks) => blocks
        .Where(b => b.Zone is PageZone.Before or PageZone.Tail)
        .SelectMany(b => b.Block.Lines)
        .Where(line => line.Length <= ShortLine && !line.Contains("今天", StringComparison.Ordinal) && !line.Contains("今日", StringComparison.Ordinal))
        .Select(line => InfoLine.FindDate(line) is { } found && line.AsSpan(found.End).TrimStart().StartsWith("星期") ? found.Date : null)
        .FirstOrDefault(d => d is not null);

    private static IEnumerable<IReadOnlyList<InfoField>> Lines(IEnumerable<(PageBlock Block, PageZone Zone)> blocks, PageZone zone) =>
        blocks.Where(b => b.Zone == zone)
            .SelectMany(b => b.Block.Lines)
            .Select(InfoLine.Parse)
            .OfType<IReadOnlyList<InfoField>>();

    private static string? Date(IReadOnlyList<InfoField> fields, bool anyLabel)
    {
        bool Counts(InfoField field) => anyLabel || field.Label is not ("时间" or "日期");
        var published = fields.Where(f => f.Kind == InfoKind.Date && Counts(f)).Select(f => InfoLine.DateAtStart(f.Value)).FirstOrDefault(d => d is not null);
        return published ?? fields.Where(f => f.Kind == InfoKind.UpdateDate).Select(f => InfoLine.DateAtStart(f.Value)).FirstOrDefault(d => d is not null);
    }

    private static string? Source(IReadOnlyList<InfoField> fields)
    {
        var value = fields.Where(f => f.Kind == InfoKind.Source).Select(f => f.Value).FirstOrDefault(v => v.Length > 0);
        var word = value?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('）', ')', '】', ']', '。', '，', ',');
        return string.IsNullOrEmpty(word) || NoOne.Contains(word) ? null : word;
    }

    private static string? Author(IReadOnlyList<InfoField> fields)
    {
        var parts = fields
            .Where(f => f.Kind is InfoKind.Author or InfoKind.Role && f.Value.Length > 0 && !NoOne.Contains(f.Value))
            .Select(f => f.Kind == InfoKind.Author ? f.Value : f.Label + " " + f.Value)
            .ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
