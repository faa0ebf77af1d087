using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>The clause around a count: lists of counts and subjects, things named before their count, ordinals, totals.</summary>
internal sealed partial class FigureReader
{
    // 办公厅、九个专委会开展…: a count that is an item of the clause's subject, no preposition before it.
    private static bool ListedSubject(string text, int clauseStart, int index) =>
        index > clauseStart && text[index - 1] == '、' && text.AsSpan(clauseStart, index - clauseStart).IndexOfAny("与同向对为给在") < 0;

    // Past further items of a list of counts (、12个村和15个社区) that follow a count and its noun.
    private int AfterCountList(string text, int at, int clauseEnd)
    {
        // The rest of a noun the segmenter joined to the unit (个村): up to a list mark or a verb.
        for (var k = 0; k < 6 && at < clauseEnd && text[at] is >= '\u4e00' and <= '\u9fff' && !"与共对向为在和及".Contains(text[at], StringComparison.Ordinal)
            && !cues.CountVerbs.Any(v => string.CompareOrdinal(text, at, v, 0, v.Length) == 0) && !DoneAsActivity(text, at, clauseEnd); k++)
        {
            at++;
        }

        // 联络室全部创建完毕: a word of quantity between the noun and its verb.
        foreach (var quantifier in Quantifiers)
        {
            if (string.CompareOrdinal(text, at, quantifier, 0, quantifier.Length) == 0 && at + quantifier.Length < clauseEnd)
            {
                at += quantifier.Length;
                break;
            }
        }

        if (at >= clauseEnd || text[at] is not ('、' or '和' or '及'))
        {
            return at;
        }

        while (at + 1 < clauseEnd && text[at] is '、' or '和' or '及')
        {
            var next = at + 1;
            var item = Figure().Match(text, next);
            if (!item.Success || item.Index != next)
            {
                item = ChineseFigure().Match(text, next);
                if (!item.Success || item.Index != next)
                {
                    break;
                }
            }

            var end = next + item.Length;
            while (end < clauseEnd && text[end] is not ('、' or '和' or '及' or '，' or '；' or '。') && !cues.CountVerbs.Any(v => string.CompareOrdinal(text, end, v, 0, v.Length) == 0))
            {
                end++;
            }

            at = end;
        }

        return at;
    }

    // A thing named before its count (工作室16个), not an outcome (获采纳7条, 实施7条) or another count (编发6期).
    private bool IsThing(string text) =>
        text.Length > 0 && !text.Any(char.IsAsciiDigit) && !cues.PassiveMarks.Any(p => text.Contains(p, StringComparison.Ordinal))
        && !Outcomes.Any(o => text.Contains(o, StringComparison.Ordinal));

    private static bool IsOnlyFigure(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && (Figure().Match(trimmed) is { Success: true } f && f.Index == 0 && f.Length == trimmed.Length
            || ChineseFigure().Match(trimmed) is { Success: true } c && c.Index == 0 && c.Length == trimmed.Length);
    }

    // 大会提案 and 平时提案: two counts of the same kind of thing.
    private static bool SameHead(string a, string b) => a.Length >= 2 && b.Length >= 2 && a.AsSpan(a.Length - 2).SequenceEqual(b.AsSpan(b.Length - 2));

    private static int PreviousClause(UnitReading reading, int clauseStart) =>
        reading.Unit.Clauses.LastOrDefault(c => c.End <= clauseStart) is var (start, end) && end > 0 ? start : -1;

    // 十三届五次会议, 二次全会, 五次常委会议: a session's or a meeting's number, not how many were held; after a verb of holding
    // (共召开5次常委会议, 召开了三次全会) it counts them, unless a term names the number (召开十三届五次常委会议). Issues of a
    // meeting's bulletin (编印8期会议简报) are no session.
    private static bool Ordinal(string text, int index, int after, string unit) =>
        unit is "次" or "届" && (text.AsSpan(after).StartsWith("会议") || text.AsSpan(after).StartsWith("全会") || text.AsSpan(after).StartsWith("全体会议") || text.AsSpan(after).StartsWith("常委会"))
        && (index == 0 || text[index - 1] is '届' or '第' || !HeldBefore(text.AsSpan(0, index)))
        || unit is "次" && OrdinalListBefore().IsMatch(text.AsSpan(0, index)) && text.AsSpan(after, Math.Min(6, text.Length - after)).Contains("会议", StringComparison.Ordinal);

    // 召开市政协第51次党组、31次主席会议: the 第 of the list's first item, a body's short name standing for its meeting, numbers
    // the meetings after it too (not 第十四次常委会议、5次主席会议, whose first item is a meeting of its own).
    [GeneratedRegex(@"第[0-9一二三四五六七八九十百]+次(?:党组|常委会|主席会|党组会)、$")]
    private static partial Regex OrdinalListBefore();

    private static readonly string[] HoldingVerbs = ["召开", "举行", "举办", "组织"];

    private static readonly string[] PlanMarks = ["计划", "将", "拟", "准备", "预计"];

    // The characters of 共, 共计, 总共, 一共, 合计 before a total's 有.
    private static readonly char[] TotalWords = ['共', '计', '总', '一', '合'];

    // Nothing but spaces between the count and the end of its clause.
    private static bool ClosesClause(string text, int after, int clauseEnd) => text.AsSpan(after, Math.Max(0, clauseEnd - after)).Trim().IsEmpty;

    private static bool HeldBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        foreach (var filler in (ReadOnlySpan<string>)["了", "共", "累计", "先后"])
        {
            if (before.EndsWith(filler, StringComparison.Ordinal))
            {
                before = before[..^filler.Length];
            }
        }

        foreach (var verb in HoldingVerbs)
        {
            if (before.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
