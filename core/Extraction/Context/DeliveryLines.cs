using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The lines under a speech's or a rule's title that give the day it was delivered or adopted:
/// ——2026年1月26日在…会议上, （2018年1月4日…会议审议通过）.
/// </summary>
internal static partial class DeliveryLines
{
    [GeneratedRegex(@"^[（(]?(?:——|—|--|－－)?[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年.{1,12}日.{0,3}在.+(?:会议|大会|会)(?:上|开幕)")]
    internal static partial Regex DeliveryPattern();

    [GeneratedRegex(@"^[（(]?(?:——|—|--)?[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年.{1,12}日.{0,3}在")]
    internal static partial Regex DeliveryStart();

    // （2018年1月4日某市政协十三届二次会议审议通过）, (2020年3月2日县政协常委会议修订): a whole line in brackets,
    // a full date, the meeting and the word of adoption — how an agenda, a resolution or rules give their day.
    [GeneratedRegex(@"^[（(]\s*(?<date>[0-9〇○零一二三四五六七八九]{4}\s*年[^（）()]{1,8}?日)[^（）()，。]{0,40}?(?:通过|批准|修订|修正)\s*[）)]$")]
    private static partial Regex AdoptionLine();

    // 关于…提案审查情况的报告 (2018年1月27日政协某市第十四届委员会第一次会议通过): a title with its adoption note run onto its line.
    [GeneratedRegex(@"^(?<title>[^。！？（）()]{5,100}?)\s*(?<note>[（(]\s*[0-9〇○零一二三四五六七八九]{4}\s*年[^（）()]{1,8}?日[^（）()，。]{0,40}?(?:通过|批准|修订|修正)\s*[）)])$")]
    private static partial Regex TitleWithAdoption();

    /// <summary>A title with its adoption note on one line as two lines, the title over the note; any other line as it is.</summary>
    internal static IEnumerable<string> SplitAdoptionNote(string line) =>
        TitleWithAdoption().Match(line) is { Success: true } both ? [both.Groups["title"].Value, both.Groups["note"].Value] : [line];

    // 省政协举行…听证会 ■记者 某某某 21日，省政协在杭州…: an e-paper's headline, its reporter's line and the story run
    // onto one line; the headline, the byline and the story as three.
    [GeneratedRegex(@"^(?<title>[^。！？■，,]{5,60}?)\s*■\s*(?<byline>(?:本报)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s+(?<body>\S.*)$")]
    private static partial Regex HeadlineRunIntoStory();

    /// <summary>A headline run with its reporter's line into the story (…听证会 ■记者 某某某 21日，…) as three lines; any other line as it is.</summary>
    internal static IEnumerable<string> SplitRunOnHeadline(string line) =>
        HeadlineRunIntoStory().Match(line) is { Success: true } run ? [run.Groups["title"].Value, run.Groups["byline"].Value, run.Groups["body"].Value] : [line];

    /// <summary>True when <paramref name="line"/> is a delivery line (——2026年1月26日在…会议上).</summary>
    internal static bool IsDeliveryLine(string line) => DeliveryStart().IsMatch(line.Trim());

    /// <summary>True when <paramref name="line"/> is an adoption line (（2018年1月4日…会议审议通过）).</summary>
    internal static bool IsAdoptionLine(string? line) => line is not null && AdoptionLine().IsMatch(line);

    // 在政协某县第十一届委员会第一次会议上的工作报告, 在…闭幕会上的讲话: a heading that names the session it was given at.
    [GeneratedRegex(@"^在[^，。]{4,40}(?:会议|大会|会)上的[^，。]{0,8}(?:报告|讲话|发言|致辞)$")]
    private static partial Regex GivenAtSession();

    /// <summary>True when <paramref name="title"/> names the session it was given at (在…会议上的工作报告): a date line under it is the day given.</summary>
    internal static bool IsGivenAtSession(string? title) => title is not null && GivenAtSession().IsMatch(title);

    // The day of an adoption line, or null.
    internal static string? AdoptedOn(string line) =>
        AdoptionLine().Match(line) is { Success: true } adopted ? DateText.Parse(adopted.Groups["date"].Value) : null;
}
