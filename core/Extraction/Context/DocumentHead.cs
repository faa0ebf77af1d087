namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// What the lines above a document's body say about it: its headline, the lines that go with it
/// (subtitle, second headline, the masthead of the site), its source, publication and delivery
/// dates, and bylines. Read from the original text line by line, so that web chrome joined to a
/// headline by the layout repair does not hide it.
/// </summary>
/// <param name="Title">The headline, or null when the text opens with its body.</param>
/// <param name="Headlines">The headline, subtitles, a second headline and mastheads: where the issuer and its place are named.</param>
/// <param name="Source">The publisher named on a 来源 line, or null.</param>
/// <param name="PublishedOn">The publication date (ISO) of a date or 发布时间 line, or null.</param>
/// <param name="DeliveredOn">The date (ISO) of a delivery line (——2026年1月26日在…会议上), or null.</param>
/// <param name="DeliveryLine">The delivery line, or null.</param>
/// <param name="Bylines">Lines naming the author or speaker (省长 王清宪, 本报记者 胡京春).</param>
/// <param name="PlaceHints">Short texts that name the document's place: a dateline (西林讯, 新甘谷讯,
/// 中新网广州1月19日电) and headline tags (【富民县】).</param>
internal sealed record DocumentHead(
    string? Title,
    IReadOnlyList<string> Headlines,
    string? Source,
    string? PublishedOn,
    string? DeliveredOn,
    string? DeliveryLine,
    IReadOnlyList<string> Bylines,
    IReadOnlyList<string> PlaceHints)
{
    public static DocumentHead Empty { get; } = new(null, [], null, null, null, null, [], []);
}
