using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Meetings: a meeting verb and the meeting nouns after it (召开…座谈会), and 在…会议上.</summary>
internal sealed partial class ActivityFinder
{
    [GeneratedRegex(@"在?(?<np>[\u4e00-\u9fff0-9（）]{3,26}?(?:会议|培训班|研讨会|大会))(?:上|召开之际)")]
    private static partial Regex AtMeeting();

    private void FindMeetings(UnitReading reading, List<ActivityTrigger> triggers)
    {
        var text = reading.Text;
        foreach (var verb in cues.MeetingVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var from = at + verb.Length;
                if (triggers.Exists(t => t.Start <= at && at < t.End) || (verb.Length == 2 && at >= 2 && cues.MeetingVerbs.Any(v => v.Length == 4 && string.CompareOrdinal(text, at - 2, v, 0, 4) == 0)))
                {
                    continue;
                }

                var (_, clauseEnd) = reading.Unit.ClauseAt(from);
                from = FigureReader.AfterCoordinatedVerbs(text[from..clauseEnd], reading, from).Offset;
                foreach (var (start, end, head) in MeetingNouns(reading, from, clauseEnd))
                {
                    var objectText = FigureReader.WithoutQuotes(text[start..end]);
                    var kind = cues.KindOf(objectText) ?? "会议";
                    triggers.Add(new ActivityTrigger { Start = start, End = end, Kind = kind, Object = objectText });
                }
            }
        }

        if (!MayHoldAtMeeting(text))
        {
            return;
        }

        foreach (Match match in AtMeeting().Matches(text))
        {
            var np = match.Groups["np"];
            var clause = reading.Unit.ClauseAt(np.Index);
            var start = Math.Max(np.Index, clause.Start);
            if (text[start] == '在')
            {
                start++;
            }

            if (np.Index + np.Length - start < 4 || triggers.Exists(t => t.Start < np.Index + np.Length && start < t.End))
            {
                continue;
            }

            var lastAt = text.LastIndexOf('在', np.Index + np.Length - 1, np.Index + np.Length - start);
            if (lastAt >= start)
            {
                start = lastAt + 1;
            }

            var objectText = text[start..(np.Index + np.Length)];
            if (objectText.Length < 4 || objectText.Contains("党代会", StringComparison.Ordinal))
            {
                continue;
            }

            triggers.Add(new ActivityTrigger { Start = start, End = np.Index + np.Length, Kind = "会议", Object = objectText });
        }
    }

    // What every AtMeeting match holds (a meeting word's last character, then 上 or 召开之际): the
    // regular expression tries every Han character as a start, so units without it skip it.
    private static bool MayHoldAtMeeting(string text) =>
        text.Contains("会上", StringComparison.Ordinal) || text.Contains("议上", StringComparison.Ordinal)
        || text.Contains("班上", StringComparison.Ordinal) || text.Contains("召开之际", StringComparison.Ordinal);

    // The meeting nouns after a verb: the first noun phrase ending in a meeting word, or each item
    // of a list of them (企业家联谊会、新的社会阶层人士座谈会). Quotes inside are skipped over.
    private IEnumerable<(int Start, int End, string Head)> MeetingNouns(UnitReading reading, int from, int clauseEnd)
    {
        var text = reading.Text;
        var itemStart = from;
        var i = from;
        while (i < clauseEnd && i - from <= 40)
        {
            if (reading.Unit.QuoteAt(i) is { } quote && quote.Open == i)
            {
                i = quote.End;
                continue;
            }

            if (text[i] == '、')
            {
                itemStart = i + 1;
                i++;
                continue;
            }

            var head = cues.MeetingHeads.FirstOrDefault(h => string.CompareOrdinal(text, i, h, 0, h.Length) == 0);
            if (head is not null)
            {
                var end = i + head.Length;

                // A forum without a number or date is the series (an initiative), not one meeting.
                if (head == "论坛" && reading.LeadingDateId is null && !text.AsSpan(itemStart, end - itemStart).Contains('期'))
                {
                    yield break;
                }

                // 展 in 发展, 会 in 会员: a one-character head must be a word of its own.
                if (head.Length == 1 && !(reading.Unit.IsWordBoundary(i) && reading.Unit.IsWordBoundary(end)))
                {
                    i++;
                    continue;
                }

                if (end - itemStart >= 3)
                {
                    yield return (itemStart, end, head);
                }

                if (end < clauseEnd && text[end] == '、')
                {
                    itemStart = end + 1;
                    i = end + 1;
                    continue;
                }

                yield break;
            }

            i++;
        }
    }
}
