using System.Buffers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Counts that are not the committee's own totals: parts of a breakdown (其中…, 包括…) and clauses opened by another actor or place.</summary>
internal sealed partial class FigureReader
{
    // After 其中 up to the next ；, or on through ；-separated parts that count in the same unit as the
    // first count after 其中 (其中七届二次会议受理委员提案195件，立案187件；七届三次会议受理…183件).
    // A 其中 clause that is only a part and its count (其中会后17件) ends at a clause with a counting verb
    // of its own (，经审查立案175件: the next step of the whole, not a part).
    private bool InBreakdown(UnitReading reading, int index, string unit)
    {
        var text = reading.Text;
        var breakdown = text.LastIndexOf("其中", index, StringComparison.Ordinal);
        if (breakdown < 0)
        {
            return Included(reading, index, unit);
        }

        var partClause = reading.Unit.ClauseAt(breakdown);
        var clause = reading.Unit.ClauseAt(index);
        // A bare 其中， opening the sentence (其中，主席会议成员带队视察调研12次) leads into the part itself.
        // Not when the clause names a part like the one before it (其中委员提案457件，组织提案45件: 组织 a kind of proposer).
        if (clause.Start > partClause.Start && !HasCountVerb(text[partClause.Start..partClause.End]) && HasCountVerb(text[clause.Start..index])
            && Figures(text[partClause.Start..partClause.End]).FirstOrDefault() is { Length: > 0 } part
            && !SameHead(text[partClause.Start..(partClause.Start + part.Index)], text[clause.Start..index]))
        {
            return false;
        }

        // A bare 其中， opening a sentence after one that holds no figure (市政协组织委员开展助企活动。其中，走访企业126家):
        // there is no total to split, the sentence counts the steps themselves.
        if (partClause.Start == 0 && !Figures(text[partClause.Start..partClause.End]).Any()
            && !(reading.State.PreviousUnitText is { } previous && Figures(previous).Any()))
        {
            return false;
        }

        if (text.IndexOf('；', breakdown, index - breakdown) < 0)
        {
            return true;
        }

        var first = Figures(text).FirstOrDefault(f => f.Index > breakdown);
        return first.Unit == unit;
    }

    // 收到纸质提案49份、电子提案481份，共计530份: the parts of a total the next clause gives in the same unit.
    private static bool PartOfTotalAfter(string text, int clauseEnd, string unit)
    {
        if (clauseEnd >= text.Length || text[clauseEnd] is not ('，' or ','))
        {
            return false;
        }

        var total = TotalAfterParts().Match(text, clauseEnd + 1);
        return total.Success && total.Groups["unit"].Value == unit;
    }

    [GeneratedRegex(@"\G(?:共计|总计|合计)\s?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:余|多)?(?<unit>[^\s0-9，。；,;])")]
    private static partial Regex TotalAfterParts();

    // Units whose totals reports break down by kind or proposer (proposals, information, papers).
    private static readonly HashSet<string> PaperUnits = ["件", "条", "篇", "份"];

    // Marks of counts not taken or sent elsewhere: 不予立案, 未立案, 撤案, 并案, 退回, 转为, 作为…处理.
    private static readonly SearchValues<char> NotTakenMarks = SearchValues.Create("不未撤并退转作");

    // 立案329件，委员个人提案267件，联名提案87件，集体提案3件 after 共收到提案357件: counts listed side by side in a paper's unit
    // that add up to a total of ten or more the text counted before are its parts, even without 其中. Not a step and what
    // was not taken or went elsewhere (立案329件，不予立案28件; 6件作为委员来信处理, 转为社情民意信息, 并案, 撤案: the mark anywhere in
    // the part's clause): those split the total into outcomes.
    private static bool SumsToTotalBefore(UnitReading reading, List<(int Index, int Length, double Value, string Unit)> figures, int index)
    {
        var text = reading.Text;
        bool Complement(int figure) =>
            reading.Unit.ClauseAt(figures[figure].Index) is var (start, end) && text.AsSpan(start, end - start).IndexOfAny(NotTakenMarks) >= 0;

        var at = figures.FindIndex(f => f.Index == index);
        if (at < 0 || !PaperUnits.Contains(figures[at].Unit))
        {
            return false;
        }

        var unit = figures[at].Unit;
        for (var first = at; first >= 0 && figures[first].Unit == unit; first--)
        {
            var sum = 0.0;
            for (var last = first; last < figures.Count && figures[last].Unit == unit; last++)
            {
                if (Complement(last))
                {
                    break;
                }

                sum += figures[last].Value;
                if (last >= at && last > first && sum >= 10 && reading.Activities.Exists(a => a.Value == sum && a.Unit == unit))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 初步立案90件，包括委员个人和联名提案87件，党派团体提案3件: 包括 opening the clause after one that ends with a count in the
    // same unit opens that count's parts, up to a clause with a counting verb of its own (，经审查立案85件: the next step).
    private bool Included(UnitReading reading, int index, string unit)
    {
        var text = reading.Text;
        var including = text.LastIndexOf("包括", index, StringComparison.Ordinal);
        if (including < 2 || reading.Unit.ClauseAt(including).Start != including || text.IndexOfAny(['。', '；'], including, index - including) >= 0)
        {
            return false;
        }

        var (totalStart, totalEnd) = reading.Unit.ClauseAt(including - 2);
        var (clauseStart, _) = reading.Unit.ClauseAt(index);
        return Figures(text[totalStart..totalEnd]).Any(f => f.Unit == unit && totalStart + f.Index + f.Length == totalEnd)
            && (clauseStart == including || !HasCountVerb(text[clauseStart..index]));
    }

    // A place opens the clause as its actor and the document names no committee of it (调兵山市…建成63个驿站: the city's doing).
    private static bool OpensWithOtherPlace(UnitReading reading, int clauseStart, int before) =>
        reading.Mentions.FirstOrDefault(m => !m.Implied && m.Start == clauseStart && m.End <= before && m.Label is Labels.Place or Labels.Committee) is { Label: Labels.Place } place
        && !reading.Mentions.Any(m => m.Label == Labels.Committee && m.Start == place.Start)
        && !reading.Context.NamedCommittees.ContainsKey((string)place.Properties["code"]);

    // Someone else opens the clause as its actor (县委、县政府主要领导先后21次参加…, 全年各级各类媒体宣传报道68次).
    private bool OpensWithOtherActor(UnitReading reading, int clauseStart, int before)
    {
        var opening = reading.Text[clauseStart..Math.Max(clauseStart, before)];
        foreach (var lead in new[] { "全年", "今年", "各级", "各类", "共", "先后" })
        {
            while (opening.StartsWith(lead, StringComparison.Ordinal))
            {
                opening = opening[lead.Length..];
            }
        }

        if (opening.Length == 0 && PreviousClause(reading, clauseStart) >= 0)
        {
            // 群众参与130628次，提出建议102381条: a clause without a subject of its own goes on with
            // the actor of the clause before it (市公安局共侦破案件120起，开展专项行动8次), back over clauses
            // that have none either (全县共新增市场主体1200家，引进项目35个，建成…12个).
            // 2023年全区GDP增长6.5%，…举办各类节会活动26场: a sentence the whole place opens as its subject goes on
            // with it in clauses without a subject of their own, unless a committee or member was named before.
            return SharedSubjectIsOther(reading, clauseStart)
                || (WholePlaceSentence().IsMatch(reading.Text) && !CommitteeActsBefore(reading.Text, clauseStart, ["政协", "委员"]));
        }

        return cues.OtherActors.Any(a => OpensWithActor(opening, a)) || IsBureau(opening) || IsOtherSubject(opening) || IsOtherBody(reading, opening)
            || (WholePlace().IsMatch(reading.Text, Math.Max(clauseStart, before) - opening.Length) && !CommitteeActsBefore(reading.Text, clauseStart, ["政协"]));
    }

    // Whether the committee (or its members) spoke before this clause as the sentence's actor. What its people
    // learned or found (调研组了解到，全县已建成…; 委员们获悉，…) is reported, not done: only the words after the
    // last such verb count.
    private static bool CommitteeActsBefore(string text, int clauseStart, ReadOnlySpan<string> words)
    {
        var from = 0;
        foreach (var verb in LearningVerbs)
        {
            var at = text.LastIndexOf(verb, Math.Max(0, clauseStart - 1), StringComparison.Ordinal);
            if (at >= 0 && at + verb.Length <= clauseStart)
            {
                from = Math.Max(from, at + verb.Length);
            }
        }

        var span = text.AsSpan(from, clauseStart - from);
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LearningVerbs = ["了解到", "获悉", "得知", "发现", "看到"];

    // Words that open a clause before its subject or verb: times and adverbs (今年以来，…; 共, 先后).
    private static readonly HashSet<string> SubjectLeads = ["今年", "去年", "全年", "以来", "一年来", "近年来", "共", "先后", "累计", "已", "还", "同时", "此外", "另外", "目前", "截至"];

    // The subject the clauses before this one share, nearest first: a clause opening with a verb, an adverb or a
    // preposition has none of its own and goes on with the one before it; a time alone (今年以来) is passed over.
    // The first clause with a subject tells whether it is someone else (another actor, a bureau, the whole place,
    // 该镇, an enterprise: 委员王某某创办的企业已带动…，建成生产线6条).
    private bool SharedSubjectIsOther(UnitReading reading, int clauseStart)
    {
        var tokens = reading.Unit.Tokens;
        var clauses = reading.Unit.Clauses;
        for (var c = clauses.Count - 1; c >= 0; c--)
        {
            var (start, end) = clauses[c];
            if (end > clauseStart)
            {
                continue;
            }

            var first = tokens.FirstOrDefault(t => t.Start >= start && t.End <= end && t.Tag != "x" && !SubjectLeads.Contains(t.Word) && t.Tag is not ("t" or "m" or "f"));
            if (first is null)
            {
                continue;
            }

            if (first.Tag.StartsWith('v') || first.Tag is "d" or "p" or "c")
            {
                // 引进项目35个: no subject of its own (a verb first), unless another actor opens it as a word the segmenter tagged otherwise.
                if (cues.OtherActors.Any(a => OpensWithActor(reading.Text.AsSpan(first.Start, end - first.Start), a)))
                {
                    return true;
                }

                continue;
            }

            var subject = reading.Text[first.Start..end];
            return cues.OtherActors.Any(a => OpensWithActor(subject, a)) || IsBureau(subject) || IsOtherSubject(subject) || IsOtherBody(reading, subject)
                || (WholePlace().IsMatch(subject) && !subject.AsSpan().ContainsAny(CommitteeWords));
        }

        return false;
    }

    // 该镇…, 该企业…: a place or body the text spoke of before; an enterprise as the subject (…创办的企业已带动…,
    // 某某公司共…): its own figures.
    [GeneratedRegex(@"^(?:该|这个|这家)(?:镇|乡|县|市|区|村|街道|社区|企业|公司|局|厅|院|校|园区|基地)(?!政协|委员)|^[\u4e00-\u9fff]{0,16}(?:企业|公司|合作社|集团)(?:已|共|先后|累计|今年|去年|全年|带动|实现|新增|吸纳|年产|年销售)")]
    private static partial Regex OtherSubject();

    // Another body (or its officer) as the subject: 县人大常委会共…, 县妇联累计…, 县医院共…, 城关镇党委共…, 县文旅局副局长介绍，…,
    // 县农业农村局、县财政局等部门今年共…, people's organisations and associations (县文联编发…, 市工商联共走访…, 县红十字会…,
    // 县书法家协会…), museums and libraries (县博物馆展出…); the name opens the clause, no preposition or verb of the committee's
    // before it (致公党某州委围绕党委、政府中心工作…: the bodies are the topic).
    [GeneratedRegex(@"^(?:(?!围绕|聚焦|针对|按照|根据|紧扣|立足|关于|就(?!业))[^与同和在对向为给跟及，,；;。：:“”]){0,12}?(?:人大常委会|人大|妇联|团委|总工会|工会|残联|科协|文联|侨联|台联|工商联|社科联|红十字会|协会|商会|党委|党工委|政府|局|厅|医院|卫生院|学校|部门|法院|检察院|派出所|银行|馆)(?:副?(?:局长|主任|院长|书记|负责人|校长|部长|厅长|镇长|县长|市长|区长|馆长))?")]
    private static partial Regex OtherBody();

    // Words of the committee acting with or on a body named after them (邀请县医院专家, 联合县财政局), going to it
    // (到县人民医院, 赴县检察院, 前往…: the body is where, not who), or its own people and groups as the subject
    // (主席会议成员, 常委们, 调研组, 视察组), or taking part in its meetings and hearing its reports (列席县政府常务会议,
    // 听取县政府…汇报, 督办县住建局承办的提案: the committee's own steps).
    private static readonly string[] WithBody = ["邀请", "带领", "组织", "联合", "会同", "协调", "推动", "动员", "陪同", "协助", "配合", "督促", "帮助", "深入", "走进", "机关", "委员",
        "到", "赴", "前往", "来到", "走访", "视察", "调研", "考察", "主席", "常委们", "调研组", "视察组", "专题组", "工作组", "小组",
        "听取", "列席", "出席", "参加", "督办", "旁听"];

    // In a government's or congress's own report its bodies are the reporter (政府, 局 act for it).
    private static bool IsOtherBody(UnitReading reading, string opening) =>
        reading.Context.IssuerBody is not { Kind: "政府" or "人大" } && OtherBody().Match(opening) is { Success: true } body && !opening.Contains("政协", StringComparison.Ordinal)
        && !WithBody.Any(w => body.ValueSpan.Contains(w, StringComparison.Ordinal));

    // Not a committee's own members or acts named on the way (县政协组织委员企业共…: the committee acts).
    private bool IsOtherSubject(string opening) =>
        OtherSubject().Match(opening) is { Success: true } subject && !subject.ValueSpan.Contains("政协", StringComparison.Ordinal)
        && !cues.CountVerbs.Any(v => v.Length > 1 && subject.ValueSpan.Contains(v, StringComparison.Ordinal));

    // 全市已建成35家…: the whole city or county as the actor, what all its bodies did; not 全市政协…, 全市各级政协委员…,
    // 全县共建成委员工作室25个 (the members' own places), nor the committees' consultation platforms by their quoted
    // names (全市“民生议事堂”共开展…, 全县“有事好商量”协商议事室…; not villages' councils, 全县村（社区）议事会…), nor after
    // the sentence named committees (依托18个县级政协，全市共打造了26个驿站: the committees of the whole city).
    [GeneratedRegex(@"\G" + WholePlacePattern)]
    private static partial Regex WholePlace();

    // 全 and a level, with no committee, member or quoted platform of theirs after it in the clause.
    private const string WholePlacePattern = @"全(?:国|省|市|县|区|州|盟|旗)(?![^，,；;。]*(?:政协|委员|“[^”，,；;。]{0,10}(?:议事|协商|商量)))";

    // The sentence opens with the whole place (after a time: 2023年全区…, 去年，全市…).
    [GeneratedRegex(@"^(?:[0-9]{4}年|今年|去年|全年|一年来|过去一年)?[，,]?" + WholePlacePattern)]
    private static partial Regex WholePlaceSentence();

    private static readonly System.Buffers.SearchValues<string> CommitteeWords = System.Buffers.SearchValues.Create(["政协", "委员"], StringComparison.Ordinal);

    // The actor opens the text as a word of its own: 市委会 and 区委会 are a party's committees (民进市委会), the
    // reporter itself, not the 市委 of the Communist Party (市委会议 still is: its meeting).
    private static bool OpensWithActor(ReadOnlySpan<char> text, string actor) =>
        text.StartsWith(actor, StringComparison.Ordinal)
        && !(actor.EndsWith('委') && text[actor.Length..] is ['会', .. var rest] && !rest.StartsWith("议"));

    // A bureau as the actor, not the place the committee's people go to (常委们前往县市场监管局调研4次, 委员们赴县自然资源局视察).
    private static bool IsBureau(string opening) =>
        GovernmentBureau().IsMatch(opening) && !opening.AsSpan().ContainsAny(GoingToBody);

    private static readonly System.Buffers.SearchValues<string> GoingToBody =
        System.Buffers.SearchValues.Create(["到", "赴", "前往", "走进", "深入", "委员", "常委", "主席", "调研组", "视察组"], StringComparison.Ordinal);

    // 县市场监管局对120家企业…, 省教育厅开展…: a government's bureau or department as the clause's actor
    // (a committee has no 局 or 厅).
    [GeneratedRegex(@"^(?![^对向为与在]*政协)[\u4e00-\u9fff]{1,10}(?:局|厅)(?=对|向|为|与|在|共|先后|全年|累计|今年|$)")]
    private static partial Regex GovernmentBureau();
}
