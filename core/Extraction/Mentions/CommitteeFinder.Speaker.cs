using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Which committee a unit speaks for, and whether it goes on speaking for the units after it.</summary>
internal sealed partial class CommitteeFinder
{
    // A leader of the committee named, then a verb of attending (市政协副主席某某到会指导, 市政协主席
    // 某某出席): a guest at another committee's event. A leader who leads or hosts (带队, 主持) is not.
    [GeneratedRegex(@"^(?:党组(?:书记|副书记|成员)|常务副主席|副主席|主席|副秘书长|秘书长)\p{IsCJKUnifiedIdeographs}{2,4}?(?:到会|出席|莅临|到场|应邀|列席)")]
    private static partial Regex GuestLeader();

    // The committee the unit speaks for: the subject of the sentence, the committee that opens
    // its first clause after any clauses of time (2023年10月20日，涟水县政协…; 一年来，市政协…), or
    // the committee of the place that opens it (清江浦区开展…; of a chain, the last place: a town
    // has none) when the document names that committee. It goes on speaking for the units that
    // follow when it acts alone (市、区政协联合… speaks for neither after its sentence).
    private (CommitteeIdentity? Speaker, bool Persists) SpeakerOf(UnitReading reading)
    {
        var clauses = reading.Unit.Clauses;
        if (clauses.Count == 0)
        {
            return (null, false);
        }

        var subjectClause = 0;
        while (subjectClause < clauses.Count - 1 && IsTemporal(reading, clauses[subjectClause]))
        {
            subjectClause++;
        }

        var start = clauses[subjectClause].Start;
        var first = reading.Mentions.Where(m => !m.Implied && m.Start == start && m.Label is Labels.Committee or Labels.Place)
            .OrderBy(m => m.Label == Labels.Committee ? 0 : 1)
            .FirstOrDefault();
        if (first is null)
        {
            return (null, false);
        }

        if (first.Label == Labels.Committee)
        {
            var alone = !reading.Mentions.Any(m => m.Label == Labels.Committee && m != first
                && (SameSpan(m, first.Start, first.End) || (m.Start >= first.End && reading.Text[first.End..m.Start] is "" or "、" or "和" or "与")));
            var identity = Identity(first);

            // 市政协副主席某某到会指导 in a county committee's story: the subject is a guest, named by
            // the title the committee opens; the story goes on speaking for its own committee.
            var guest = identity is not null && reading.Context.Issuer is { } issuer && identity.Id != issuer.Id
                && GuestLeader().IsMatch(reading.Text.AsSpan(first.End));
            return (identity, alone && !guest);
        }

        var place = first;
        while (reading.Mentions.FirstOrDefault(m => m.Label == Labels.Place && !m.Implied && m.Start == place.End) is { } next)
        {
            place = next;
        }

        // 通化日报3月19日讯, 通化讯: the place names the paper or the dateline, not the sentence's subject.
        if (MediaWords.Any(w => reading.Text.AsSpan(place.End).StartsWith(w, StringComparison.Ordinal)))
        {
            return (null, false);
        }

        return place.Properties.TryGetValue("code", out var code) && reading.Context.NamedCommittees.TryGetValue((string)code, out var named)
            ? (named, true)
            : (null, false);

        CommitteeIdentity? Identity(Mention mention)
        {
            if (mention.Id == CommitteeIdentity.National.Id)
            {
                return CommitteeIdentity.National;
            }

            return mention.Properties.TryGetValue("place", out var placeId)
                && gazetteer.Find(((string)placeId)["place:".Length..]) is { } p
                ? CommitteeIdentity.Of(p, gazetteer)
                : null;
        }
    }

    private static readonly string[] MediaWords = ["日报", "晚报", "讯", "电", "新闻", "融媒", "电视台", "广播", "发布", "网"];

    // 7月中旬, 2020年6月下旬, 3月初: a part of a month, which no date mention reads.
    [GeneratedRegex(@"^(?:[0-9]{4}年)?[0-9]{1,2}月(?:上旬|中旬|下旬|初|底|末|中)(?:以来)?$")]
    private static partial Regex PartOfMonth();

    // A clause of time: a date, 一年来, 2023年以来, 回首刚刚过去的2023年, 7月中旬.
    private static bool IsTemporal(UnitReading reading, (int Start, int End) clause)
    {
        var text = reading.Text.AsSpan(clause.Start, clause.End - clause.Start);
        if (text.EndsWith("来") || text.EndsWith("以来"))
        {
            return text.Length <= 12;
        }

        if (PartOfMonth().IsMatch(text))
        {
            return true;
        }

        var dates = reading.Mentions.Where(m => m.Label == Labels.Date && m.Start >= clause.Start && m.End <= clause.End).Sum(m => m.End - m.Start);
        return dates > 0 && text.Length - dates <= 8;
    }
}
