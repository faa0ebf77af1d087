using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Mentions;

// What one initiative becomes: “A”升级为“B”, 街镇“A”优化为“B”, “A”更名为“B”.
internal sealed partial class InitiativeFinder
{
    /// <summary>
    /// The words between two quoted names where the first is upgraded, renamed or merged into the
    /// second (“A”升级为“B”, “A”平台迭代为“B”, “A”优化为“B”, “A”更名为“B”); read by the link forms too.
    /// </summary>
    public const string BecomingPattern = "^(?:平台|系统|行动|工程|品牌|机制|活动|计划)?(?:全面|迭代|提档|优化)?(?:升级为|升级成|迭代为|拓展为|延伸为|升格为|优化为|更名为|改名为|整合为|合并为|转型为|提升为)$";

    [GeneratedRegex(BecomingPattern)]
    private static partial Regex Becoming();

    // 升级为“省级示范点”, 更名为“五大平台”: a grade, an honour or a numbered set is no programme.
    [GeneratedRegex("^[0-9〇零一二两三四五六七八九十百千]|级|示范|试点|标杆|先进|称号|单位")]
    private static partial Regex NoProgramme();

    /// <summary>True for a grade, an honour or a numbered set (省级示范点, 三大平台): what a programme may be upgraded to without becoming another programme.</summary>
    public static bool IsGradeOrSet(string name) => NoProgramme().IsMatch(name);

    // “委员工作室”优化为“委员会客室”: what an initiative becomes is one, and so is what became one.
    private static bool BecomesOrBecame(UnitReading reading, List<QuotedSpan> quotes, int k, string name)
    {
        if (name.Length is < 3 or > 12 || !name.All(IsHan) || IsGradeOrSet(name))
        {
            return false;
        }

        var text = reading.Text;
        var quote = quotes[k];
        return (k > 0 && quotes[k - 1].End <= quote.Open && Becoming().IsMatch(text[quotes[k - 1].End..quote.Open])
                && reading.IsTaken(quotes[k - 1].Open, quotes[k - 1].End, Labels.Initiative))
            || (k + 1 < quotes.Count && quote.End <= quotes[k + 1].Open && Becoming().IsMatch(text[quote.End..quotes[k + 1].Open])
                && reading.IsTaken(quotes[k + 1].Open, quotes[k + 1].End, Labels.Initiative));
    }
}
