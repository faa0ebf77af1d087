using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>The votes of <see cref="DocumentYear"/>: what a heading, the years a sentence names, and the story's lead say of the year reported on, and how a tier decides.</summary>
internal static partial class DocumentYear
{
    private static readonly string[] ReviewWords = ["回顾", "回眸", "回望", "巡礼", "总结", "亮点", "答卷", "成就"];
    private static readonly string[] ActivityWords = ["开展", "视察", "调研", "走访", "督查"];
    private static readonly string[] PlanWords = ["安排", "思路", "展望", "计划", "打算", "要点", "要求", "目标", "任务", "部署", "重点"];

    // A heading with a year: a word of plans votes for the year before, one of review or 工作 for the year itself, a bare year a little.
    private static void VoteHeading(string t, Dictionary<int, double> strong)
    {
        // 2025年度工作总结暨2026年工作部署会, 回眸2025 · 展望2026: each year with the words of its own part.
        var years = YearPattern().Matches(t).Select(m => m.Groups["y"].Value).Distinct(StringComparer.Ordinal).Count();
        if (years > 1)
        {
            foreach (var part in HeadingParts().Split(t).Where(p => YearPattern().Matches(p).Count == 1))
            {
                VoteHeadingPart(part, strong);
            }

            return;
        }

        VoteHeadingPart(t, strong);
    }

    // The parts of a heading that names two years: 暨, 及, 和, 与, ·, 、, a comma, a colon or a space between them.
    [GeneratedRegex(@"[暨及和与·、，,：:\s|｜]+")]
    private static partial Regex HeadingParts();

    private static void VoteHeadingPart(string t, Dictionary<int, double> strong)
    {
        var match = YearPattern().Match(t);
        if (match.Success && Year(match.Groups["y"].Value) is { } year)
        {
            if (ActivityWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
            {
                // 某县政协开展2024年重点项目、重点工作视察: news of an activity in that year, not a plan.
                Vote(strong, year, 2);
            }
            else if (PlanWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
            {
                Vote(strong, year - 1, 3);
            }
            else if (ReviewWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
            {
                Vote(strong, year, 3);
            }
            else if (t.Contains("主要工作", StringComparison.Ordinal) || t.TrimEnd().EndsWith("工作", StringComparison.Ordinal))
            {
                // 一、2025年主要工作: the work of that year.
                Vote(strong, year, 2);
            }
            else if (t.Trim().Length <= 6)
            {
                Vote(strong, year, 1);
            }
        }
    }

    // The years a sentence names: of events (2015年6月24日, 2014年是…), of a plan (2022年工作打算), an issue's, or plain.
    private static void VoteMentions(string t, bool ahead, bool earlyLead, Dictionary<int, double> dated, Dictionary<int, double> plain, List<int> asOf)
    {
        var years = new List<int>();
        foreach (Match mention in YearPattern().Matches(t))
        {
            if (Year(mention.Groups["y"].Value) is not { } year)
            {
                continue;
            }

            years.Add(year);
            var after = t.AsSpan(mention.Index + mention.Length).TrimStart(' ');
            if (VoteAsOf(t, mention, year, after, dated, asOf))
            {
                continue;
            }

            if (IssueNumber().IsMatch(after))
            {
                // 文史月刊 2015年6期: the issue of a periodical, not a year of events.
                Vote(plain, year, 1);
            }
            else if (!ahead && earlyLead && PlanOfYear().IsMatch(after))
            {
                // 3月20日，…召开… 通报了2024年工作成果及2025年工作思路; 把握2026年…的主要目标和重点任务: at a meeting
                // early in a year, the year whose plan is heard is the year of the meeting.
                Vote(dated, year, 1);
            }
            else if (PlanAfterYear().IsMatch(after) && years.Contains(year - 1))
            {
                // 听取了2021年工作情况和2022年工作打算: the plan's year is the one after the year reported on.
                Vote(dated, year - 1, 2);
            }
            else if (!ahead && earlyLead && PlannedBefore().IsMatch(t.AsSpan(0, mention.Index)) && after.TrimStart("主要重点").StartsWith("工作"))
            {
                // 1月28日，…会议… 部署2026年主要工作: work planned at a session early in a year is that year's.
                Vote(dated, year, 1);
            }
            else if (after.StartsWith("是") && OpeningYear().IsMatch(after))
            {
                // 2026年是“十五五”规划开局之年: the year a plan opens is the one the text is written in.
                Vote(dated, year, 2);
            }
            else if (ahead && ImpliedYear.IsComingYear(after))
            {
                // 12月23日…开幕 … 2024年是…, 2018年工作意见: the year to come, after the one reported on.
                Vote(dated, year - 1, 1);
            }
            else if (after.Length > 0 && (char.IsAsciiDigit(after[0]) || after[0] is '是' or '度' or '初' or '底' or '末' or '春' or '夏' or '秋' or '冬'
                || after.StartsWith("上半年") || after.StartsWith("下半年") || MonthStart(after)))
            {
                // 2015年6月24日, 2021年8月, 2014年是…, 2006年度优秀调研报告, 2010年初夏, 2019年底: a year of events, or the year reckoned.
                Vote(dated, year, 1);
            }
            else
            {
                Vote(plain, year, 1);
            }
        }
    }

    // The story's lead: 2022年1月10日下午，…会议开幕 tells the year of its events, which outweighs a year
    // named along the way (表彰2021年度优秀提案); 本报讯 近日，… tells that they fall in the year the
    // page was published, not in a year of the past it recalls (2020年6月，…成立).
    // Without a date line, such a lead leaves the news's year untold: a month of the past that a later
    // sentence opens with (2018年11月，…启动) is what came before, not the year of the news.
    private static void VoteLead(string? lead, DocumentHead head, string? publishedOn, Dictionary<int, double> published, Dictionary<int, double> recalled, Dictionary<int, double> dated)
    {
        if (lead is not null)
        {
            if (LeadDay().Match(lead) is { Success: true } leadDay
                && int.Parse(leadDay.Groups["y"].Value, CultureInfo.InvariantCulture) is var leadYear
                && (published.Count == 0 || published.ContainsKey(leadYear) || published.ContainsKey(leadYear + 1)))
            {
                // A lead whose date is years before the page's (2019年9月20日，…发表重要讲话。五年来，…) recalls
                // an event the piece commemorates; it dates the news only in the year published or the one before.
                Vote(dated, leadYear, 2);
            }
            else if (RecentLead().IsMatch(lead) && published.Count > 0)
            {
                Vote(dated, published.Keys.First(), 2);
            }
            else if (MonthDayLead().Match(lead) is { Success: true } monthDay && publishedOn is not null && Parts(publishedOn) is var (py, pm))
            {
                // 1月18日上午，…开幕 under 发布时间：2026年01月18日: the lead's day is of the year published, or,
                // when its month is later than the page's (12月29日 on a page of January), of the year before. A day
                // of the month published is fresh news and outweighs the years its text recalls (据介绍，2020年7月，…成立;
                // 2025年是…收官之年); another month, one vote only: a page reposted years later (时间：2021-08-31 over
                // 1月26日…开幕 … 2014年是…) is outweighed by the years its text names.
                // A report itself (省政协常委会工作报告（摘要）over 1月26日上午，…向大会报告工作) delivered in the first
                // quarter reviews the year before, as its delivery line would say.
                // A lead whose own sentence reports on the year before (1月8日，记者从市政协获悉，2023年，市政协…;
                // …获悉，过去一年，…) on a page of the first quarter: a yearly review, of the year it names.
                var month = int.Parse(monthDay.Groups["m"].Value, CultureInfo.InvariantCulture);
                var reviewed = month <= 3 && IsReportTitle(head.Title) || pm <= 3 && ReportsYearBefore(lead[monthDay.Length..], py);
                Vote(dated, month > pm || reviewed ? py - 1 : py, month == pm ? 3 : 1);
            }

            else if (RecentLead().IsMatch(lead) && head.DeliveredOn is null)
            {
                foreach (var (then, count) in recalled.Where(r => dated.ContainsKey(r.Key)))
                {
                    if (dated[then] > count)
                    {
                        dated[then] -= count;
                    }
                    else
                    {
                        dated.Remove(then);
                    }
                }
            }
        }
    }

    // 常委会工作报告（摘要）, 关于提案工作情况的报告: a report, not news of a meeting on one (…召开, …开幕, 审议…报告)
    // nor of what others do with one (委员热议政府工作报告, 传达学习省政协常委会工作报告精神), nor a report of
    // one inquiry (关于…的调研报告, 视察报告), which tells of its own days.
    private static bool IsReportTitle(string? title) =>
        title is not null && title.Contains("报告", StringComparison.Ordinal)
        && !new[] { "召开", "开幕", "闭幕", "审议", "听取", "讨论", "举行", "热议", "学习", "传达", "解读", "聆听", "畅谈", "精神", "调研报告", "视察报告", "考察报告" }.Any(v => title.Contains(v, StringComparison.Ordinal));

    // 获悉，2023年，… / 了解到，过去一年，… / 获悉，一年来，…: the clause a reporter's lead opens with what it learnt, the year
    // before as what it reports. The year before in a clause of what a meeting heard or said (会议指出，过去一年，…;
    // 报告指出，2023年，…) is the background of news of the year published.
    [GeneratedRegex(@"(?:获悉|了解到|得知)[，,](?:(?<y>[0-9]{4})年|过去一年|一年来|去年)[，,]")]
    private static partial Regex ReportedYearClause();

    private static bool ReportsYearBefore(string lead, int published) =>
        ReportedYearClause().Match(lead) is { Success: true } clause
        && (!clause.Groups["y"].Success || int.Parse(clause.Groups["y"].Value, CultureInfo.InvariantCulture) == published - 1);

    private static void Vote(Dictionary<int, double> votes, int year, double weight) => votes[year] = votes.GetValueOrDefault(year) + weight;

    private static int? Decide(Dictionary<int, double> votes)
    {
        var ordered = votes.OrderByDescending(v => v.Value).ThenByDescending(v => v.Key).ToList();
        var top = ordered[0];
        var tied = ordered.Count > 1 && ordered[1].Value == top.Value;
        var spread = ordered.Count >= 4 && top.Value < 0.4 * votes.Values.Sum();
        return tied || spread ? null : top.Key;
    }

    // The year of the day published when it is one of the tied years; else that of an event of the present when it is one of
    // them or later than every year of the tie.
    private static int? TieSettled(Dictionary<int, double> tied, Dictionary<int, double> published, Dictionary<int, double> present)
    {
        var top = tied.Values.Max();
        var best = tied.Where(v => v.Value == top).Select(v => v.Key).ToList();
        if (published.Count == 1 && best.Contains(published.Keys.First()))
        {
            return published.Keys.First();
        }

        return present.Count == 1 && present.Keys.First() is var now && (best.Contains(now) || now > tied.Keys.Max()) ? now : null;
    }

    // A text naming two consecutive years alike and nothing else of its time (2021年工作 … 2022年工作重点, 2017年的成绩和2018年
    // 发展目标): the genre reviews a year beside its successor's plans, so the earlier is the one reported on.
    private static int? ReviewedBeforePlanned(Dictionary<int, double> plain) =>
        plain.Count == 2 && plain.Keys.Max() - plain.Keys.Min() == 1 ? plain.Keys.Min() : null;

    // Months whose lead settles a tie of two consecutive years: from November the earlier, up to February the later.
    private const int LateMonth = 11, EarlyMonth = 2;

    // A tie of exactly two consecutive years in a text whose lead opens with a day of a year's last or first months.
    private static int? SeasonSettled(Dictionary<int, double> tied, string? lead)
    {
        var top = tied.Values.Max();
        var best = tied.Where(v => v.Value == top).Select(v => v.Key).Order().ToList();
        if (best is not [var earlier, var later] || later - earlier != 1 || lead is null || MonthDayLead().Match(lead) is not { Success: true } day)
        {
            return null;
        }

        var month = int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture);
        return month >= LateMonth ? earlier : month <= EarlyMonth ? later : null;
    }

    // 2025年工作思路, 2026年我省…的主要目标和重点任务: the plan of the year named, within its clause (up to another year).
    [GeneratedRegex(@"^[^，。；0-9]{0,16}?(?:主要目标|目标任务|重点任务|工作思路|工作计划|工作安排|工作要点|工作打算|工作部署)")]
    private static partial Regex PlanOfYear();

    // 2021年工作情况和2022年工作打算: a year reviewed beside the next year's plan.
    [GeneratedRegex(@"^(?:工作|度工作)?(?:打算|计划|要点|安排|思路)")]
    private static partial Regex PlanAfterYear();

    // 总结回顾了2025年的工作, 回顾2024年度履职工作: the work of a year a meeting looks back on.
    [GeneratedRegex(@"(?:回顾|总结)了?(?<y>[0-9]{4})年度?的?(?:工作|履职)")]
    private static partial Regex ReviewedYearsWork();

    // 1月28日，…会议: a lead on a day of the first quarter, its year not given, telling of a meeting.
    [GeneratedRegex(@"^[^，。0-9]{0,12}?[123]月[0-9]{1,2}日[^。]*(?:会议|召开|举行)")]
    private static partial Regex EarlyYearLead();

    // 部署2026年主要工作, 谋划2026年工作: the verb of planning right before a year.
    [GeneratedRegex(@"(?:部署|谋划|安排)$")]
    private static partial Regex PlannedBefore();

    // 1月18日上午，… / 本报讯 3月4日，… (perhaps after a dateline): a lead that opens with a day whose year it leaves to the page.
    [GeneratedRegex(@"^[^，。0-9]{0,12}?(?<m>1[0-2]|[1-9])月[0-9]{1,2}日")]
    private static partial Regex MonthDayLead();

    // 近日，… / 本报讯 日前，… / 本报讯（记者 某某）近日，…: a lead whose first clause says its events are of
    // the last few days (a date line the layout ran into the lead may come first).
    [GeneratedRegex(@"^[^，。]*?(?:近日|日前)，")]
    private static partial Regex RecentLead();

    // 2022年1月10日下午，… (perhaps after a date line run into it): a lead whose first clause ends with its full date.
    [GeneratedRegex(@"^[^，。]*?(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?:上午|下午|晚上|晚|早上)?，")]
    private static partial Regex LeadDay();

    // 是“十五五”规划开局之年, 是全面建设…的起步之年: the year a plan or a term opens, in the same clause.
    [GeneratedRegex(@"^是[^。；！？]{0,30}?(?:开局|起步|开篇)之?年")]
    private static partial Regex OpeningYear();

    // 6期, 第3期 after a year: a periodical's issue.
    [GeneratedRegex(@"^第?[0-9]{1,2}期")]
    private static partial Regex IssueNumber();

    private static bool MonthStart(ReadOnlySpan<char> after) =>
        after.Length >= 2 && (after[0] is '十' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九') && after.IndexOf('月') is > 0 and <= 2;
}
