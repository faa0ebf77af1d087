using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>Written forms the issuer's headlines and source lines are read by: a numbered part's heading, a committee's website or paper, a local body as source, a committee adopting others' information.</summary>
internal sealed partial class IssuerFinder
{
    // 一、, （二）, 3. opening a numbered part's heading.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])")]
    private static partial Regex Enumerated();

    private static readonly string[] CommitteeMedia = ["网", "报", "在线", "客户端"];

    // Words that open with a medium's word but go on as the committee's own step or tool: 市政协网络议政,
    // 市政协在线履职平台, and the reporting steps the committee finder knows (县政协报送的信息, 政协报告工作).
    private static readonly string[] CommitteeStepsLikeMedia = ["网络", "网格", "网上", .. CommitteeFinder.ReportingSteps, "在线履职", "在线议政", "在线协商", "在线平台"];

    // True when sentences of the story (closed by 。) stand both before unit u and after the mention ending at end: a
    // line inside the story, not the page's masthead over it nor its footer under it.
    private static bool BetweenSentences(IReadOnlyList<TextUnit> units, int u, int end) =>
        units.Take(u).Any(x => x.Text.Contains('。'))
        && (units[u].Text.IndexOf('。', end) >= 0 || units.Skip(u + 1).Any(x => x.Text.Contains('。')));

    // 政协 or the full 中国人民政治协商会议 (来源：中国人民政治协商会议某区委员会机关): a line naming a CPPCC committee.
    private static bool NamesCommittee(string line) =>
        line.Contains("政协", StringComparison.Ordinal) || line.Contains("政治协商会议", StringComparison.Ordinal);

    // 市委会在市政协六届四次全会上履职综述: a headline naming a committee only as the session where someone else acts.
    private static bool NamesCommitteeBeyondSession(string line) => NamesCommittee(SessionVenue().Replace(line, ""));

    [GeneratedRegex(@"在[^，,。；;\s]{0,16}?政协[^，,。；;\s]{0,16}?会议?上")]
    private static partial Regex SessionVenue();

    // 湖南政协网, 某某政协报: the committee's name goes on as a medium's.
    private static bool IsMedium(string source, int end) =>
        CommitteeMedia.Any(m => string.CompareOrdinal(source, end, m, 0, m.Length) == 0)
        && !CommitteeStepsLikeMedia.Any(w => string.CompareOrdinal(source, end, w, 0, w.Length) == 0);

    // Bodies that author what they are the source of: a party committee's department, a people's organisation, a
    // government's department on its own site (来源：某市生态环境局). A government, congress, party committee or general
    // office named as source is the portal carrying the page.
    private static readonly string[] AuthoringSourceKinds = ["党委部门", "人民团体", "政府机构"];

    // The last part of a source line (石榴云/某县工商联) as an authoring local body of graph-schema/bodies.json named
    // with its own place (晋安区委统战部); not a committee's line, nor a body written without its place (来源：工商联).
    private (IssuingBody Body, string Surface)? SourceBody(string? source, IReadOnlyList<Place> context)
    {
        var name = source?.Split('/', '／', '|', '｜').Select(s => s.Trim()).LastOrDefault(s => s.Length >= 2);
        if (name is not null && _bodies.PartySource(name, context.FirstOrDefault(), context) is { } party)
        {
            // 信息来源：九三学社某市委: the party's committee put the story out.
            return (party, name);
        }

        return name is null || name.Length > 30 || NamesCommittee(name)
            || _bodies.CreditBody(name, null, context) is not { } body || !AuthoringSourceKinds.Contains(body.Kind)
            ? null
            : (body, name);
    }

    // After a committee's name: how it took information up (单篇, 转送, 全文 or none), then 采用 or 采纳.
    [GeneratedRegex(@"^(?:单篇|转送|全文|摘要|刊物)?采[用纳]")]
    private static partial Regex AdoptingWord();

    // 全国政协单篇采用3条, 省政协采用40篇: the committee adopting information others submitted.
    private static bool AdoptsInformation(string text, int end) => AdoptingWord().IsMatch(text.AsSpan(end));
}
