using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Forms of everyday committee news and yearly reviews: outcomes told as passives (N篇调研报告获…批示, N项协商成果转化为…),
/// names that hold a figure (中央八项规定精神, 特邀1组), members' own counts in a list (提交提案近40篇，社情民意近200条),
/// groups split with no verb after (分4个组赴…) and places reached (深入…等三个试点单位, 赴…7个县(区)) by a group whose
/// activity the sentence names later.
/// </summary>
internal sealed partial class FigureReader
{
    // 25篇调研报告获领导批示, 36项协商成果转化为政策举措, 12条信息被采用, 3494件提案建议正在解决, 47件提案所提问题已经解决: what others
    // did with the outputs counted
    // (the counted noun followed by a passive mark or a conversion), not a step of the committee's own.
    // The noun read may run on into the passive (调研报告获领导批示): the mark is looked for within a short noun.
    [GeneratedRegex(@"^[\u4e00-\u9fff“”]{0,10}?(?:(?:获得|获|得到|被)[^，,；;。]{0,12}(?:批示|采纳|采用|肯定|表扬|转化|立项|评为|评选|列为)|转化为|转化成|正在(?:协调)?(?:解决|办理|落实)|所提(?:出的)?问题(?:已经?|基本|正在|得到|全部))")]
    private static partial Regex PassiveOutcome();

    private static bool IsPassiveOutcome(string text, int nounStart, int clauseEnd) =>
        nounStart < clauseEnd && PassiveOutcome().IsMatch(text[nounStart..clauseEnd]);

    // 4项提案被列为重点提案, 10件提案被确定为重点督办提案, 2件提案由市政协领导领衔督办: proposals the committee picks as its key ones
    // or its leaders follow up, told as a passive after the count; the committee's own step, unlike others' response.
    // Not others' lists or follow-up (列为县长领办重点提案, 列为市政协重点提案 in a county's text, 由县政协交县政府督办).
    // So is filing (经审查有30件提案立案, 57件被立案, 5件集体提案予以立案), not a rate or a total (立案率, 立案的), nor 立案为 (a pick).
    // The verb may follow further counts of proposals listed with the first (80件个人提案和6件集体提案经审查予以立案).
    [GeneratedRegex(@"^(?<noun>(?:委员|集体|个人|联名|团体)?提案)?(?:[、和及](?:[0-9]+|[一二三四五六七八九十百]+)件(?:委员|集体|个人|联名|团体)?提案)*(?:经审查)?(?:(?:被|已)?(?:(?<pick>确定|列|遴选|选定|确立)为(?:[0-9]{4}年度?|年度|本届|今年)?(?:政协)?重点(?:督办)?提案|由(?:[县市区州省]|自治区)?政协(?:主席会议成员|主席会议|主席|副主席|领导|党组成员|党组)?(?:领衔|牵头)?(?:重点)?(?<follow>督办))|(?:被|已|已经|予以|获)?(?:正式)?(?<file>立案)(?![的率数总为]))")]
    private static partial Regex KeyProposals();

    // 预计今年将有100件提案立案, 力争有120件…: a forecast or a target before the count, no step taken.
    private static readonly string[] Forecasts = ["预计", "力争", "争取", "计划", "有望", "将有", "将要"];

    private static bool Foreseen(string before) => Forecasts.Any(f => before.Contains(f, StringComparison.Ordinal));

    // The kind and object of a count of proposals told as picked, filed or followed up after it, or null.
    private static (string Kind, string Object)? KeyProposalsAfter(string text, int nounStart, int clauseEnd)
    {
        var match = KeyProposals().Match(text, nounStart, clauseEnd - nounStart);
        return !match.Success ? null
            : match.Groups["follow"].Success ? ("督办", "提案")
            : match.Groups["file"].Success ? ("立案", match.Groups["noun"].Success ? match.Groups["noun"].Value : "提案")
            : ("确定", "重点提案");
    }

    // 调研报告获领导批示37人次, 信息被采纳12条: between the verb and the figure a passive and what others did (批示, 采纳).
    [GeneratedRegex(@"(?:获得|获|得到|被)[^，,；;。]{0,12}(?:批示|采纳|采用|肯定|表扬|转化)")]
    private static partial Regex PassiveBefore();

    // The same passive before 采用 itself (信息被县委采用23条, 被市政协采用41条): the count is of outputs others took up,
    // not of information the committee adopted (省政协采用信息315条).
    private static bool CountsOthersResponse(string beforeObject) => PassiveBefore().IsMatch(beforeObject);

    // 中央八项规定精神: a Chinese count naming a body of rules (规定 after 中央 or before 精神), no step taken.
    private static bool IsNamedRules(string text, int index, int after, string unit) =>
        unit == "项" && !char.IsAsciiDigit(text[index]) && text.AsSpan(after).StartsWith("规定", StringComparison.Ordinal)
        && (text.AsSpan(after + 2).StartsWith("精神", StringComparison.Ordinal) || text.AsSpan(0, index).EndsWith("中央", StringComparison.Ordinal));

    // 特邀1组, 经济界别2组: a bare 组 glued to the noun before it names a discussion group; groups formed are
    // split (分4组, 分成2组, 分为3组) or counted with 个.
    private static bool IsGroupName(string text, int index, string unit) =>
        unit == "组" && index > 0 && text[index - 1] is >= '\u4e00' and <= '\u9fff' && !"分成为共计近约了".Contains(text[index - 1], StringComparison.Ordinal);

    // What members put forward (提案, 社情民意, 信息, 建议 …): a clause that is only such a thing and its count shares the
    // putting-forward verb before it, whatever its unit (提交提案近40篇，社情民意近200条).
    private static bool BothPutForward(string kind, string sharedObject, string thing) =>
        kind is "提出" or "提交" or "撰写" or "编撰" or "报送" or "上报" or "征集" or "收集"
        && ReportedInformation.Any(w => sharedObject.Contains(w, StringComparison.Ordinal))
        && ReportedInformation.Any(w => thing.EndsWith(w, StringComparison.Ordinal));

    // 开展调研8次，视察5次，协商4次: a clause that names an activity of its own (协商) and counts it in a unit of events
    // is that activity, not one more of the specific step before it (视察); a general verb (开展) is still shared.
    private bool NamesOwnActivity(string sharedVerb, string thing, string unit) =>
        unit is "次" or "场" or "场次" or "期" && !cues.GeneralVerbs.Contains(sharedVerb)
        && cues.KindOf(thing) is { } own && own != KindOfVerb(sharedVerb);

    // 分4个组赴银川, 分成三个小组, 将主席会议成员分为四个视察组: those acting split into groups, with no counting verb after
    // them (the groups go somewhere). A bare 组 as the unit (共分4组走访企业) is the groups themselves.
    private bool SplitWithoutVerb(string text, int clauseStart, int index, string noun, string unit) =>
        unit == "组" ? SplitIntoGroups(text, clauseStart, index, "组")
        : (noun.StartsWith('组') || noun.StartsWith("小组", StringComparison.Ordinal) || FormedGroup(GroupOf(noun)))
            && SplitIntoGroups(text, clauseStart, index, noun[..(noun.IndexOf('组') + 1)]);

    // Verbs of going to places: 深入 and 赴 before the places and their count (深入嘉积镇…等三个试点单位, 赴…7个县(区)15个基层单位).
    // 调研 written out (实地开展调查研究).
    private const string SurveySpelledOut = "调查研究";

    [GeneratedRegex(@"(?:深入|奔赴|前往|赴)(?<places>[^，,；;。]*)$")]
    private static partial Regex GoingTo();

    // The places a group went to, counted: the activity named later in the sentence (…，开展专题调研; …，了解…) is their kind
    // when it is a survey, inspection or visit; places reached with no such activity named are left.
    private string? KindOfPlacesReached(UnitReading reading, int clauseStart, int index, int after)
    {
        var text = reading.Text;
        if (GoingTo().Match(text, clauseStart, index - clauseStart) is not { Success: true } going
            || HasCountVerb(going.Groups["places"].Value) || going.Groups["places"].Value.Contains('的'))
        {
            return null;
        }

        // The rest of the sentence from the unit on (深入12个镇开展调研: the noun may run on into the verb), and the subject
        // before the verb of going (调研组深入…).
        var end = text.IndexOfAny(['。', '；', ';', '！', '？'], after);
        var rest = text[after..(end < 0 ? text.Length : end)];
        // Not a survey's outputs (宣讲调研成果, 修改调研报告), nor 调查研究 that no 开展 or 进行 opens (要求各镇加强调查研究).
        var kind = cues.SurveyVerbs.Append("考察").Append(SurveySpelledOut).Select(v => (Verb: v, At: rest.IndexOf(v, StringComparison.Ordinal)))
            .Where(v => v.At >= 0 && !NamesOutput(rest, v.At + v.Verb.Length) && (v.Verb != SurveySpelledOut || v.At >= 2 && rest.AsSpan(v.At - 2, 2) is "开展" or "进行")).OrderBy(v => v.At)
            .Select(v => v.Verb == SurveySpelledOut ? "调研" : v.Verb).FirstOrDefault();
        if (kind is null)
        {
            var subject = text[clauseStart..going.Index];
            kind = cues.SurveyVerbs.Append("考察").FirstOrDefault(v => subject.Contains(v + "组", StringComparison.Ordinal));
        }

        return kind is null ? null : KindOfVerb(kind);
    }

    // Nouns an activity's word modifies when it names the activity's output or subject (调研报告, 调研成果, 视察意见), not the activity.
    private static readonly string[] OutputNouns = ["报告", "成果", "意见", "方案", "提案", "课题", "工作", "材料"];

    private static bool NamesOutput(string text, int after) => OutputNouns.Any(n => string.CompareOrdinal(text, after, n, 0, n.Length) == 0);

    // Verbs that open the chain a count of times governs (先后3次深入企业开展调研, 3次组织委员视察, 两次召开协商会).
    private static readonly HashSet<string> ChainOpeners = ["深入", "组织", "召开", "走访", "赴", "前往", "带队", "率队", "开展", "举办", "举行", "下沉", "走进"];

    // Marks of a plan before a count of times (将3次组织, 计划全年3次).
    private static readonly string[] FrequencyPlanMarks = ["将", "拟", "计划", "力争", "准备", "预计"];

    // The kind of the first activity word of a chain the count of times opens (深入企业开展调研: 调研), not one naming an output
    // (审议调研报告) nor the handling units' 办理; null when no verb of such a chain follows the count or a plan is told before it.
    private string? FrequencyKind(UnitReading reading, string before, int at, int clauseEnd)
    {
        if (VerbOpening(reading, at, clauseEnd) is not { } opener || !ChainOpeners.Contains(opener) || FrequencyPlanMarks.Any(m => before.Contains(m, StringComparison.Ordinal)))
        {
            return null;
        }

        var text = reading.Text;
        var first = FirstActivityWord(text, at, clauseEnd);
        if (first is null && GoingOpeners.Contains(opener) && NextClauseGoesOn(reading, clauseEnd) is { } nextEnd)
        {
            // 相继11次深入县区，开展专题调研: the places gone to, then what was done there in a clause with no subject of its own;
            // a step done on the way (调研, 视察, 座谈 …), not an outcome (帮助协调解决问题) nor a clause with a count of its own
            // (…，召开座谈会10场).
            first = FirstActivityWord(text, clauseEnd + 1, nextEnd) is { } next && StepsOnTheWay.Contains(next.Kind)
                && !text.AsSpan(clauseEnd + 1, nextEnd - clauseEnd - 1).ContainsAny(CountDigits) ? next : null;
        }

        return first is { Kind: not "办理" } kind ? (kind.Kind == "会议" ? "召开" : kind.Kind) : null;
    }

    // The kinds of what a group does where it went (the clause after 深入…).
    private static readonly HashSet<string> StepsOnTheWay = ["调研", "视察", "考察", "走访", "协商", "监督", "学习", "会议", "宣传", "慰问", "培训", "帮扶", "采访"];

    private static readonly System.Buffers.SearchValues<char> CountDigits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    // Verbs of going somewhere that open a count of times (先后5次深入基层, 3次赴外地); unlike GoingVerbs, which read the place
    // gone to before an activity word, 下沉 is one and the bare 到 is not.
    private static readonly HashSet<string> GoingOpeners = ["深入", "赴", "前往", "下沉", "走进"];

    // The first activity word between two offsets, not one naming an output (审议调研报告) nor a general verb (开展).
    private (string Kind, int At)? FirstActivityWord(string text, int from, int end)
    {
        (string Kind, int At)? first = null;
        foreach (var cue in cues.Kinds)
        {
            foreach (var word in cue.Words)
            {
                var found = text.IndexOf(word, from, end - from, StringComparison.Ordinal);
                if (found >= 0 && (first is null || found < first.Value.At) && !NamesOutput(text, found + word.Length) && !cues.GeneralVerbs.Contains(word))
                {
                    first = (cue.Kind, found);
                }
            }
        }

        return first;
    }

    // The verbs that open the step done where a group went (…，开展专题调研; not 参加…召开的座谈会, 了解…培训情况, 对接…视察安排).
    private static readonly HashSet<string> NextStepOpeners = ["开展", "进行", "召开", "举办", "组织", "走访", "调研", "视察", "考察", "慰问", "宣讲", "学习"];

    // The end of the clause after a comma when that clause opens with a step's verb (…，开展专题调研): it goes on with the same subject.
    private static int? NextClauseGoesOn(UnitReading reading, int clauseEnd)
    {
        var text = reading.Text;
        if (clauseEnd >= text.Length - 1 || text[clauseEnd] is not ('，' or ','))
        {
            return null;
        }

        var next = text.IndexOfAny(['，', ',', '；', ';', '。', '！', '？'], clauseEnd + 1);
        var end = next < 0 ? text.Length : next;
        return VerbOpening(reading, clauseEnd + 1, end) is { } opener && NextStepOpeners.Contains(opener) ? end : null;
    }

    // The word a verb's token starts right at the offset (深入, 组织, 召开), not a noun or a modifier (次会议, 次的).
    private static string? VerbOpening(UnitReading reading, int at, int clauseEnd) =>
        at < clauseEnd && reading.Unit.Tokens.FirstOrDefault(t => t.Start == at) is { Tag: "v" } token && token.End < clauseEnd && reading.Text[token.End] != '的' ? token.Word : null;

    // 开展调研162次, 开展协商议事85次, 联合开展调研协商: 开展 of a survey, consultation or inspection is that step (the
    // compound's head, its last word, names it); 开展协商活动 and 开展…督办活动 stay 开展. Taking part (参加, 参与) in
    // 14场基层协商 is that step too.
    private static readonly string[] ConductedKinds = ["调研", "协商", "视察"];

    private string KindConducted(string kind, string objectText)
    {
        if (kind is not ("开展" or "参加" or "参与") || objectText.Length < 2)
        {
            return kind;
        }

        return cues.Kinds.Where(k => ConductedKinds.Contains(k.Kind)).FirstOrDefault(k => k.Words.Any(w => objectText.EndsWith(w, StringComparison.Ordinal)))?.Kind ?? kind;
    }

    // 五个平台分别是…: the marks after a count that opens a list of what it counts.
    private static readonly string[] EnumerationMarks = ["分别是", "分别为", "依次是", "依次为"];

    private static bool Enumerates(string text, int at) => EnumerationMarks.Any(m => string.CompareOrdinal(text, at, m, 0, m.Length) == 0);

    // 被评为…100件重要提案之一: a figure inside “one of the N …” ranks a thing, no count of steps.
    private static bool IsOneOf(string text, int after, int clauseEnd) =>
        after < clauseEnd && text.IndexOf("之一", after, clauseEnd - after, StringComparison.Ordinal) is var at && at >= 0 && at - after <= 12
        && !text.AsSpan(after, at - after).ContainsAny("，,；;");
}
