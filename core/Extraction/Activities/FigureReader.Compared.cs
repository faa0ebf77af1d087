using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Figures of proposal counts and yearly reviews that tell no step of their own: a difference from an earlier term or
/// year (比上届增加485件, 同比增长24件), what is still pending (尚有15件修改后再行提交), a total told again after merging
/// (经并案后为307件, 合并后立案296件), the handling bodies' outcome (解决或基本解决2262件) and proposals counted by topic
/// (围绕建设…提案91件, 涉及…民生类提案102件) or by field after their total (在社会建设方面提出提案85件).
/// </summary>
internal sealed partial class FigureReader
{
    // 比上届增加485件, 比去年多4次, 同比增长24件, 较上年减少3件: the figure is a difference between two counts; so is each
    // of a list of them (分别比上年增加67件和50件).
    [GeneratedRegex(@"(?:比[^，,；;。]{1,8}?|同比|较[^，,；;。]{1,6}?)(?:增加|减少|增长|下降|多出|多|少)了?(?:[0-9]+(?:\.[0-9]+)?[余多]?[\u4e00-\u9fff]{1,2}[和、及])*$")]
    private static partial Regex Difference();

    // 所提问题已经解决或基本解决2262件, 已落实和部分落实: the handling bodies' outcome, told in the stock pair of a proposal report;
    // so is the grade of that outcome (办理结果为A类的219件).
    [GeneratedRegex(@"(?:解决|落实|采纳)(?:或|和|、|及)(?:基本|部分|正在)(?:解决|落实|采纳)$|结果[为是属]?[A-Za-z甲乙丙]类的?$")]
    private static partial Regex HandledOutcome();

    // 尚有15件, 还有3件正在办理, 仍有2件: what remains to be done, no step done.
    [GeneratedRegex(@"(?:尚有|还有|仍有|尚余)$")]
    private static partial Regex Pending();

    // 立案提案经并案后为307件, 合并后立案296件: the filed total told again after merging (the count was given before).
    [GeneratedRegex(@"(?:并案|合并)后")]
    private static partial Regex AfterMerging();

    // 围绕建设…提案91件, 涉及教育、医疗…等民生类提案102件, 关于…提案35件: proposals counted by the topic they are
    // about, parts of a total; a verb that puts them forward (围绕乡村振兴提出提案21件) makes them a count of its own.
    // So are proposals a relative clause says are about something (反映生态保护的提案24件, 聚焦民生的提案48件).
    [GeneratedRegex(@"^(?:围绕|涉及|关于)[^，,；;。]*(?:提案|建议|议案|意见)$|^(?:反映|聚焦|关注|针对)[^，,；;。]*的(?:委员|集体|个人|联名)?提案$")]
    private static partial Regex TopicCategory();

    private static readonly string[] PuttingForward = ["提出", "提交", "递交", "提报", "收到", "征集", "收集", "立案", "报送", "上报", "撰写", "形成", "开展", "组织", "办理", "受理", "交办", "督办", "承办"];

    // 在社会建设方面提出提案85件, 聚焦经济建设提出提案134件, 就…科技创新等领域提出提案188件, 生态文明建设相关提案23件: proposals of
    // one field, after the text has told a larger total of proposals (共提出提案228件), are a part of it; so are those of a field
    // the clause before names (围绕…发展旅游业等方面，五年来共提出提案181件).
    [GeneratedRegex(@"^(?:在)?(?:聚焦|围绕|涉及)|方面|领域|相关")]
    private static partial Regex FieldOfProposals();

    [GeneratedRegex(@"(?:方面|领域)[，,]\s*$")]
    private static partial Regex FieldClauseBefore();

    private static readonly string[] ProposalTotals = ["提出", "收到", "立案"];

    private bool IsFieldPart(UnitReading reading, int clauseStart, int index, double value, string unit, string? verb) =>
        verb is not null && ProposalTotals.Contains(KindOfVerb(verb))
        && (FieldOfProposals().IsMatch(reading.Text.AsSpan(clauseStart, index - clauseStart)) || FieldClauseBefore().IsMatch(reading.Text.AsSpan(0, clauseStart)))
        && reading.Activities.Any(a => a.Unit == unit && a.Value > value && ProposalTotals.Contains(a.Kind));

    // 提案转建议6件, 转为委员来信3件, 转社情民意信息4件: proposals not filed but turned into something else.
    [GeneratedRegex(@"转(?:为|作|成)?(?:意见建议|建议|意见|社情民意信息|社情民意|委员来信|来信)$")]
    private static partial Regex Converted();

    private static bool ComparedOrRestated(string before)
    {
        var trimmed = before.Trim();
        return Difference().IsMatch(trimmed) || Converted().IsMatch(trimmed) || Pending().IsMatch(trimmed) || AfterMerging().IsMatch(trimmed) || HandledOutcome().IsMatch(trimmed)
            || (TopicCategory().IsMatch(trimmed) && !PuttingForward.Any(v => trimmed.Contains(v, StringComparison.Ordinal)));
    }
}
