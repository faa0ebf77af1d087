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
    private static readonly HashSet<string> PlanWords = ["将", "将要", "拟", "计划", "准备", "打算", "力争", "争取", "预计", "要"];

    // Adverbs that may stand between a plan word and its verb (将继续开展, 拟再召开).
    private static readonly HashSet<string> PlanAdverbs = ["继续", "再", "进一步", "重点", "全年", "年内", "共", "陆续", "适时", "分别", "还"];

    // 按计划, 依计划: a step done as planned.
    private static readonly HashSet<string> AsPlanned = ["按", "按照", "依", "依照", "根据", "照"];

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

    // 为期4个月, 历时3个多月: a span of time.
    private static readonly string[] TimeUnits = ["月", "多月", "小时", "多小时", "星期", "工作日", "季度"];

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
