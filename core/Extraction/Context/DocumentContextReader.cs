using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Reads what a document says about itself (<see cref="DocumentContext"/>) from its own text, never
/// from its file name.
/// </summary>
/// <remarks>
/// <para>Issuer: the first committee named in full in a heading (——图解政协淮安市第九届委员会常务委员会
/// 工作报告, 政协泰州市姜堰区委员会常务委员会工作报告); else the first committee named with its place in a
/// heading (盐城市政协办公室 研究室 主办); else the first committee named with its place anywhere
/// (涟水县政协). Relative forms (市政协) cannot name an issuer: they need one.</para>
/// <para>Year reported on, by votes: a heading with a year and a word of review (回顾, 回眸, 巡礼,
/// 亮点 …) votes 3 for it, one with a word of plans (安排, 思路, 展望 …) 3 for the year before; a
/// heading that is only a year 1; a sentence that opens with "YYYY年，" or "YYYY年以来" 1; a report or
/// meeting dated in the first quarter (2024年1月15日，…会议上…作…报告) 1 for the year before.</para>
/// <para>Date: the first full date in a sentence of the first three sections that speaks of a
/// meeting or report. Title: the first heading that is not a masthead (主办, 特别报道, four characters
/// or fewer), preferring one that names a committee and a report; else the first sentence.</para>
/// </remarks>
internal sealed partial class DocumentContextReader(CommitteeFinder committees, Gazetteer gazetteer)
{
    private static readonly string[] ReviewWords = ["回顾", "回眸", "巡礼", "总结", "亮点", "答卷", "成就"];
    private static readonly string[] PlanWords = ["安排", "思路", "展望", "计划", "打算", "要点"];
    private static readonly string[] Mastheads = ["主办", "特别报道", "协办", "出品"];

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex LeadingDay();

    public DocumentContext Read(DocumentText text)
    {
        var (issuer, issuerSpan) = FindIssuer(text);
        var context = issuer?.Place is { } place ? gazetteer.Ancestors(place).Prepend(place).ToList() : [];
        var named = new Dictionary<string, CommitteeIdentity>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var match in committees.FindNamed(unit.Text, context))
            {
                if (match.Committee.Place is { } p)
                {
                    named.TryAdd(p.Code, match.Committee);
                }
            }
        }

        return new DocumentContext(issuer, issuerSpan, ReadYear(text), ReadDate(text), ReadTitle(text), named);
    }

    private (CommitteeIdentity?, TextSpan?) FindIssuer(DocumentText text)
    {
        CommitteeMatch? fromHeading = null;
        TextUnit? headingUnit = null;
        foreach (var unit in text.Units.Where(u => u.IsHeading))
        {
            foreach (var match in committees.FindNamed(unit.Text, []))
            {
                var full = unit.Text.AsSpan(match.Start, match.End - match.Start).EndsWith("委员会");
                if (full)
                {
                    return (match.Committee, new TextSpan(unit, match.Start, match.End));
                }

                if (fromHeading is null)
                {
                    fromHeading = match;
                    headingUnit = unit;
                }
            }
        }

        if (fromHeading is not null)
        {
            return (fromHeading.Committee, new TextSpan(headingUnit!, fromHeading.Start, fromHeading.End));
        }

        foreach (var unit in text.Units)
        {
            if (committees.FindNamed(unit.Text, []).FirstOrDefault() is { } match)
            {
                return (match.Committee, new TextSpan(unit, match.Start, match.End));
            }
        }

        return (null, null);
    }

    private static int? ReadYear(DocumentText text)
    {
        var votes = new Dictionary<int, int>();
        void Vote(int year, int weight) => votes[year] = votes.GetValueOrDefault(year) + weight;

        foreach (var unit in text.Units)
        {
            var t = unit.Text;
            if (unit.IsHeading)
            {
                var match = YearPattern().Match(t);
                if (match.Success && Numbers.Year(match.Groups["y"].Value) is { } year)
                {
                    if (ReviewWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
                    {
                        Vote(year, 3);
                    }
                    else if (PlanWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
                    {
                        Vote(year - 1, 3);
                    }
                    else if (t.Trim().Length <= 6)
                    {
                        Vote(year, 1);
                    }
                }

                continue;
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

        return votes.Count == 0 ? null : votes.OrderByDescending(v => v.Value).ThenByDescending(v => v.Key).First().Key;
    }

    private static string? ReadDate(DocumentText text)
    {
        var firstSections = text.Structure.Sections.Take(3).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in text.Units.Where(u => firstSections.Contains(u.SectionId)))
        {
            var day = LeadingDay().Match(unit.Text);
            if (day.Success && (unit.Text.Contains("会议", StringComparison.Ordinal) || unit.Text.Contains("报告", StringComparison.Ordinal)))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{int.Parse(day.Groups["y"].Value, CultureInfo.InvariantCulture):D4}-{int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(day.Groups["d"].Value, CultureInfo.InvariantCulture):D2}");
            }
        }

        return null;
    }

    private static string ReadTitle(DocumentText text)
    {
        var headings = text.Units.Where(u => u.IsHeading)
            .Select(u => u.Text.TrimStart('—', '-', ' ', '#'))
            .Where(h => h.Length > 4 && !Mastheads.Any(m => h.Contains(m, StringComparison.Ordinal)))
            .ToList();
        var report = headings.FirstOrDefault(h => h.Contains("委员会", StringComparison.Ordinal) && h.Contains("报告", StringComparison.Ordinal));
        if ((report ?? headings.FirstOrDefault()) is { } title)
        {
            return title;
        }

        var first = text.Units.FirstOrDefault()?.Text ?? "";
        return first.Length <= 40 ? first : first[..40];
    }
}
