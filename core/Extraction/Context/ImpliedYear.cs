using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// What a news item says of its year without writing it as a number of the calendar.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Events of a known year it names as present: a founding's anniversary celebrated
/// (庆祝人民政协成立75周年: 1949 + 75), a congress of the Party awaited (迎接党的二十大: 2022). The latest
/// of them is the story's year; so is the fight against the epidemic as it began (抗击新冠肺炎疫情: 2020). An event whose spirit is studied (学习贯彻二十届三中全会精神, 收看全国政协
/// 十二届四次会议开幕会) is not one: the annotators leave such stories without a year, for the study goes on
/// after the event's year.</item>
/// <item>A text that looks ahead to the next year: its lead opens on a December day without a year
/// (12月23日上午，…会议开幕). There, a year named as the one to come (2024年是…75周年, 2018年工作意见)
/// is the year after the one reported on, and an event awaited (迎接…) is next year's, so the text's own year is the one before.
/// So does a text that plans next year's work (谋划好明年工作). 明年 alone says nothing of the month:
/// a January report says it of the year after the one it plans (为明年换届打好基础).</item>
/// </list>
/// </remarks>
internal static partial class ImpliedYear
{
    /// <summary>The year each founding is reckoned from (成立75周年, 建党100周年, 改革开放40周年).</summary>
    public static IReadOnlyDictionary<string, int> Foundings { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["中华人民共和国"] = 1949, ["新中国"] = 1949, ["人民政协"] = 1949, ["中国人民政治协商会议"] = 1949,
        ["中国共产党"] = 1921, ["建党"] = 1921, ["改革开放"] = 1978,
    };

    // 庆祝人民政协成立75周年, 喜迎新中国成立75周年: an anniversary being marked or awaited. Not 纪念: a
    // memorial wording that a feature or a memoir uses of an anniversary years later.
    [GeneratedRegex(@"(?:庆祝|喜迎|迎接)[^，。；]{0,6}?(?<what>中华人民共和国|新中国|人民政协|中国人民政治协商会议|中国共产党|建党|改革开放)(?:成立)?(?<n>[0-9]{1,3})\s*周年")]
    private static partial Regex MarkedAnniversary();

    // 迎接党的二十大, 喜迎中共十九大胜利召开: a national congress of the Party awaited (studying its spirit
    // afterwards, 学习贯彻党的二十大精神, goes on for years and dates nothing).
    [GeneratedRegex(@"(?:迎接|喜迎)(?:党的|中共)(?<n>十[五六七八九]|二十)大")]
    private static partial Regex PartyCongress();

    // 打响新型冠状病毒肺炎疫情防控阻击战, 抗击新冠肺炎疫情: the fight against the epidemic as it began, in 2020 (the
    // disease's first name; 常态化疫情防控 and 三年疫情 are the years after).
    [GeneratedRegex(@"新型冠状病毒(?:感染的)?肺炎疫情|(?:抗击|阻击|战胜)新冠肺炎疫情|疫情防控阻击战")]
    private static partial Regex EpidemicFight();

    // 本轮疫情, 奥密克戎, 疫苗接种, 全员核酸: the waves of 2021 and 2022, fought with the same words.
    [GeneratedRegex(@"常态化|三年|疫情以来|疫情期间|本轮|新一轮|这轮|此轮|德尔塔|奥密克戎|疫苗|全员核酸")]
    private static partial Regex EpidemicLater();

    private const int EpidemicYear = 2020;

    // A sentence that remembers (那一年，…; 记得…; 如今回想起来): its events are of another year.
    [GeneratedRegex(@"那一?年|记得|回想|回忆|当年")]
    private static partial Regex Remembering();

    // A clause that looks back (回顾了去年喜迎…): its event is past.
    [GeneratedRegex(@"回顾|去年|上年|前年")]
    private static partial Regex LookingBack();

    // 12月23日上午，…: a lead on a December day whose year is not given.
    [GeneratedRegex(@"^[^，。0-9]{0,12}?12月[0-9]{1,2}日")]
    private static partial Regex DecemberLead();

    // The years the Party's congresses met (十五大 1997 … 二十大 2022): every five years.
    private static int CongressYear(int number) => 1997 + (5 * (number - 15));

    /// <summary>The latest year of the events <paramref name="text"/> names as present, or null when it names none.
    /// A text that looks ahead (<paramref name="ahead"/>) awaits its events in the year after it.</summary>
    public static int? OfEvents(DocumentText text, bool ahead)
    {
        int? latest = null;
        foreach (var unit in text.Units)
        {
            if (Remembering().IsMatch(unit.Text))
            {
                continue;
            }

            foreach (var year in Events(unit.Text, ahead))
            {
                latest = latest is { } l && l >= year ? l : year;
            }
        }

        return latest;
    }

    /// <summary>True when <paramref name="text"/> looks ahead to the year after the one it reports on.</summary>
    public static bool LooksAhead(DocumentText text, string? lead) =>
        (lead is not null && DecemberLead().IsMatch(lead)) || text.Units.Any(u => NextYearsWork().IsMatch(u.Text));

    // 谋划好明年工作, 明年的工作: the work of the year to come, named as such.
    [GeneratedRegex(@"明年的?工作")]
    private static partial Regex NextYearsWork();

    /// <summary>True when the words after a year (是…, 工作…) name it as the year to come in a text that looks ahead.</summary>
    public static bool IsComingYear(ReadOnlySpan<char> after) =>
        after.StartsWith("是") || ComingWork().IsMatch(after);

    // 2018年工作意见建议, 2024年工作打算: work still to be planned (not 2023年工作报告, a review).
    [GeneratedRegex(@"^工作(?:意见|打算|计划|要点|安排|思路|谋划)")]
    private static partial Regex ComingWork();

    private static IEnumerable<int> Events(string sentence, bool ahead)
    {
        foreach (Match m in MarkedAnniversary().Matches(sentence))
        {
            if (LooksBack(sentence, m.Index))
            {
                continue;
            }

            // Awaited (喜迎, 迎接) in a text that looks ahead: the anniversary is next year's, the text's year the one before.
            var year = Foundings[m.Groups["what"].Value] + int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            yield return ahead && !m.Value.StartsWith("庆祝", StringComparison.Ordinal) ? year - 1 : year;
        }

        foreach (Match m in PartyCongress().Matches(sentence))
        {
            if (LooksBack(sentence, m.Index))
            {
                continue;
            }

            // 12月…迎接党的二十大胜利召开: the congress awaited meets the year after the text's.
            yield return CongressYear((int)Numbers.Chinese(m.Groups["n"].Value)!) - (ahead ? 1 : 0);
        }

        if (EpidemicFight().Match(sentence) is { Success: true } fight && !EpidemicLater().IsMatch(sentence) && !LooksBack(sentence, fight.Index))
        {
            yield return EpidemicYear;
        }
    }

    // The clause around a match (between ，。；) looks back: 回顾了去年喜迎党的二十大系列活动.
    private static bool LooksBack(string sentence, int at)
    {
        var start = sentence.LastIndexOfAny(['，', '。', '；'], Math.Max(0, at - 1)) + 1;
        var end = sentence.IndexOfAny(['，', '。', '；'], at);
        return LookingBack().IsMatch(sentence.AsSpan(start, (end < 0 ? sentence.Length : end) - start));
    }
}
