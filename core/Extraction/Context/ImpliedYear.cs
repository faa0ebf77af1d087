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
/// <item>Events of a known year it names as present: a founding's or a historic event's anniversary celebrated,
/// or commemorated at a meeting or an activity (庆祝人民政协成立75周年: 1949 + 75; 纪念辛亥革命110周年大会: 1911 + 110),
/// a yearly national day counted from its first (第二个全国生态日: 2023 + 1), a congress of the Party awaited
/// (迎接党的二十大: 2022). The latest
/// of them is the story's year; so is the fight against the epidemic as it began (抗击新冠肺炎疫情: 2020). An event whose spirit is studied (学习贯彻二十届三中全会精神, 收看全国政协
/// 十二届四次会议开幕会) is not one: the study goes on after the event's year. But a plenary session of the Central
/// Committee bounds a story from below, and the genre studies the latest one: a lead's day without a year is read as the first
/// such day after the latest session named (<see cref="AfterLatestPlenum"/>), when nothing else tells the year.</item>
/// <item>A text that looks ahead to the next year: its lead opens on a December day without a year
/// (12月23日上午，…会议开幕). There, a year named as the one to come (2024年是…75周年, 2018年工作意见)
/// is the year after the one reported on, and an event awaited (迎接…) is next year's, so the text's own year is the one before.
/// So does a text that plans next year's work (谋划好明年工作). 明年 alone says nothing of the month:
/// a January report says it of the year after the one it plans (为明年换届打好基础).</item>
/// </list>
/// </remarks>
internal static partial class ImpliedYear
{
    /// <summary>The founding and historic events whose anniversaries the genre counts, as a pattern of alternatives:
    /// <see cref="FoundingYear"/> gives each one's year.</summary>
    internal const string EventNames = @"中华人民共和国|新中国|人民政协|中国人民政治协商会议|中国共产党|建党|改革开放|辛亥革命|五四运动|(?:中国人民解放军)?建军"
        + @"|(?:红军)?长征胜利|(?:中国人民)?抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利|世界反法西斯战争胜利|[“""]?五一口号[”""]?发布"
        + @"|中国人民志愿军抗美援朝出国作战|抗美援朝(?:战争)?胜利|西藏和平解放|香港回归(?:祖国)?|澳门回归(?:祖国)?|[“""]?三八[”""]?国际(?:劳动)?妇女节";

    // The year each event of <see cref="EventNames"/> is reckoned from, by a word of its name (成立75周年, 建党100周年,
    // 抗战胜利80周年, “三八”国际劳动妇女节116周年: the first Women's Day, 1910).
    private static readonly (string Word, int Year)[] EventYears =
    [
        ("中华人民共和国", 1949), ("新中国", 1949), ("人民政协", 1949), ("中国人民政治协商会议", 1949), ("中国共产党", 1921),
        ("建党", 1921), ("改革开放", 1978), ("辛亥革命", 1911), ("五四运动", 1919), ("建军", 1927), ("长征", 1936),
        ("抗日战争", 1945), ("抗战", 1945), ("反法西斯", 1945), ("五一口号", 1948), ("出国作战", 1950), ("抗美援朝", 1953),
        ("西藏", 1951), ("香港", 1997), ("澳门", 1999), ("妇女节", 1910),
    ];

    /// <summary>The year an event matched by <see cref="EventNames"/> happened.</summary>
    public static int FoundingYear(string eventName)
    {
        foreach (var (word, year) in EventYears)
        {
            if (eventName.Contains(word, StringComparison.Ordinal))
            {
                return year;
            }
        }

        throw new ArgumentException($"not an event of {nameof(EventNames)}: {eventName}", nameof(eventName));
    }

    // 庆祝人民政协成立75周年, 喜迎新中国成立75周年: an anniversary being marked or awaited. 纪念 only before the meeting
    // or the activity that marks it (纪念辛亥革命110周年大会, 纪念“三八”国际劳动妇女节116周年暨…活动): alone it is a
    // memorial wording that a feature or a memoir uses of an anniversary years later.
    [GeneratedRegex(@"(?:(?<c>庆祝|喜迎|迎接)|纪念)[^，。；]{0,6}?(?<what>" + EventNames + @")(?:成立)?(?<n>[0-9]{1,3})\s*周年(?(c)|(?=大会|座谈会|暨|系列|主题|活动|文艺|晚会|书画|展|报告会|研讨会))")]
    private static partial Regex MarkedAnniversary();

    // 今年8月15日是第二个全国生态日, 第29个世界读书日: a yearly national or world day counted from its first.
    [GeneratedRegex(@"第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})[个次]\s*[“""]?(?<day>全国生态日|国家宪法日|全民国家安全教育日|中国农民丰收节|烈士纪念日|国家公祭日|中国医师节|教师节|世界读书日|国际志愿者日|世界志愿者日|中国航天日|国家扶贫日|全国科技工作者日|中国人民警察节|全民健身日|全国防灾减灾日|全国助残日|助残日)")]
    private static partial Regex CountedDay();

    // The first year of each day of <see cref="CountedDay"/> (the first 全国生态日 was held in 2023).
    private static readonly Dictionary<string, int> FirstDays = new(StringComparer.Ordinal)
    {
        ["全国生态日"] = 2023, ["国家宪法日"] = 2014, ["全民国家安全教育日"] = 2016, ["中国农民丰收节"] = 2018, ["烈士纪念日"] = 2014,
        ["国家公祭日"] = 2014, ["中国医师节"] = 2018, ["教师节"] = 1985, ["世界读书日"] = 1996, ["国际志愿者日"] = 1986,
        ["世界志愿者日"] = 1986, ["中国航天日"] = 2016, ["国家扶贫日"] = 2014, ["全国科技工作者日"] = 2017, ["中国人民警察节"] = 2021,
        ["全民健身日"] = 2009, ["全国防灾减灾日"] = 2009, ["全国助残日"] = 1991, ["助残日"] = 1991,
    };

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
            var year = FoundingYear(m.Groups["what"].Value) + int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            yield return ahead && m.Groups["c"].Value is "喜迎" or "迎接" ? year - 1 : year;
        }

        foreach (Match m in CountedDay().Matches(sentence))
        {
            var count = m.Groups["n"].Value;
            var n = char.IsAsciiDigit(count[0]) ? int.Parse(count, CultureInfo.InvariantCulture) : Numbers.Chinese(count);
            if (!LooksBack(sentence, m.Index) && n is > 0 and < 100)
            {
                yield return FirstDays[m.Groups["day"].Value] + (int)n - 1;
            }
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

    // The Central Committee's plenary sessions by term and number, with the year and month each met (十九届二中全会:
    // January 2018, 二十届三中全会: July 2024): public dates, the genre's most frequent reference to a time.
    private static readonly Dictionary<(int Term, int Number), (int Year, int Month)> Plenums = new()
    {
        [(16, 3)] = (2003, 10), [(16, 4)] = (2004, 9), [(16, 5)] = (2005, 10), [(16, 6)] = (2006, 10), [(16, 7)] = (2007, 10),
        [(17, 1)] = (2007, 10), [(17, 2)] = (2008, 2), [(17, 3)] = (2008, 10), [(17, 4)] = (2009, 9), [(17, 5)] = (2010, 10),
        [(17, 6)] = (2011, 10), [(17, 7)] = (2012, 11), [(18, 1)] = (2012, 11), [(18, 2)] = (2013, 2), [(18, 3)] = (2013, 11),
        [(18, 4)] = (2014, 10), [(18, 5)] = (2015, 10), [(18, 6)] = (2016, 10), [(18, 7)] = (2017, 10), [(19, 1)] = (2017, 10),
        [(19, 2)] = (2018, 1), [(19, 3)] = (2018, 2), [(19, 4)] = (2019, 10), [(19, 5)] = (2020, 10), [(19, 6)] = (2021, 11),
        [(19, 7)] = (2022, 10), [(20, 1)] = (2022, 10), [(20, 2)] = (2023, 2), [(20, 3)] = (2024, 7), [(20, 4)] = (2025, 10),
    };

    // 二十届三中全会, 党的十九届四中、五中全会, 二十届二中和三中全会: a term, then one or more plenums' numbers.
    [GeneratedRegex(@"(?<term>十[六七八九]|二十)届(?:(?<n>[一二三四五六七])中[、和及与]?)*(?<n>[一二三四五六七])中全会")]
    private static partial Regex Plenum();

    /// <summary>
    /// The year of a lead's day (<paramref name="month"/>, its year not written) in a text naming plenary sessions of
    /// the Central Committee: the first such month on or after the latest session named, which a text cannot precede
    /// (8月7日 beside 二十届三中全会, July 2024: 2024; 2月18日 beside it: 2025). Null when no session is named.
    /// </summary>
    public static int? AfterLatestPlenum(DocumentText text, int month)
    {
        (int Year, int Month)? latest = null;
        foreach (var unit in text.Units)
        {
            foreach (Match m in Plenum().Matches(unit.Text))
            {
                var term = (int)Numbers.Chinese(m.Groups["term"].Value)!;
                foreach (Capture n in m.Groups["n"].Captures)
                {
                    if (Plenums.TryGetValue((term, (int)Numbers.Chinese(n.Value)!), out var met) && (latest is not { } l || met.CompareTo(l) > 0))
                    {
                        latest = met;
                    }
                }
            }
        }

        return latest is { } when ? (month >= when.Month ? when.Year : when.Year + 1) : null;
    }

    // The clause around a match (between ，。；) looks back: 回顾了去年喜迎党的二十大系列活动.
    private static bool LooksBack(string sentence, int at)
    {
        var start = sentence.LastIndexOfAny(['，', '。', '；'], Math.Max(0, at - 1)) + 1;
        var end = sentence.IndexOfAny(['，', '。', '；'], at);
        return LookingBack().IsMatch(sentence.AsSpan(start, (end < 0 ? sentence.Length : end) - start));
    }
}
