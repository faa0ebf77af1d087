using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Figures of a committee's text that count no step it took: a plan or a target (将开展专题调研8次, 拟召开…3次,
/// 走访企业不少于1000家), a duration (为期4个月), a numeral slogan (三个一), and committees counted as the
/// actors of a joint campaign (18个市政协和158个县级政协联合开展…).
/// </summary>
internal sealed partial class FigureReader
{
    // Words right before a verb that make its count a plan or a demand, not a step taken.
    private static readonly HashSet<string> PlanWords = ["将", "将要", "拟", "计划", "准备", "打算", "力争", "争取", "预计", "要", "必须", "应当", "须"];

    // Adverbs that may stand between a plan word and its verb (将继续开展, 拟再召开).
    private static readonly HashSet<string> PlanAdverbs = ["继续", "再", "进一步", "重点", "全年", "年内", "明年", "下半年", "共", "陆续", "适时", "分别", "还", "至少"];

    // 按计划, 依计划: a step done as planned.
    private static readonly HashSet<string> AsPlanned = ["按", "按照", "依", "依照", "根据", "照"];

    // A heading, or a clause closed by ：, that announces plans (2024年主要工作安排：, 下一步工作打算, 年度协商计划).
    [GeneratedRegex(@"(?:安排|打算|要点|思路|计划|设想)[：:]?\s*$")]
    private static partial Regex PlanHeadingEnd();

    [GeneratedRegex(@"^(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]是)")]
    private static partial Regex NumberedItem();

    // Not a heading of work done on a plan (落实年度协商计划, 工作计划完成情况), nor one of a review that names the plan
    // made or followed ((一)科学制定年度协商计划, 一、聚焦年度工作要点).
    private static readonly string[] DoneOnPlan = ["完成", "落实", "执行", "情况", "回顾", "成效", "实施", "制定", "聚焦", "围绕", "紧扣", "对照"];

    private static bool IsPlanHeading(string text) =>
        PlanHeadingEnd().IsMatch(text) && !DoneOnPlan.Any(d => text.Contains(d, StringComparison.Ordinal));

    // At each unit: a heading-like line (a heading, or a short line closed by ：) opens a part of plans when it
    // announces them, and ends one when it does not (二、2023年工作回顾).
    public static void NotePlanHeading(UnitReading reading)
    {
        var text = reading.Unit.Text.Trim();
        if (reading.State.PlanSectionId is not null && NumberedItem().IsMatch(text))
        {
            // 1.开展专题调研8次。 read as a heading of its own: an item of the plans goes on with them.
            reading.State.PlanSectionId = reading.Unit.SectionId;
            return;
        }

        if (reading.Unit.IsHeading || (text.Length <= 30 && text.EndsWith('：')))
        {
            reading.State.PlanSectionId = text.Length <= 30 && IsPlanHeading(text) ? reading.Unit.SectionId : null;
        }
    }

    // A count under a heading of plans (2024年主要工作安排：开展专题调研6次；…, or the lines of its section) is planned.
    private static bool UnderPlanHeading(UnitReading reading, int clauseStart)
    {
        if (reading.State.PlanSectionId is { } section && section == reading.Unit.SectionId)
        {
            return true;
        }

        var text = reading.Text;
        foreach (var (start, end) in reading.Unit.Clauses)
        {
            if (end <= clauseStart && end < text.Length && text[end] == '：' && end - start <= 30 && IsPlanHeading(text[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    // A minimum set as a target (不少于1000家), not a count reached.
    private static readonly string[] TargetMarks = ["不少于", "不低于", "至少"];

    // The verb of the count is planned or demanded: a plan word right before it (adverbs between). Not when a
    // 的 stands between the verb and the figure: 将 that governs a noun phrase (将收集到的15条建议报送: 把) or a
    // plan that names what the sentence tells done (计划开展的12项协商活动全部完成).
    private static bool Planned(UnitReading reading, int clauseStart, string before, (string Verb, int Start, int End) verb)
    {
        if (TargetMarks.Any(m => before.TrimEnd().EndsWith(m, StringComparison.Ordinal)))
        {
            return true;
        }

        var tokens = reading.Unit.Tokens;
        var at = clauseStart + verb.Start;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.End != at)
            {
                continue;
            }

            if (PlanAdverbs.Contains(token.Word))
            {
                at = token.Start;
                continue;
            }

            if (!PlanWords.Contains(token.Word))
            {
                return false;
            }

            var asPlanned = k > 0 && tokens[k - 1].End == token.Start && AsPlanned.Contains(tokens[k - 1].Word)
                || token.Word == "计划" && FollowsPlanNamedAsGuide(reading.Text, tokens, k, reading.Unit.ClauseAt(token.Start).Start);
            var relative = before.AsSpan(verb.End).Contains('的');
            return !asPlanned && !relative;
        }

        return false;
    }

    // 按照年度协商计划开展…, 根据年初计划组织…: 计划 the noun closing what the step followed (按, 根据 … before it in
    // its clause, no plan word before them: 将按照计划开展 is a plan), not a plan word.
    private static bool FollowsPlanNamedAsGuide(string text, IReadOnlyList<Token> tokens, int k, int clauseStart)
    {
        for (var j = k - 1; j >= 0 && tokens[j].Start >= clauseStart; j--)
        {
            if (AsPlanned.Contains(tokens[j].Word))
            {
                var before = text[clauseStart..tokens[j].Start];
                return !PlanWords.Any(w => before.EndsWith(w, StringComparison.Ordinal))
                    && !PlanAdverbs.Any(a => before.EndsWith(a, StringComparison.Ordinal) && PlanWords.Any(w => before[..^a.Length].EndsWith(w, StringComparison.Ordinal)));
            }
        }

        return false;
    }

    // Words that may open a clause before its verb without being a subject of its own (，再走访企业50家).
    private static readonly string[] ClauseLeads = ["全年", "共", "再", "并", "还", "同时"];

    // 将开展专题调研8次，视察5次，协商4次; 市政协将围绕中心工作，开展调研视察10次; 目标是走访企业不少于200家，召开座谈会10场:
    // a clause of the same sentence with no subject of its own (it opens with its verb, or is only a thing and its count)
    // goes on with the plan of a clause before it, through clauses that also open with a verb.
    // A clause that says a total (人均提交提案2件，共收到提案320件) does not go on with an average: it counts the whole.
    private bool ContinuesPlan(UnitReading reading, int clauseStart, string before, (string Verb, int Start, int End)? verb, Dictionary<int, bool> plannedClauses)
    {
        var lead = (verb is { } v ? before[..v.Start] : "").Trim();
        var total = lead.StartsWith('共') || lead.StartsWith("全年共", StringComparison.Ordinal);
        foreach (var word in ClauseLeads)
        {
            lead = lead.StartsWith(word, StringComparison.Ordinal) ? lead[word.Length..] : lead;
        }

        if (lead.Length > 0 || (verb is null && (before.Length > 8 || before.Any(char.IsAsciiDigit))))
        {
            return false;
        }

        var text = reading.Text;
        var clauses = reading.Unit.Clauses;
        var at = clauses.Count - 1;
        while (at >= 0 && clauses[at].Start >= clauseStart)
        {
            at--;
        }

        for (var steps = 0; at >= 0 && steps < 4; at--, steps++)
        {
            var (start, end) = clauses[at];
            if (end < text.Length && text[end] is '。' or '！' or '？' or '!' or '?')
            {
                return false;
            }

            if (plannedClauses.TryGetValue(start, out var average))
            {
                return !(average && total);
            }

            if (verb is not null && PlanOpens(reading, start, end))
            {
                return true;
            }

            if (verb is null || !OpensWithVerb(reading, start))
            {
                return false;
            }
        }

        return false;
    }

    // The clause before goes on with an average (人均提交提案3件，参加活动8次): so does this one.
    private static bool ContinuedAverage(UnitReading reading, int clauseStart, Dictionary<int, bool> plannedClauses) =>
        reading.Unit.Clauses.LastOrDefault(c => c.Start < clauseStart) is var previous && plannedClauses.TryGetValue(previous.Start, out var average) && average;

    // A plan word in the clause followed by what it plans (市政协将围绕…, 计划明年开展…): adverbs between, then a verb or a preposition.
    private bool PlanOpens(UnitReading reading, int start, int end)
    {
        var tokens = reading.Unit.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start < start || tokens[k].End > end || !PlanWords.Contains(tokens[k].Word)
                || (k > 0 && AsPlanned.Contains(tokens[k - 1].Word)) || TakesObject(reading.Text, tokens, k, end)
                || (tokens[k].Word == "计划" && ((k > 0 && tokens[k - 1].Start >= start && tokens[k - 1].Tag.StartsWith('n')) || FollowsPlanNamedAsGuide(reading.Text, tokens, k, start))))
            {
                continue;
            }

            var next = k + 1;
            while (next < tokens.Count && tokens[next].End <= end && PlanAdverbs.Contains(tokens[next].Word))
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].End <= end && (IsVerbLike(tokens[next]) || cues.CountVerbs.Contains(tokens[next].Word)
                || (tokens[next].Tag == "j" && next + 1 < tokens.Count && tokens[next + 1].End <= end && tokens[next + 1].Tag.StartsWith('v'))))
            {
                // 将继续深化调研: a verb the tagger calls an abbreviation (深化/j) before the verb or activity it takes.
                return true;
            }
        }

        return false;
    }

    // 县政协将调研成果转化为提案, 将优化营商环境列为协商议题, 将提案办理与民生实事结合: 将 as 把, taking a thing and doing
    // something with it in its clause, no plan (将继续把…作为…, with an adverb or 把 after it, is one).
    private static bool TakesObject(string text, IReadOnlyList<Token> tokens, int k, int end) =>
        tokens[k].Word == "将" && k + 1 < tokens.Count && !PlanAdverbs.Contains(tokens[k + 1].Word) && tokens[k + 1].Word != "把"
        && Disposal().IsMatch(text[tokens[k].End..end]);

    [GeneratedRegex(@"^[^，,；;。]{1,24}?(?:作为|列为|转化为|转为|确定为|视为|纳入|列入|融入|写入|记入|计入|编入|转化成|汇编成|整理成|汇总成|落实到|延伸到|贯穿|结合|挂钩)")]
    private static partial Regex Disposal();

    private static bool IsVerbLike(Token token) => token.Tag.StartsWith('v') || token.Tag == "p";

    // The clause opens with a verb or a preposition (，围绕…, ，深化…): no subject of its own.
    private static bool OpensWithVerb(UnitReading reading, int start) =>
        reading.Unit.Tokens.FirstOrDefault(t => t.Start >= start) is { } first && first.Start == start && (first.Tag.StartsWith('v') || first.Tag == "p");

    // 为期4个月, 历时3个多月, 历时近1个半月: a span of time.
    private static readonly string[] TimeUnits = ["月", "多月", "半月", "小时", "多小时", "半小时", "星期", "工作日", "季度"];

    private static bool IsDuration(string text, int after, string unit) =>
        unit == "个" && TimeUnits.Any(t => text.AsSpan(after).StartsWith(t, StringComparison.Ordinal));

    // 三个一, 两个一百年, 四个全面 unquoted: a Chinese count followed by another numeral names a slogan (not 两个一线工作组).
    private static bool IsNumeralSlogan(string text, int index, int after) =>
        !char.IsAsciiDigit(text[index]) && after < text.Length && "一二三四五六七八九十".Contains(text[after], StringComparison.Ordinal)
        && !text.AsSpan(after).StartsWith("一线", StringComparison.Ordinal);

    // 18个市政协和158个县级政协联合开展…: committees counted as those who act, not what a step was applied to.
    private static bool CountsCommittees(string noun) =>
        noun.EndsWith("政协", StringComparison.Ordinal) || noun.EndsWith("政协组织", StringComparison.Ordinal);
}
