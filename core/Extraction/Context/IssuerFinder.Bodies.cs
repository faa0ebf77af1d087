using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Written forms of a text that a body other than a committee put out, while committees are named in it: the
/// department or people's organisation whose officer chairs the meeting (会议由县委统战部常务副部长某某主持) where
/// committees are named only in guests' titles; a department's own voice (我局高度重视…); a department signing
/// over the date; a reply to a numbered proposal (关于市政协某届某次会议第12号提案的答复), whose committee is
/// where the proposal was made, not who answers it.
/// </summary>
internal sealed partial class IssuerFinder
{
    // 会议由县委统战部常务副部长某某主持, 由日喀则市统战部副部长某某主持: the body, the officer's title, a name.
    [GeneratedRegex(@"由(?<body>[\u4e00-\u9fff]{2,16}?(?:统战部|宣传部|工商联|局|委))(?:党组|党委)?(?:常务)?副?(?:部长|局长|主席|主任|书记)[\u4e00-\u9fff·]{2,5}?主持")]
    private static partial Regex ChairedBy();

    // Kinds of body whose officer chairing a meeting makes it theirs: a party committee's department, a people's
    // organisation, a government department (not a party committee or a government, which chair others' meetings too).
    private static readonly string[] ChairingKinds = ["党委部门", "人民团体", "政府机构"];

    // 会议由县委统战部常务副部长某某主持 in a story whose committees are named only for guests' titles (县政协副主席某某,
    // 县政协某某委主任某某): the department whose meeting it is.
    private (IssuingBody Body, TextSpan Span)? ChairingBody(DocumentText text, Place? home, IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve)
    {
        foreach (var unit in text.Units)
        {
            if (ChairedBy().Match(unit.Text) is not { Success: true } chair)
            {
                continue;
            }

            var group = chair.Groups["body"];
            var written = group.Value;
            if (written.Contains("政协", StringComparison.Ordinal))
            {
                return null;
            }

            // 日喀则市统战部: the party committee's department, written without its 委.
            var named = (written.EndsWith("统战部", StringComparison.Ordinal) || written.EndsWith("宣传部", StringComparison.Ordinal))
                && written[^4] != '委' ? written[..^3] + "委" + written[^3..] : written;
            if (_bodies.CreditBody(named, home, context) is not { } body || !ChairingKinds.Contains(body.Kind)
                || !CommitteesOnlyInTitles(text, context, resolve))
            {
                return null;
            }

            return (body, new TextSpan(unit, group.Index, group.Index + group.Length));
        }

        return null;
    }

    // After a committee's name, a person's title or seat: 副主席, 委员, 社会法制和民宗委主任, 办公室副主任.
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{1,14}?(?:委员会|委|办公室))?(?:常务)?副?(?:主席|主任|秘书长|党组书记|党组成员|常委|委员)")]
    private static partial Regex PersonTitleAfter();

    // True when every committee the text names stands before a person's title or seat.
    private bool CommitteesOnlyInTitles(DocumentText text, IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve) =>
        text.Units.All(u => committees.FindNamed(u.Text, context).Concat(committees.FindRelative(u.Text, resolve))
            .All(m => TitleAfter(u.Text, m.End) || PersonTitleAfter().IsMatch(u.Text.AsSpan(m.End))));

    // 我局高度重视, 由我局承办的…提案: a department speaking of itself in the text's own voice.
    [GeneratedRegex(@"我(?:局|厅)")]
    private static partial Regex DepartmentVoice();

    // 表示, 说, 指出: someone quoted, whose 我局 is not the text's voice; an officer named before it (县教育局局长某某
    // 就我局…作了汇报, 负责人围绕我局…) is a speaker the text reports.
    [GeneratedRegex(@"表示|说|指出|介绍|汇报|强调|谈到|局长|厅长|负责人|[：:“]")]
    private static partial Regex Quoting();

    // True when one of the first body sentences speaks as a department (我局…), outside a quotation.
    private static bool InDepartmentVoice(DocumentText text) =>
        text.Units.Where(u => !u.IsHeading).Take(3).Any(u => DepartmentVoice().Match(u.Text) is { Success: true } voice
            && !Quoting().IsMatch(SentenceBefore(u.Text, voice.Index)));

    private static string SentenceBefore(string text, int at)
    {
        var start = text.AsSpan(0, at).LastIndexOfAny("。！？".AsSpan()) + 1;
        return text[start..at];
    }

    // 关于政协某县第十届第三次会议第12号提案的答复, 对市政协某届某次会议第45号提案的答复函: a reply to a numbered proposal.
    [GeneratedRegex(@"(?:第\s*[0-9０-９]+\s*号|[0-9０-９]+号)(?:提案|建议)[^，。]{0,30}?(?:的)?答复|提案的答复|提案答复函")]
    private static partial Regex ProposalReply();

    // 某县教育局关于…提案的答复 (2025年度某县教育局关于…): the department heading its reply.
    [GeneratedRegex(@"^(?:[0-9]{4}年度?)?(?<body>[\u4e00-\u9fff]{2,20}?[局厅委])关于")]
    private static partial Regex ReplyingBody();

    // 感谢您对某市公安局工作的关心和支持: a reply's thanks name the department replying.
    [GeneratedRegex(@"感谢[^。]{0,16}?对(?<body>[\u4e00-\u9fff]{2,20}?[局厅委])(?:工作)?的(?:关心|关注|支持|理解)")]
    private static partial Regex ThankedFor();

    // 石嘴山市人民政府, 某县人民政府办公室: a government or its office, with the place its name opens with.
    private IssuingBody? SignedGovernment(string signature, IReadOnlyList<Place> context)
    {
        var at = signature.IndexOf("人民政府", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        // 宁县人民政府办公室, which the segmenter cuts 宁/县人民政府: a division's full name, when it names only one.
        var place = places.Read(signature, WordGrid.Of(signature, segmenter), context).FirstOrDefault(p => p.Start == 0 && p.End == at).Place
            ?? (gazetteer.Named(signature.AsSpan(0, at)).Where(n => !n.IsShort && !n.IsFormer && !n.IsAbbreviation).ToList() is [var only] ? only.Place : null);
        return place is null || place.Level == PlaceLevel.Town ? null
            : new IssuingBody(signature, signature.EndsWith("人民政府", StringComparison.Ordinal) ? "政府" : "政府机构", place);
    }

    // A department signing over the date (某某市财政局 / 2020年11月5日): that department, by the table's full name where it
    // knows the written form, else as signed.
    private IssuingBody? SignedDepartment(string signature, Place? home, IReadOnlyList<Place> context)
    {
        if (_bodies.DepartmentBody(signature, home, context) is { } known)
        {
            return known;
        }

        if (!signature.EndsWith('局') && !signature.EndsWith('厅'))
        {
            return null;
        }

        var place = places.Read(signature, WordGrid.Of(signature, segmenter), context).FirstOrDefault(p => p.Start == 0).Place;
        return place is null || place.Level == PlaceLevel.Town ? null : new IssuingBody(signature, "政府机构", place);
    }
}
