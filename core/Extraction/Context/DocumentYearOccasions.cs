using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Forms in which a text says which year it is written in, for <see cref="DocumentYear"/>: the occasion
/// of an anniversary (当人民政协成立70周年之际; 2020年正值某市政协成立65周年), the opening or closing year of a
/// five-year plan (做好“十二五”开局之年的工作, 为“十四五”开好局) or the year it is drafted in (“十五五”规划编制), and a
/// count made up to a day (截至2023年9月);
/// and a profile of a body (某县政协简介, not one term's), which spans its years.
/// </summary>
internal static partial class DocumentYear
{
    // 当人民政协70华诞之际, 值此新中国成立75周年之际: the anniversary falls in the days the text is written.
    [GeneratedRegex(@"(?:值此|正值|适逢|恰逢|时值|在|当)[^，。；]{0,16}?(?<what>" + ImpliedYear.EventNames + @")(?:成立)?(?<n>[0-9]{1,3})\s*(?:周年|华诞)[^，。；]{0,6}?之际")]
    private static partial Regex OccasionAnniversary();

    // 回想去年在庆祝…75周年之际举办的书画展: an occasion the sentence recalls from a year past is not the text's.
    private static bool RecalledOccasion(string t, int at)
    {
        var start = t.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        return PastOccasion().IsMatch(t.AsSpan(start, at - start));
    }

    [GeneratedRegex(@"去年|前年|上年|当年|那年|回想|回忆|回顾")]
    private static partial Regex PastOccasion();

    // 2020年正值某市政协成立65周年, 2019年是新中国成立70周年: a sentence that opens by naming its year as an anniversary's.
    [GeneratedRegex(@"^(?:是|正值|恰逢|适逢|时值)[^。；]{0,30}?[0-9]{1,3}\s*(?:周年|华诞)")]
    private static partial Regex AnniversaryYear();

    // 做好“十二五”开局之年的工作, “十四五”规划的收官之年, 为我区“十四五”开好局: a five-year plan's first or last year as the present.
    [GeneratedRegex(@"十(?<n>[一二三四五])五[”\u0022]?(?:规划)?的?(?<k>开局之年|起步之年|收官之年|开好局|起好步)")]
    private static partial Regex PlanPeriodYear();

    // 我为“十五五”规划献一策, 做好“十五五”规划编制工作, 为“十五五”规划建言; the verb before it, 科学编制“十五五”规划:
    // a five-year plan still being drafted, in the year before it opens.
    [GeneratedRegex(@"十(?<n>[一二三四五])五[”’\u0022]?(?:发展)?规划(?:纲要)?[”’\u0022]?(?:的)?(?:编制|前期研究|献一策|献策|建言|开门问策|征求意见|意见征集)|(?:编制|起草)[“‘\u0022]?十(?<n>[一二三四五])五[”’\u0022]?(?:发展)?规划")]
    private static partial Regex PlanDraftingYear();

    // 截至2023年9月, 截止到2024年底: a count made up to the day the text is written.
    [GeneratedRegex(@"(?:截至|截止)(?:到|至)?$")]
    private static partial Regex AsOf();

    // 某县政协简介, 机构概况: a profile of a body tells its history, not the events of one year; one term's profile
    // (政协某市第一届委员会简介) is of that term's years.
    private static bool IsProfile(string? title) =>
        title is not null && !title.Contains('届') && (title.TrimEnd().EndsWith("简介", StringComparison.Ordinal) || title.TrimEnd().EndsWith("概况", StringComparison.Ordinal))
        && !YearPattern().IsMatch(title);

    // The occasion of an anniversary, or an opening sentence naming its year as one: the year written in (strong).
    private static void VoteOccasion(string t, bool ahead, Dictionary<int, double> strong)
    {
        if (OccasionAnniversary().Match(t) is { Success: true } occasion && !RecalledOccasion(t, occasion.Index))
        {
            Vote(strong, ImpliedYear.FoundingYear(occasion.Groups["what"].Value) + int.Parse(occasion.Groups["n"].Value, CultureInfo.InvariantCulture), 2);
        }

        var leading = YearPattern().Match(t);
        if (!ahead && leading.Success && leading.Index == 0 && Year(leading.Groups["y"].Value) is { } y && AnniversaryYear().IsMatch(t.AsSpan(leading.Length)))
        {
            Vote(strong, y, 2);
        }
    }

    // The first or last year of a five-year plan named as the present (十一五 opens in 2006, each five years on), or the
    // year before its first while it is drafted: a weak sign, for a text of the year before prepares for the plan's
    // opening year; it decides only where no year, day or date line does. To make a good start of a plan (开好局) in a
    // text that looks ahead is next year's.
    private static void VotePlanPeriod(string t, bool ahead, Dictionary<int, double> reckoned)
    {
        foreach (Match m in PlanPeriodYear().Matches(t))
        {
            var kind = m.Groups["k"].Value;
            if (ahead && kind is "开好局" or "起好步")
            {
                continue;
            }

            var opens = 2006 + (5 * ((int)Numbers.Chinese(m.Groups["n"].Value)! - 1));
            Vote(reckoned, kind == "收官之年" ? opens + 4 : opens, 1);
        }

        foreach (Match m in PlanDraftingYear().Matches(t))
        {
            Vote(reckoned, 2006 + (5 * ((int)Numbers.Chinese(m.Groups["n"].Value)! - 1)) - 1, 1);
        }
    }

    // 截至2023年9月: the year of a count made up to a day votes one and a half times: more than a year of events told
    // along the way (揭牌成立于2022年5月), less than a year the text names as its own (2026年是…开局之年). Only when the
    // text names no later year (<see cref="VoteAsOfLatest"/>): 截至2021年底 beside 2022年10月 is a count recalled.
    private static bool VoteAsOf(string t, Match mention, int year, ReadOnlySpan<char> after, Dictionary<int, double> dated, List<int> asOf)
    {
        if (AsOf().IsMatch(t.AsSpan(0, mention.Index)) && after.Length > 0 && (char.IsAsciiDigit(after[0]) || after[0] is '底' or '末' or '年'))
        {
            Vote(dated, year, 1);
            asOf.Add(year);
            return true;
        }

        return false;
    }

    // The half vote more of a count made up to a day whose year is the latest the text names.
    private static void VoteAsOfLatest(List<int> asOf, Dictionary<int, double> dated, Dictionary<int, double> plain)
    {
        foreach (var year in asOf.Distinct())
        {
            if (!dated.Keys.Concat(plain.Keys).Any(y => y > year))
            {
                Vote(dated, year, 0.5);
            }
        }
    }

    // 委员寄语2023年“充满希望”, 某市政协召开2024年第一次主席会议: a headline's one year, neither an award's (2023年度…)
    // nor a plan's or a review's (which the heading votes weigh), is the news's year: it votes twice among the years of events.
    private static void VoteTitleYear(string? title, Dictionary<int, double> dated)
    {
        if (title is null || YearPattern().Matches(title) is not { Count: 1 } years || Year(years[0].Groups["y"].Value) is not { } year
            || title.AsSpan(years[0].Index + years[0].Length).StartsWith("度")
            || PlanWords.Concat(ReviewWords).Any(w => title.Contains(w, StringComparison.Ordinal)) || title.Contains("工作", StringComparison.Ordinal))
        {
            return;
        }

        Vote(dated, year, 2);
    }
}
