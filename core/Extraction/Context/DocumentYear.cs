using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The year a document reports on, by votes, and the date of a meeting its opening sentences tell.
/// </summary>
/// <remarks>
/// <para>Votes: a heading with a year and a word of review (回顾, 回眸, 巡礼, 亮点 …) votes 3 for it,
/// one with a word of plans (安排, 思路, 展望, 目标 …) 3 for the year before, one that ends with 工作 (2025年主要工作) 2 for it; a heading that is only a year 1;
/// a sentence that opens with "YYYY年，" or "YYYY年以来" 1; a report or meeting dated in the first
/// quarter (2024年1月15日，…会议上…作…报告) 1 for the year before. The day the document was
/// delivered at a session (its delivery line) votes 2: for the year before when it falls in the
/// first quarter (a report to the new year's session reviews the old year), else for its own year.
/// The day it was published votes 1 for its own year when nothing else says more.</para>
/// </remarks>
internal static partial class DocumentYear
{
    private static readonly string[] ReviewWords = ["回顾", "回眸", "回望", "巡礼", "总结", "亮点", "答卷", "成就"];
    private static readonly string[] PlanWords = ["安排", "思路", "展望", "计划", "打算", "要点", "要求", "目标", "任务", "部署"];

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex LeadingDay();

    public static int? Read(DocumentText text, DocumentHead head, string? date)
    {
        var votes = new Dictionary<int, double>();
        void Vote(int year, double weight) => votes[year] = votes.GetValueOrDefault(year) + weight;

        foreach (var unit in text.Units)
        {
            var t = unit.Text;
            if (unit.IsHeading || IsHeadingLike(t))
            {
                var match = YearPattern().Match(t);
                if (match.Success && Numbers.Year(match.Groups["y"].Value) is { } year)
                {
                    if (PlanWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
                    {
                        Vote(year - 1, 3);
                    }
                    else if (ReviewWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
                    {
                        Vote(year, 3);
                    }
                    else if (t.Contains("主要工作", StringComparison.Ordinal) || t.TrimEnd().EndsWith("工作", StringComparison.Ordinal))
                    {
                        // 一、2025年主要工作: the work of that year.
                        Vote(year, 2);
                    }
                    else if (t.Trim().Length <= 6)
                    {
                        Vote(year, 1);
                    }
                }

                if (unit.IsHeading)
                {
                    continue;
                }
            }

            var leading = YearPattern().Match(t);
            if (leading.Success && leading.Index == 0 && Numbers.Year(leading.Groups["y"].Value) is { } y)
            {
                var rest = t[leading.Length..];
                if (rest.StartsWith('，') || rest.StartsWith("以来", StringComparison.Ordinal))
                {
                    Vote(y, 1);
                }
            }

            var day = LeadingDay().Match(t);
            if (day.Success && int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture) <= 3
                && t.Contains("会议", StringComparison.Ordinal) && t.Contains("报告", StringComparison.Ordinal))
            {
                Vote(int.Parse(day.Groups["y"].Value, CultureInfo.InvariantCulture) - 1, 1);
            }
        }

        if (head.DeliveredOn is { } delivered && Parts(delivered) is var (dy, dm))
        {
            Vote(dm <= 3 ? dy - 1 : dy, 2);
        }

        if (votes.Count == 0 && (date ?? head.PublishedOn) is { } published && Parts(published) is var (py, _))
        {
            Vote(py, 1);
        }

        return votes.Count == 0 ? null : votes.OrderByDescending(v => v.Value).ThenByDescending(v => v.Key).First().Key;
    }

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

    // A short sentence that reads as a heading (回望2024：初心如磐担使命).
    private static bool IsHeadingLike(string text) => text.Length <= 30 && !text.Contains('，') && !text.EndsWith('。');

    private static (int Year, int Month)? Parts(string iso) =>
        iso.Length >= 7 && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? (y, m)
            : null;
}
