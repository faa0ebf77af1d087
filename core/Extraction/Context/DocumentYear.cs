using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The year a document reports on, by votes, and the date of a meeting its opening sentences tell.
/// </summary>
/// <remarks>
/// <para>Votes: a heading with a year and a word of review (回顾, 回眸, 巡礼, 亮点 …) votes 3 for it,
/// one with a word of plans (安排, 思路, 展望, 目标 …) 3 for the year before, one that ends with 工作 (2025年主要工作) 2 for it
/// (a heading naming two years, 2025年度工作总结暨2026年工作部署会, votes part by part); one of an activity (开展, 视察,
/// 调研 …: 某县政协开展2024年重点工作视察) 2 for its year, whatever plan word it holds; a heading that is only a year 1;
/// a sentence that opens with "YYYY年，" or "YYYY年以来" 1; a report or meeting dated in the first
/// quarter (2024年1月15日，…会议上…作…报告) 1 for the year before. The day the document was
/// delivered at a session (its delivery line) votes 2: for the year before when it falls in the
/// first quarter (a report to the new year's session reviews the old year), else, or when the
/// document is a speech closing the session (闭幕, 完成各项任务) or, under an adoption line, what the
/// session adopted for itself (its agenda, rules, plan or key points, its review of proposals; not a
/// work report nor the resolution on one), for its own year. The title of an agenda, rules, a plan
/// or key points that names a year (某县政协2023年工作要点) gives that year before any vote.
/// These are the strong votes (but one sentence opening with a year two or more years before the day published is a year
/// recalled, and gives way). When there are none, 今年 with an anniversary of a founding decides
/// (今年…中华人民共和国将迎来75周年华诞, 今年是人民政协成立70周年: the founding's year and the count), then the years of events (2015年6月24日,
/// 2021年8月, 2014年是…, 2006年度, 2010年初夏; a year whose next year's plan the same sentence names:
/// 2021年工作情况和2022年工作打算 — a periodical's issue, 2015年6期, is not one; a lead whose first clause ends with its full date
/// votes twice more, a lead of 近日 or 日前 votes twice for the year published, and
/// without a date line takes back the votes of later sentences opening with a month of the past), then what 去年 and 今年
/// (not 比去年, 去年同期), 过去一年 and 一年来 say relative to the day the document was published, then that day's
/// year, then the latest event of a known year the text names (<see cref="ImpliedYear"/>), then the first
/// time the lead's day (its year not written) came after the latest plenary session of the Central Committee the text names
/// (<see cref="ImpliedYear.AfterLatestPlenum"/>), then any year the text names (two consecutive years named alike: the earlier,
/// reviewed beside the next one's plans).
/// In a text that looks ahead (明年, a December lead without a year), a year named as the one to come (2024年是…) votes for the year before;
/// in a lead on a first-quarter day telling of a meeting, a year whose work is planned (部署2026年主要工作, 2025年工作思路,
/// 2026年…的主要目标和重点任务) votes for itself. A
/// tier whose two best years tie, or whose best year holds less than two fifths of four or more
/// years' votes (a gazetteer chapter spanning decades), gives no year — except that sentences opening
/// with years of a story told year by year (1979年，… 1981年，…) yield to 今年 and 去年 read from the date line, and that a tie of
/// the events' years is settled by the year published when it is one of them, else by an event of the present that is one of
/// them or comes after them all.
/// A library's record of a gazetteer's section (<see cref="CatalogueRecord"/>) and a body's profile (某县政协简介) have no year.
/// The occasions a text is written on (an anniversary's 之际, 截至 a day; a five-year plan's opening year, weakly)
/// are in <c>DocumentYearOccasions.cs</c>.</para>
/// </remarks>
internal static partial class DocumentYear
{
    // 2025年, 二〇二五年, 二○二五年 (a ring for the zero), 1985 年 (a flip-book page spaces its digits).
    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4}) ?年")]
    private static partial Regex YearPattern();

    // 去年, 今年, 过去一年, 一年来, 去年以来 — not in a comparison (比去年, 较去年, 与去年相比, 去年同期).
    // 去年以来 spans up to the present, as 一年来 does.
    [GeneratedRegex(@"(?<w>去年以来|过去一年|一年来)|(?<![比较于与同])(?<w>去年|今年)(?!同期|同比)")]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex LeadingDay();

    // 今年，中华人民共和国将迎来75周年华诞; 今年是人民政协成立70周年: the year reckoned from a founding.
    [GeneratedRegex(@"今年.{0,12}?(?<what>" + ImpliedYear.EventNames + @").{0,12}?(?<n>[0-9]{1,3})\s*周年")]
    private static partial Regex Anniversary();

    // 〔2025〕18号, （2025）第01号: the year and number of an official document.
    [GeneratedRegex(@"[〔\[［（(](?<y>(?:19|20)[0-9]{2})[〕\]］）)]\s*第?\s*[0-9]{1,5}\s*号")]
    private static partial Regex IssuedNumber();

    // Five or more years over a decade or more, none with two fifths of the votes: events told year by year.
    private static bool IsChronicle(Dictionary<int, double> openings, Dictionary<int, double> dated, Dictionary<int, double> plain)
    {
        var years = new Dictionary<int, double>();
        foreach (var tier in new[] { openings, dated, plain })
        {
            foreach (var (year, votes) in tier)
            {
                years[year] = years.GetValueOrDefault(year) + votes;
            }
        }

        return years.Count >= 5 && years.Keys.Max() - years.Keys.Min() >= 10 && years.Values.Max() < 0.4 * years.Values.Sum();
    }

    // 2023年，县政协… 县政协成立于1981年，1991年… 2021年…: a year's review that opens with its year (or names it in
    // its title) and recalls its history, all of it earlier, is no chronicle: its one opening year is its latest.
    private static bool OpensWithLatestYear(Dictionary<int, double> strong, Dictionary<int, double> dated, Dictionary<int, double> plain, string? lead, string? title)
    {
        if (strong.Count != 1)
        {
            return false;
        }

        var year = strong.Keys.First();
        var written = year.ToString(CultureInfo.InvariantCulture) + "年";
        return !dated.Keys.Concat(plain.Keys).Any(y => y > year)
            && (lead?.StartsWith(written, StringComparison.Ordinal) == true || title?.Contains(written, StringComparison.Ordinal) == true);
    }

    public static int? Read(DocumentText text, DocumentHead head, string? date)
    {
        if (CatalogueRecord.IsGazetteerRecord(text.Text.Original))
        {
            // A library's record of a gazetteer's section: the section spans the book's years.
            return null;
        }

        if (IsProfile(head.Title))
        {
            // 某县政协简介: a profile of a body tells its history since its founding.
            return null;
        }

        // 政协某县2023年工作要点: a plan or rules of a year are of that year, whatever their body reviews.
        if (IsOwnYearKind(head.Title) && YearPattern().Match(head.Title!) is { Success: true } titled && Year(titled.Groups["y"].Value) is { } titleYear)
        {
            return titleYear;
        }

        var strong = new Dictionary<int, double>();
        var openings = new Dictionary<int, double>();
        var reckoned = new Dictionary<int, double>();
        var relative = new Dictionary<string, int>(StringComparer.Ordinal);
        var dated = new Dictionary<int, double>();
        var recalled = new Dictionary<int, double>();
        var lead = Lead(text);
        var ahead = ImpliedYear.LooksAhead(text, lead);
        var earlyLead = lead is not null && EarlyYearLead().IsMatch(lead);
        var plain = new Dictionary<int, double>();
        var periods = new Dictionary<int, double>();
        var asOf = new List<int>();

        // 某政协发〔2025〕18号, 提案（某公复）字（2025）第01号 opening the text (perhaps joined to the heading under it): the
        // document's number carries the year it was issued in; not an item of the page's list of links (• 某新闻办批文〔2008〕17号).
        if (text.Units.Count > 0 && !text.Units[0].IsLinkItem && IssuedNumber().Match(text.Units[0].Text) is { Success: true, Index: <= 24 } number && Year(number.Groups["y"].Value) is { } issued)
        {
            Vote(strong, issued, 2);
        }

        foreach (var unit in text.Units)
        {
            var t = unit.Text;
            if (HeadLineKinds.SiteClock().IsMatch(t.Trim()))
            {
                // 今天是：2020年5月8日: the day the page was read, not one of the story.
                continue;
            }

            if (unit.IsHeading || IsHeadingLike(t))
            {
                VoteHeading(t, strong);

                if (unit.IsHeading)
                {
                    continue;
                }
            }

            VoteOccasion(t, ahead, strong);
            VotePlanPeriod(t, ahead, periods);
            if (Anniversary().Match(t) is { Success: true } anniversary)
            {
                Vote(reckoned, ImpliedYear.FoundingYear(anniversary.Groups["what"].Value) + int.Parse(anniversary.Groups["n"].Value, CultureInfo.InvariantCulture), 1);
            }

            var leading = YearPattern().Match(t);
            if (leading.Success && leading.Index == 0 && Year(leading.Groups["y"].Value) is { } y)
            {
                var rest = t[leading.Length..];
                if (rest.StartsWith('，') || rest.StartsWith("以来", StringComparison.Ordinal))
                {
                    Vote(strong, y, 1);
                    Vote(openings, y, 1);
                }
            }

            if (t.Trim() != lead && LeadingMonth().Match(t) is { Success: true } month && Year(month.Groups["y"].Value) is { } then)
            {
                // 2018年11月，…启动编纂工作: a later sentence that opens with a month of the past.
                Vote(recalled, then, 1);
            }

            // 1月20日上午，…会议开幕…总结回顾了2025年的工作: a session early in a year reviews the year before.
            if (earlyLead && ReviewedYearsWork().Match(t) is { Success: true } reviewed && Year(reviewed.Groups["y"].Value) is { } reviewedYear)
            {
                Vote(strong, reviewedYear + 1, 1);
            }

            var day = LeadingDay().Match(t);
            if (day.Success && int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture) <= 3
                && t.Contains("会议", StringComparison.Ordinal) && t.Contains("报告", StringComparison.Ordinal))
            {
                Vote(strong, int.Parse(day.Groups["y"].Value, CultureInfo.InvariantCulture) - 1, 1);
            }

            foreach (Match word in RelativeYear().Matches(t))
            {
                relative[word.Groups["w"].Value] = relative.GetValueOrDefault(word.Groups["w"].Value) + 1;
            }

            VoteMentions(t, ahead, earlyLead, dated, plain, asOf);
        }

        VoteAsOfLatest(asOf, dated, plain);
        VoteTitleYear(head.Title, dated);

        if (head.DeliveredOn is { } delivered && Parts(delivered) is var (dy, dm))
        {
            // A closing speech (…会议，顺利完成各项任务; 在…闭幕会上的讲话) speaks of its session, not of the year before;
            // so does what a session adopts for itself (its agenda, its proposals' review: （2024年3月10日…会议通过）),
            // but not a work report adopted with it, nor the resolution on one: they review the year before.
            var adoptedForItself = DeliveryLines.IsAdoptionLine(head.DeliveryLine) && (IsOwnYearKind(head.Title) || IsProposalReview(head.Title));
            var review = dm <= 3 && !IsClosingSpeech(text, head) && !adoptedForItself;
            Vote(strong, review ? dy - 1 : dy, 2);
            if (review && strong.Remove(dy, out var planned))
            {
                // A report given early in a year reviews the year before; what it says of its own year is its plan.
                Vote(strong, dy - 1, planned);
            }
        }

        var published = new Dictionary<int, double>();
        if ((date ?? head.PublishedOn) is { } day2 && Parts(day2) is var (py, _))
        {
            Vote(published, py, 1);
        }

        VoteLead(lead, head, date ?? head.PublishedOn, published, recalled, dated);

        // 去年 and 今年 in a text published in a known year say which year its events fall in (a lone 去年 says nothing: a
        // story of its day may look back once); 过去一年 and 一年来 look back over the year before when written in its first
        // quarter, else over the year itself.
        var relativeToPublished = new Dictionary<int, double>();
        if ((date ?? head.PublishedOn) is { } day3 && Parts(day3) is var (ry, rm))
        {
            foreach (var (word, count) in relative)
            {
                if (word == "去年" && count == 1 && relative.Count == 1)
                {
                    // 去年的中央一号文件强调…, 去年，市政协驻村扶贫…: no review of the year before.
                    continue;
                }

                var year = word switch { "去年" => ry - 1, "今年" => ry, _ => rm <= 3 ? ry - 1 : ry };
                Vote(relativeToPublished, year, count);
            }
        }

        // The first tier that says anything decides; a tier that cannot tell its years apart (a chapter
        // of a gazetteer spanning decades) decides that there is no one year.
        // 1979年，… 1981年，… 1983年，… in a profile dated 2019 that says 今年已84岁: a story told year by year
        // does not settle the year, what the text says of its own day does.
        if (strong.Count > 1 && Decide(strong) is null && strong.All(v => openings.GetValueOrDefault(v.Key) == v.Value)
            && relativeToPublished.Count > 0 && Decide(relativeToPublished) is { } own)
        {
            return own;
        }

        // 1962年… 1965年… 1984年，… 1989年5月…: a chronicle told year by year over decades; a year of it that
        // happens to open a sentence is not the text's year, what the text says of its own day may be.
        if (strong.Count > 0 && strong.All(v => openings.GetValueOrDefault(v.Key) == v.Value) && IsChronicle(strong, dated, plain)
            && !OpensWithLatestYear(strong, dated, plain, lead, head.Title))
        {
            return relativeToPublished.Count > 0 ? Decide(relativeToPublished) : null;
        }

        // 迎接党的二十大, 庆祝人民政协成立75周年: the latest event of a known year the text names as present.
        var implied = new Dictionary<int, double>();
        if (ImpliedYear.OfEvents(text, ahead) is { } eventYear)
        {
            Vote(implied, eventYear, 1);
        }

        // 8月7日上午，…学习贯彻二十届三中全会精神: the lead's day falls after the latest plenary session the text names.
        var afterPlenum = new Dictionary<int, double>();
        if (lead is not null && MonthDayLead().Match(lead) is { Success: true } leadMonth
            && ImpliedYear.AfterLatestPlenum(text, int.Parse(leadMonth.Groups["m"].Value, CultureInfo.InvariantCulture)) is { } plenumYear)
        {
            Vote(afterPlenum, plenumYear, 1);
        }

        foreach (var tier in new[] { strong, reckoned, dated, relativeToPublished, published, periods, implied, afterPlenum, plain })
        {
            if ((tier == relativeToPublished || tier == periods) && tier.Count > 0 && Decide(tier) is null)
            {
                // 一年来 beside 今年 in a session's news: the words do not settle it, the day published does.
                // “十四五”收官之年 beside “十五五”开局之年: neither plan's year is the text's.
                continue;
            }

            // 2014年，某基金会… opening one sentence of a story published in 2022: a year recalled, not the one reported on
            // (a review is published within a year of the year it reviews).
            if (tier == strong && strong.Count == 1 && strong.Values.First() <= 1 && openings.GetValueOrDefault(strong.Keys.First()) == 1
                && published.Count == 1 && published.Keys.First() - strong.Keys.First() >= 2)
            {
                continue;
            }

            // 2020年… 2021年… alike in a story published in 2021, 2024年… 2025年… beside 纪念“三八”国际劳动妇女节116周年: the day
            // published or an event of the present settles a tie of the events' years it is one of, or comes after.
            if (tier == dated && tier.Count > 1 && Decide(tier) is null && TieSettled(dated, published, implied) is { } settled)
            {
                return settled;
            }

            // 12月23日，…会议决定…于2026年1月召开 beside 2025年度: a lead's day at a year's turn settles a tie of two consecutive
            // years the events name: in its last months the earlier (the next year is ahead), in its first the later.
            if (tier == dated && tier.Count > 1 && Decide(tier) is null && SeasonSettled(tier, lead) is { } season)
            {
                return season;
            }

            // A story published in 2017 recalling 2013 and 2015 alike (in sentences that open with them, or as events):
            // the past it recalls does not settle its year, the day it was published may; a review of those years
            // (回眸：4年开展27场) keeps the last full year it reviews.
            var recalling = tier == dated || (tier == strong && strong.All(v => openings.GetValueOrDefault(v.Key) == v.Value));
            if (recalling && tier.Count > 1 && Decide(tier) is null && published.Count > 0 && tier.Keys.Max() < published.Keys.Max()
                && LastFullYearReviewed(tier, head.Title, date ?? head.PublishedOn) is null)
            {
                continue;
            }

            if (tier.Count > 0)
            {
                return Decide(tier) ?? LastFullYearReviewed(tier, head.Title, date ?? head.PublishedOn) ?? (tier == plain ? ReviewedBeforePlanned(plain) : null);
            }
        }

        return null;
    }

    // “某某商量”回眸：5年开展39个专题, 五年来, 三年间: a title that reviews several years of work.
    [GeneratedRegex(@"回眸|回望|(?:(?<![0-9])[0-9]{1,2}|[一二两三四五六七八九十]{1,2}|多|几)年(?:来|间|以来|时间|历程)?(?:开展|[，：:]|$)")]
    private static partial Regex ReviewOfYears();

    // A review of several years up to its day of publication, whose years the text names about equally: the
    // last full year reviewed (the year before a first-quarter publication), as the annotators take it.
    private static int? LastFullYearReviewed(Dictionary<int, double> tier, string? title, string? published)
    {
        if (title is null || !ReviewOfYears().IsMatch(title) || published is null || Parts(published) is not var (py, pm))
        {
            return null;
        }

        var latest = tier.Keys.Max();
        return latest >= py - 1 && latest <= py && latest - tier.Keys.Min() <= 10 ? Math.Min(latest, pm <= 3 ? py - 1 : py) : null;
    }

    // 2018年11月，… / 2020年6月起，…: a sentence that opens with a month of a year.
    [GeneratedRegex(@"^(?<y>[0-9]{4})年[0-9]{1,2}月")]
    private static partial Regex LeadingMonth();

    // The first sentence among the opening units (past the head's chrome): the story's lead.
    private static string? Lead(DocumentText text) =>
        text.Units.Take(8).Where(u => !u.IsHeading).Select(u => u.Text.Trim()).FirstOrDefault(t => t.Contains('，') && t.Length >= 12);

    private static int? Year(string digits) => Numbers.Year(digits.Replace('○', '〇'));

    /// <summary>The first full date in a sentence of the first three sections that opens with it and speaks of a report, or null.</summary>
    public static string? MeetingDate(DocumentText text)
    {
        var firstSections = text.Structure.Sections.Take(3).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in text.Units.Where(u => firstSections.Contains(u.SectionId)))
        {
            var day = LeadingDay().Match(unit.Text);
            if (day.Success && unit.Text.Contains("报告", StringComparison.Ordinal))
            {
                return DateText.Parse(day.Value);
            }
        }

        return null;
    }

    // 第三次会议议程, 委员履职考核办法, 2023年工作要点, 年度协商工作计划（草案）: a title that names what a session
    // or its standing committee adopts for its own time — not a report on a plan (…计划执行情况的报告), a
    // work report, nor news of a meeting on one (常委会议审议2024年工作要点, perhaps held the December before).
    [GeneratedRegex(@"(?:议程|办法|规则|规程|要点|计划)(?:[（(][^（）()]{1,6}[）)])?$")]
    private static partial Regex OwnYearKind();

    private static readonly string[] MeetingVerbs = ["召开", "审议", "讨论", "研究", "部署", "通过"];

    private static bool IsOwnYearKind(string? title) =>
        title is not null && OwnYearKind().IsMatch(title.TrimEnd()) && !MeetingVerbs.Any(v => title.Contains(v, StringComparison.Ordinal));

    // 提案委员会关于九届三次会议提案审查情况的报告: the review of the proposals filed to the session adopting it.
    private static bool IsProposalReview(string? title) =>
        title is not null && title.Contains("提案审查", StringComparison.Ordinal) && !title.Contains("工作报告", StringComparison.Ordinal)
        && !title.Contains("报告的决议", StringComparison.Ordinal);

    private static readonly string[] ClosingWords = ["闭幕", "完成各项任务", "完成各项议程", "完成了各项议程", "完成了预定的各项任务"];

    // A speech closing a session: its title says 讲话 or 闭幕, or one of its first sentences says the session is closing or its work done.
    private static bool IsClosingSpeech(DocumentText text, DocumentHead head) =>
        head.Title is { } title && (title.Contains("讲话", StringComparison.Ordinal) || title.Contains("闭幕", StringComparison.Ordinal)) && !title.Contains("报告", StringComparison.Ordinal)
        || text.Units.Take(3).Any(u => ClosingWords.Any(w => u.Text.Contains(w, StringComparison.Ordinal)) && !u.Text.Contains("工作报告", StringComparison.Ordinal));

    // A short sentence that reads as a heading (回望2024：初心如磐担使命).
    // A short line without a clause; an item of a dashed or bulleted list is none of the text's headings.
    private static bool IsHeadingLike(string text) =>
        text.Length <= 30 && !text.Contains('，') && !text.EndsWith('。') && !HeadingMarkers.IsListItem(text, 0, text.Length);

    private static (int Year, int Month)? Parts(string iso) =>
        iso.Length >= 7 && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? (y, m)
            : null;
}
