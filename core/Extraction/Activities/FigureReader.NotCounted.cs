using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Figures that look counted but are no committee's action (shares, negations, modifiers, another verb's figures).</summary>
internal sealed partial class FigureReader
{
    // What a meeting has or is given rather than what a committee does: its agenda items, when they are what
    // is counted (会议将完成六项议程, 议程分为6项; not 完成协商议程8项, the year's consultations), and the
    // applause a speech got, right after its count with no verb between (获得…4次热烈的掌声; not 宣讲40场并赢得阵阵掌声).
    private static bool CountsNoAction(string beforeObject, string afterNoun, string restOfClause, string? verb) =>
        Disposed().IsMatch(beforeObject) || Priorities().IsMatch(restOfClause) || (afterNoun.StartsWith("议程", StringComparison.Ordinal) && !beforeObject.EndsWith("协商", StringComparison.Ordinal))
        || AgendaBefore().IsMatch(beforeObject) || Applause().IsMatch(restOfClause)
        || (Honoured().IsMatch(afterNoun) && !VisitsHonoured(verb, restOfClause));

    // 走访慰问12家先进单位, 深入18个先进集体开展调研: a visit to units honoured counts the visit (the honour only names them).
    private static bool VisitsHonoured(string? verb, string restOfClause) =>
        (verb is not null && VisitingVerbs.Any(v => verb.Contains(v, StringComparison.Ordinal)))
        || VisitingVerbs.Any(v => restOfClause.Contains(v, StringComparison.Ordinal));

    private static readonly string[] VisitingVerbs = ["走访", "慰问", "看望", "调研", "考察", "视察", "深入"];

    // 对4个党建工作先进单位、6家宣传信息工作先进单位进行表彰: those honoured are counted, not an action (the noun
    // after the count, up to the next mark, names an honour).
    [GeneratedRegex(@"^[^，、,；。]{0,12}(?:先进单位|先进集体|先进个人|先进工作者|优秀单位|优秀组织单位)(?:[，、,；。和及]|$)")]
    private static partial Regex Honoured();

    // 打造…“产业突围、城市更新、文旅赋能”三项重点工作, 突出抓好…5项重点: a number naming the year's priorities, no steps
    // (read on the text right after the unit: 5项重点视察 counts inspections; 完成8项任务 counts work done).
    [GeneratedRegex(@"^(?:重点工作|工作重点|重点)(?![\u4e00-\u9fff])|^(?:重点工作|工作重点)")]
    private static partial Regex Priorities();

    [GeneratedRegex(@"(?<!协商)议程(?:分为|共有|共|有)$")]
    private static partial Regex AgendaBefore();

    [GeneratedRegex(@"^[余多]?次?[^，,；;。、赢获博得]{0,6}掌声")]
    private static partial Regex Applause();

    // 召开会议研究重要事项28项, 召开常委会议审议文件6个: what a meeting studied or heard, counted in a unit of things, not
    // meetings held (召开党组会议学习12次 counts the meetings).
    private static bool ItemsOfMeeting((string Verb, int Start, int End)? verb, string before, string unit) =>
        verb is { Verb: "召开" or "组织召开" or "举行" } held && unit is not ("次" or "场" or "场次" or "期")
        && MeetingAtWork().IsMatch(before[held.End..]);

    [GeneratedRegex(@"会议?(?:研究|审议|听取|讨论|部署|通报|传达|学习)[^，,；;。]*$")]
    private static partial Regex MeetingAtWork();

    // The papers 份 counts: reports, speeches and materials, proposals, opinions, questionnaires.
    private static readonly string[] DocumentNouns = ["报告", "材料", "发言", "提案", "建议", "意见", "问卷", "调查表"];

    // 87个承办单位把办理提案作为职责, 有2篇被吸纳进规划: what is counted is the clause's subject (把, 将) or
    // undergoes the verb after it (被), so that verb is no step applied to it. Not when a preposition
    // before the figure governs it (对23户被帮扶家庭开展走访, 对15家将军山片区企业): there 被 or 将 is
    // inside what is counted, and the verb after is the committee's.
    // 由30个界别组成: what a body is made of (由…组成, 由…构成), counted as it stands, is no step either.
    private static bool SubjectOrPassive(string text, int clauseStart, int index, int from, int verb) =>
        (verb > from && text.AsSpan(from, verb - from).IndexOfAny("把将被") >= 0
            && text.AsSpan(clauseStart, index - clauseStart).IndexOfAny("与同向对为给") < 0)
        || (text.AsSpan(clauseStart, index - clauseStart).TrimEnd().EndsWith("由") && (string.CompareOrdinal(text, verb, "组成", 0, 2) == 0 || string.CompareOrdinal(text, verb, "构成", 0, 2) == 0));

    // 围绕经济发展方面提出提案58件，占立案总数的49.15%: a proposal report's count of one subject, its share of the
    // registered total after it, is a part of that total, not a step of its own.
    [GeneratedRegex(@"^占(?:立案|提案|收到提案|全部提案)?总数")]
    private static partial Regex ShareOfTotal();

    private static bool IsSubjectPart(string text, int clauseStart, int index, int after) =>
        text.AsSpan(clauseStart, index - clauseStart).Contains("方面", StringComparison.Ordinal) && ShareOfTotal().IsMatch(text.AsSpan(ShareAt(text, after)));

    // 立案提案交由56家市直部门办理, 分别交给12个单位: the bodies proposals go to for handling are counted, not a step.
    private static bool CountsRecipients(string text, int clauseStart, int index) =>
        text.AsSpan(clauseStart, index - clauseStart).TrimEnd() is var before && (before.EndsWith("交由") || before.EndsWith("交给") || before.EndsWith("转交") || before.EndsWith("分送"));

    // 并案、撤案12件, 撤回3件, 退回10件: proposals merged into others, withdrawn or sent back, no step of handling.
    // 转作建议157件, 转为社情民意信息12件: proposals not filed but passed on as something else.
    [GeneratedRegex(@"^(?:(?:并案|撤案|撤回|退回)(?:、(?:并案|撤案|撤回|退回))*|(?:转作|转为)[\u4e00-\u9fff]{1,8})$")]
    private static partial Regex Disposed();

    // 这两件重点提案交办后, 该5个项目: things the text has already counted, pointed back to.
    private static bool PointsBack(string text, int index) =>
        index >= 1 && text[index - 1] is '这' or '那' or '该' or '此' || index >= 2 && text.AsSpan(index - 2, 2) is "上述" or "以上";

    // 将收集到的70余条信息进行提炼, 对征集到的120件提案逐件审查: what was gathered, taken up again by a clause that
    // fronts it (将, 把, 对), is the count told before (when one of the same figure was).
    private static bool TakenUpAgain(UnitReading reading, int clauseStart, int index, double value, string unit) =>
        GatheredFronted().IsMatch(reading.Text.AsSpan(clauseStart, index - clauseStart))
        && reading.Activities.Any(a => a.Value == value && a.Unit == unit);

    [GeneratedRegex(@"(?:将|把|对)[\u4e00-\u9fff]{1,4}到的$")]
    private static partial Regex GatheredFronted();

    // 围绕重点项目建设、十件民生实事、…进行视察: a figure opening an item of what a clause is about names a topic (the
    // year's ten projects), not a count of steps.
    // Not an item of a list of counts after the verb (围绕乡村振兴开展专题调研5次、3场协商座谈): no figure stands between
    // the topic word and this one.
    private static bool InTopicList(string text, int clauseStart, int index) =>
        index > clauseStart && text[index - 1] == '、'
        && TopicWords.Select(w => text.LastIndexOf(w, index - 1, index - clauseStart, StringComparison.Ordinal)).Max() is var about and >= 0
        && !Figures(text[about..index]).Any();

    private static readonly string[] TopicWords = ["围绕", "聚焦", "针对"];

    // 302件，占45.4%, 提出提案87件、占比41%: a figure followed by its share of a total.
    private static bool IsShare(string text, int after)
    {
        after = ShareAt(text, after);
        if (after >= text.Length || text[after] != '占')
        {
            return false;
        }

        var figure = after + 1 < text.Length && text[after + 1] == '比' ? after + 2 : after + 1;
        return figure < text.Length && (char.IsAsciiDigit(text[figure]) || "一二三四五六七八九十百半".Contains(text[figure]));
    }

    private const string Commended = "表彰";

    // A commendation counts the committee's own papers (表彰32件优秀提案), not the bodies commended (对…6个县区政协予以通报表扬).
    private static bool CommendedPapers(string unit, string commended) =>
        unit is "件" or "篇" or "条" or "份" || (unit == "个" && CommendedGroups.Any(g => commended.EndsWith(g, StringComparison.Ordinal)));

    // Bodies and groups commended by count (表彰…等3个优秀专委会, 10个提案承办先进单位, 授予5个优秀委员工作室), not people, nor
    // committees (表彰5个县区政协委员会: the commended committees, CountsCommittees).
    private static readonly string[] CommendedGroups = ["单位", "集体", "专委会", "活动组", "工作室", "小组", "组"];

    // 获得5项表彰, 3次受到市政协表彰: honours received, not commendations the committee gave.
    private static bool HonourReceived(string text, int clauseStart, int clauseEnd) =>
        text.AsSpan(clauseStart, clauseEnd - clauseStart) is var clause && (clause.Contains('获') || clause.Contains("受到", StringComparison.Ordinal));

    // 经审查，立案290件，占94.77%: the proposals filed, a step of the committee's own, whatever share of those received it is.
    private static bool FiledCount(string text, int clauseStart, int index) =>
        text.AsSpan(clauseStart, index - clauseStart).TrimEnd().TrimEnd("了共") is var before && before.EndsWith("立案", StringComparison.Ordinal);

    // 解决和基本解决2345件，占立案总数87.3%, 已办结132件，占提案总数的91%: an outcome's share of the total named first
    // (what was solved of what was filed). Not a step of the committee's own that the total measures (经审查立案436件，
    // 占提案总数的90.8%; 走访规上企业120家，占全市企业总数的三分之一): that count is the step's.
    private static bool IsOutcomeShare(string text, int after, (string Verb, int Start, int End)? verbAt) =>
        NamedShare().IsMatch(text, ShareAt(text, after)) && (verbAt is not { } verb || Outcomes.Any(o => verb.Verb.Contains(o, StringComparison.Ordinal)));

    private static int ShareAt(string text, int after)
    {
        while (after < text.Length && text[after] is ' ' or '　' or '，' or ',' or '、')
        {
            after++;
        }

        return after;
    }

    [GeneratedRegex(@"\G占[\u4e00-\u9fff]{0,6}总(?:数|量|额)?的?(?:[0-9]+(?:\.[0-9]+)?[%％]|百分之|[一二三四五六七八九十]分之|[一二三四五六七八九]成)")]
    private static partial Regex NamedShare();

    // 在立案办复的145件提案中，已经得到解决的有132件: a whole named as the frame of its parts (the clause ends
    // with the counted noun and 中), a total told again, not a step of its own.
    // Not a count of events (在开展的30余次走访中，收集…; 在组织的12次专题调研中): the steps themselves, told once.
    private bool FramesParts(string text, int after, int clauseEnd, string unit) =>
        unit is not ("次" or "场" or "场次" or "期" or "批次") && clauseEnd < text.Length && text[clauseEnd] is '，' or ','
        && (PartsFrame().IsMatch(text[after..clauseEnd]) || ListedFrame().IsMatch(text[after..clauseEnd]))
        && !cues.GeneralVerbs.Any(v => text.AsSpan(after, clauseEnd - after).Contains(v, StringComparison.Ordinal));

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,10}中$")]
    private static partial Regex PartsFrame();

    // 在…评选出的10件最具影响力提案和10件入围提案中，…: the frame a list of counts makes, each count with its noun.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,12}(?:[和及、][0-9一二三四五六七八九十两]+(?:件|条|篇|项|个)[\u4e00-\u9fff]{1,12})+中$")]
    private static partial Regex ListedFrame();

    // 分别在生态屏障方面提出提案116件、安全稳定方面153件: counts by subject (…方面) are parts of a total
    // (not 形成四个方面共30条建议: an outline of one count).
    // A count in a list after 在…方面 is one of the subjects only when the next item names its own subject
    // (…方面提出提案80件、乡村振兴方面95件); not the steps taken under one subject (在服务发展方面开展专题调研15次、视察8次).
    private static bool BySubject(string before, string beforeObject, string text, int after) =>
        SubjectItem().IsMatch(beforeObject)
        || (SubjectBefore().IsMatch(before) && (before.Contains("分别", StringComparison.Ordinal) || (after < text.Length && text[after] == '、' && NextSubject().IsMatch(text, after + 1))));

    [GeneratedRegex(@"\G[\u4e00-\u9fff]{1,30}方面")]
    private static partial Regex NextSubject();

    [GeneratedRegex(@"^(?![0-9一二三四五六七八九十两]+个?方面)[\u4e00-\u9fff]{2,30}方面$")]
    private static partial Regex SubjectItem();

    [GeneratedRegex(@"在[^，,；;。、]{1,30}方面")]
    private static partial Regex SubjectBefore();

    // 有政府相关部门、13所职业院校、22家企业负责人等参加的, 由30名委员参与的: who take part in what is counted.
    // The 有 or 由 nearest before them opens them (有力推动开展12场有群众参与的议事活动: 群众), and not an adverb's
    // 有 (有序组织开展20场群众代表参加的活动, 有效开展) nor 由此/由于; a step conducted (开展, 召开 …) is what is
    // counted, never those taking part in it (由主席带队开展10次委员参加的视察: the ten visits count).
    [GeneratedRegex(@"(?:有(?![序效力机利益])|由(?![此于]))(?<who>(?:有(?=关)|(?!开展|召开|举办|举行|进行)[^，,；;。有由]){2,60}?)等?(?:共同)?(?:参加|出席|参与|列席)的")]
    private static partial Regex Attendance();

    // True when the figure at <paramref name="index"/> counts those taking part in a meeting its clause counts.
    private static bool TakesPart(string text, int clauseStart, int clauseEnd, int index)
    {
        foreach (Match m in Attendance().Matches(text[clauseStart..clauseEnd]))
        {
            var who = m.Groups["who"];
            if (index >= clauseStart + who.Index && index < clauseStart + who.Index + who.Length)
            {
                return true;
            }
        }

        return false;
    }

    // Where the thing counted begins when those taking part stand between the unit and it (3场|有…参加的|座谈会); null
    // when they do not. Those taking part may follow the unit with no 有 or 由 (开展20场群众代表参加的协商议事活动).
    private static int? AttendedBy(string text, int after, int clauseEnd)
    {
        foreach (var m in new[] { Attendance().Match(text, after, clauseEnd - after), BareAttendance().Match(text, after, clauseEnd - after) })
        {
            if (m.Success && m.Index == after)
            {
                return m.Index + m.Length;
            }
        }

        return null;
    }

    // 20场群众代表参加的: those taking part right after a count's unit, with no other figure or step among them.
    [GeneratedRegex(@"\G(?:(?!开展|召开|举办|举行|进行)[^，,；;。0-9０-９一二三四五六七八九十两百千万])(?:(?!开展|召开|举办|举行|进行)[^，,；;。0-9０-９]){1,19}?等?(?:共同)?(?:参加|出席|参与|列席)的")]
    private static partial Regex BareAttendance();

    // 收到27个单位选送的参评作品113件: a figure followed in its clause by 的 and then another figure modifies
    // the noun the later figure counts. A 的 inside a quoted title that opens another item of a list (等8件提案和《关于…的建议》等4条)
    // is the title's own; not a title right after the first count's noun (收到7个乡镇联络委《关于…的报告》等材料28份: who sent them).
    private static bool Modifies(UnitReading reading, int after, int clauseEnd, List<(int Index, int Length, double Value, string Unit)> figures)
    {
        var text = reading.Text;
        var last = figures.FindLastIndex(f => f.Index > after && f.Index < clauseEnd);
        if (last < 0)
        {
            return false;
        }

        var end = figures[last].Index;
        for (var at = text.IndexOf('的', after, end - after); at >= 0; at = text.IndexOf('的', at + 1, end - at - 1))
        {
            // 的 inside a title, or right after one (和题为《…》的书面发言2篇), that opens another list item belongs to that item.
            var title = reading.Unit.QuoteAt(at) is { } inside && at < inside.Close ? inside
                : reading.Unit.QuoteAt(at - 1) is { } closed && closed.Close == at - 1 ? closed : null;
            if (title is null || text.AsSpan(after, title.Open - after).IndexOfAny("和及、") < 0)
            {
                return true;
            }
        }

        return false;
    }

    // 每月入户走访2次以上, 每季度召开座谈会2次: a frequency (每 and a span of time, nothing between it and
    // the figure but the action), not a count of actions done.
    [GeneratedRegex(@"每(?:月|周|年|季度|季|半月|两月|天|日|旬)(?<rest>[^，,；;。、]*)$")]
    private static partial Regex Frequency();

    // 每年开展“微协商”300余次: a year's volume of a standing practice, counted as done (a rule of a charter sets a
    // few exact events a year, 每年召开全体会议2次: the count is approximate or runs to ten and more).
    [GeneratedRegex(@"每年(?<rest>[^，,；;。、]*)$")]
    private static partial Regex YearlyFrequency();

    private static bool YearlyVolume(string text, int index, int length, double value) =>
        value >= 10 || text.AsSpan(index, length).ContainsAny('余', '多') || (index > 0 && text[index - 1] is '近' or '约');

    // Words of a total that end a frequency's reach (每月…，全年共走访…, “每周一访”活动累计走访…).
    private static readonly string[] Totals = ["共", "累计", "全年", "今年以来", "合计"];

    // A frequency governs the figure unless it is quoted (the caller blanks quotes: “每月一议”活动), it
    // modifies a noun (按照每季度一次的要求), or a total stands between it and the figure.
    private static bool IsFrequency(string unquotedBefore) =>
        Frequency().Match(unquotedBefore) is { Success: true } frequency && frequency.Groups["rest"].Value is var rest
        && !rest.Contains('的') && !Totals.Any(t => rest.Contains(t, StringComparison.Ordinal));

    // 平均每名委员提交提案2.3件, 人均参加活动5次: an average per member, not a count of steps; a count with a fraction
    // (8.5次, not 1.2万人次) is one whatever words go before it.
    [GeneratedRegex(@"(?:平均|人均|户均|每名|每位|每人|每个委员)[^，,；;。]*$")]
    private static partial Regex PerMember();

    private static bool IsAverage(string unquotedBefore, double value) =>
        value % 1 != 0 || (PerMember().Match(unquotedBefore) is { Success: true } average && !Totals.Any(t => average.Value.Contains(t, StringComparison.Ordinal)))
        || (value == 1 && PerOccurrence().IsMatch(unquotedBefore));

    // 每参加1次，计5分, 每提交1件提案: a rule's unit (each time, each one), not a count of what was done.
    [GeneratedRegex(@"每[^，,；;。、\d]{1,8}$")]
    private static partial Regex PerOccurrence();

    // 交办提案709件（并案12件）, 并案处理18件: proposals merged into others, no step of the total; 作为来信处理的4件, 转为社情民意
    // 信息处理的3件: proposals turned into something else, which the total leaves out.
    [GeneratedRegex(@"并案(?:处理|办理)?$|(?:作为|转为|转作|改为)[^，,；;。、\d]{1,8}处理的?$")]
    private static partial Regex Merged();

    private static bool FrequencyOrMerged(string before, string unquotedBefore, bool yearlyVolume) =>
        (IsFrequency(unquotedBefore) && !(yearlyVolume && YearlyFrequency().IsMatch(unquotedBefore))) || Merged().IsMatch(before.TrimEnd().TrimEnd('（', '('));

    // 全国政协单篇采用4条, 省政协采用57篇 in a county's report: what a committee of another level than the
    // reporter adopted (above it, or below a reporter wrongly read as national) is that committee's outcome,
    // not the reporter's count; a committee adopting in its own report counts.
    [GeneratedRegex(@"(?<by>全国|省|自治区|市|州)政协[^，,；;。、]{0,4}$")]
    private static partial Regex Adopter();

    [GeneratedRegex(@"(?<!政协[^，,；;。、]{0,12})(?:省委|市委|州委|县委|区委|党委|中央|政府|(?<!全)部|厅)[^，,；;。、\d]{0,4}$")]
    private static partial Regex OtherAdopter();

    private static bool IsAdoptedElsewhere(UnitReading reading, int clauseStart, string before, (string Verb, int Start, int End)? verb)
    {
        if (verb is not { Verb: "采用" } adopted)
        {
            return false;
        }

        if (Adopter().Match(before[..adopted.Start]) is not { Success: true } adopter)
        {
            // 民建省委综合采用9篇 in a committee's text: a party's or a government's adoption of what was sent up.
            return reading.Context.IssuerBody is null && OtherAdopter().IsMatch(before[..adopted.Start]);
        }

        var by = Rank(adopter.Groups["by"].Value);
        var at = clauseStart + adopter.Index;
        // The reporter: the document's committee, else the first committee of the sentence that adopts nothing.
        var own = reading.Context.Issuer?.Level
            ?? reading.Mentions.FirstOrDefault(m => !m.Implied && m.Label == Labels.Committee && m.End <= at && m.Properties.ContainsKey("level")
                && !reading.Text.AsSpan(m.End, Math.Min(6, reading.Text.Length - m.End)).Contains("采用", StringComparison.Ordinal))?.Properties["level"] as string;

        // A reporter of unknown level: the national and provincial committees are above most reporters.
        return own is null ? by <= 1 : by != Rank(own);
    }

    // 全国 0, 省 1, 市 2, 县 and 区 3: the higher a committee, the smaller.
    private static int Rank(string level) => level switch
    {
        "全国" => 0,
        "省" or "自治区" => 1,
        "市" or "州" => 2,
        _ => 3,
    };

    // What 上报 reports as a committee's output (上报社情民意信息45条); 上报重大项目32个 sends up no information.
    // What members put forward in writing: information, proposals, suggestions, reports, and speeches for a session (大会发言材料).
    private static readonly string[] ReportedInformation = ["信息", "社情民意", "调研报告", "建议", "提案", "意见", "发言"];

    // 带来 counts only what a member brings to a session (这次带来了3件提案, 他带来的6件提案): never projects, jobs or anything else.
    private const string Brought = "带来";

    private static bool ReportsNoInformation(string verb, string objectText) =>
        (verb == "上报" && objectText.Length > 0 || verb == Brought) && !ReportedInformation.Any(w => objectText.Contains(w, StringComparison.Ordinal));

    // 已办结29件，正在协调办理9件, 需跨年度办理6件: proposals or problems still being handled, or left to be, are a state
    // of a total (by the bodies handling them), not a count of handling done.
    // The marks of what is left (需, 待, 尚在) open the clause, a few words before 办理 (需跨年度办理); never inside another
    // word (企业发展需求, 委员接待日).
    private static bool HandlingInProgress(string before, (string Verb, int Start, int End)? verb) =>
        verb is { Verb: "办理" } handling
        && (before.AsSpan(0, handling.Start).Contains("正在", StringComparison.Ordinal) || LeftToHandle().IsMatch(before[..handling.Start]));

    [GeneratedRegex(@"^\s*(?:还|仍)?(?:需要|需|待|尚在|尚需)[\u4e00-\u9fff]{0,4}$")]
    private static partial Regex LeftToHandle();

    // 推动90家承办单位办理提案2647件次: proposals handled by the bodies named right before 办理, their work, not the committee's.
    private static bool HandledByOthers(string before, (string Verb, int Start, int End)? verb) =>
        verb is { Verb: "办理" } handling && Handlers().IsMatch(before[..handling.Start]);

    [GeneratedRegex(@"(?:承办单位|部门|单位)[\u4e00-\u9fff]{0,2}$")]
    private static partial Regex Handlers();

    // 不予立案, 未予立案, 不立案, 未办理, 无法办理: the verb negated; 退回修改10件: proposals sent back to be revised.
    // 对不符合立案条件的18件提案: what did not meet the verb's terms.
    private static bool Negated(string before, int verbStart) =>
        (verbStart >= 1 && before[verbStart - 1] is '不' or '未') || (verbStart >= 2 && before.AsSpan(verbStart - 2, 2) is "不予" or "未予" or "没有" or "无法" or "退回")
        || (verbStart >= 3 && before.AsSpan(verbStart - 3, 3) is "不符合" or "不属于");

    // 提案所提问题已经解决或基本解决的442件，正在解决或列入计划解决的19件，因条件限制暂未解决的7件: the state of what proposals
    // asked for, solved by the bodies that handled them; a proposal report's tally, not the committee's step.
    // So is a proposal report's part heading (（一）已完成或基本完成的提案（20件）).
    [GeneratedRegex(@"(?:已经?|基本|正在|暂未|暂时|尚未|未能|列入计划|计划)[^，,；;。]{0,8}?(?:(?:解决|办结|落实)的\s*|完成的提案\s*[（(])$")]
    private static partial Regex HandlingOutcome();

    private static bool IsHandlingOutcome(string before) => HandlingOutcome().IsMatch(before);

    // 参加会议的委员分成七个组: after a relative clause (…的委员) another verb (分成) right before the figure governs it. Not a
    // paper's noun the segmenter tags as a verb (收到委员提交的提案30件: 提案 is what was received).
    private bool GovernedByOtherVerb(UnitReading reading, string before, int verbEnd, int figureAt)
    {
        if (!before.AsSpan(verbEnd).Contains('的') || (verbEnd < before.Length && before[verbEnd] == '的' && TotalToldAfter(before, verbEnd + 1)))
        {
            return false;
        }

        var last = reading.Unit.Tokens.LastOrDefault(t => t.End == figureAt);
        return last is { Tag: "v" } && !DocumentNouns.Contains(last.Word) && !cues.CountVerbs.Contains(last.Word) && cues.KindOf(last.Word) is null && cues.KindNamed(last.Word) is null;
    }

    // 参加活动委员500多人次: the members taking part, counted in person-times, are people, not steps (参与民主监督1000余人次
    // counts the taking part).
    private static bool CountsPeopleTakingPart(string unit, string beforeObject, string? verb) =>
        unit == "人次" && verb is null or "参加" or "参与" && PeopleNouns.Any(p => beforeObject.EndsWith(p, StringComparison.Ordinal));

    private static readonly string[] PeopleNouns = ["委员", "代表", "人员", "群众", "干部"];
}
