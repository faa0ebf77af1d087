using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>A committee named in a unit.</summary>
internal sealed record CommitteeMatch(int Start, int End, CommitteeIdentity Committee, string? Session, bool IsNamed);

/// <summary>
/// CPPCC committees, in the forms the genre writes them, each resolved to its canonical identity.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Full names: 政协{places}[第N届]委员会 (政协淮安市第九届委员会, 政协泰州市姜堰区委员会),
/// 中国人民政治协商会议{places}委员会, 中国人民政治协商会议全国委员会.</item>
/// <item>Place and 政协: 淮安市政协, 涟水县政协, 淮安政协, 泰州市姜堰区政协.</item>
/// <item>Relative forms, resolved against the place of the committee speaking, then of the issuer:
/// 省政协, 市政协 (我市政协), 县政协, 区政协, 全国政协; coordinated levels 省、市政协, 市、区政协,
/// 省市政协, 市县两级政协 (each level read; a level that has no committee in the context, such as
/// 县 in a city's report, is not). A county-level city calls itself 市政协. Not read: 全市政协
/// and other forms where a dictionary word ends on the level character (全市, 地级市), and the
/// collective 县（市、区）政协.</item>
/// </list>
/// A session (第九届, 九届三次会议) right after a mention is kept as the committee's session.
/// </remarks>
internal sealed partial class CommitteeFinder(Gazetteer gazetteer, JiebaSegmenter segmenter)
{
    private const string Cppcc = "政协";
    private const string FullCppcc = "中国人民政治协商会议";

    [GeneratedRegex(@"^第?(?<n>[一二三四五六七八九十]{1,3})届")]
    private static partial Regex SessionPattern();

    /// <summary>Committees named with their place (not relative forms), for reading the document's context.</summary>
    public List<CommitteeMatch> FindNamed(string text, IReadOnlyList<Place> context)
    {
        var matches = new List<CommitteeMatch>();
        for (var at = text.IndexOf(Cppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Cppcc, at + 1, StringComparison.Ordinal))
        {
            if (FullName(text, at, at + Cppcc.Length, context) is { } full)
            {
                matches.Add(full);
            }
            else if (PlaceAndCppcc(text, at, context) is { } named)
            {
                matches.Add(named);
            }
        }

        for (var at = text.IndexOf(FullCppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(FullCppcc, at + 1, StringComparison.Ordinal))
        {
            var after = at + FullCppcc.Length;
            if (string.CompareOrdinal(text, after, "全国委员会", 0, 5) == 0)
            {
                matches.Add(new CommitteeMatch(at, after + 5, CommitteeIdentity.National, null, IsNamed: true));
            }
            else if (FullName(text, at, after, context) is { } full)
            {
                matches.Add(full);
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>Finds the unit's committees, adds their mentions, and says which committee the unit speaks for.</summary>
    public void Find(UnitReading reading, PlaceFinder places)
    {
        var text = reading.Text;
        var context = places.ContextPlaces(reading);
        var found = FindNamed(text, context);
        for (var at = text.IndexOf(Cppcc, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Cppcc, at + 1, StringComparison.Ordinal))
        {
            if (found.Exists(m => m.Start <= at && at < m.End))
            {
                continue;
            }

            found.AddRange(Relative(reading, at));
        }

        foreach (var match in found.OrderBy(m => m.Start))
        {
            if (reading.IsTaken(match.Start, match.End, Labels.Committee))
            {
                continue;
            }

            reading.Findings.Register(match.Committee);
            var session = match.Session ?? SessionAfter(text, match.End);
            var mention = new Mention(Labels.Committee, match.Committee.Id, match.Committee.Name, reading.Unit, match.Start, match.End);
            mention.Properties["level"] = match.Committee.Level;
            if (match.Committee.Place is { } place)
            {
                mention.Properties["place"] = place.Id;
            }

            if (session is not null)
            {
                mention.Properties["session"] = session;
            }

            reading.Add(mention);

            // The committee's name holds its place: the place mention gives way to the committee.
            foreach (var placeMention in reading.Of(Labels.Place).Where(p => p.Overlaps(match.Start, match.End)).ToList())
            {
                reading.Remove(placeMention);
            }
        }

        var (speaker, persists) = SpeakerOf(reading);
        reading.Speaker = speaker ?? reading.State.Speaker;
        if (speaker is not null && persists)
        {
            reading.State.Speaker = speaker;
        }

        reading.Findings.Register(reading.Speaker);
    }

    /// <summary>The committee <paramref name="level"/> (省, 市, 县, 区) means for the unit, or null.</summary>
    public CommitteeIdentity? ResolveLevel(UnitReading reading, char level)
    {
        foreach (var basis in new[] { reading.Speaker ?? reading.State.Speaker, reading.Context.Issuer })
        {
            if (basis?.Place is not { } place)
            {
                continue;
            }

            var target = level switch
            {
                '省' => gazetteer.AtLevel(place, PlaceLevel.Province),
                '市' when place.Level == PlaceLevel.County && place.Name.EndsWith('市') => place,
                '市' => gazetteer.AtLevel(place, PlaceLevel.City),
                '县' when place.Level == PlaceLevel.County && !place.Name.EndsWith('区') => place,
                '区' when place.Level == PlaceLevel.County && place.Name.EndsWith('区') => place,
                _ => null,
            };
            if (target is not null)
            {
                return CommitteeIdentity.Of(target, gazetteer);
            }
        }

        return null;
    }

    // 政协{places}[第N届]委员会: the places from nameStart on, then the session and 委员会.
    private CommitteeMatch? FullName(string text, int start, int nameStart, IReadOnlyList<Place> context)
    {
        var (place, end) = ChainForward(text, nameStart, context);
        if (place is null)
        {
            return null;
        }

        string? session = null;
        var sessionMatch = SessionPattern().Match(text[end..]);
        if (sessionMatch.Success)
        {
            session = $"第{sessionMatch.Groups["n"].Value}届";
            end += sessionMatch.Length;
        }

        if (string.CompareOrdinal(text, end, "委员会", 0, 3) != 0)
        {
            return null;
        }

        return CommitteeIdentity.Of(place, gazetteer) is { } committee
            ? new CommitteeMatch(start, end + 3, committee, session, IsNamed: true)
            : null;
    }

    // {places}政协: the places that end where 政协 starts.
    private CommitteeMatch? PlaceAndCppcc(string text, int at, IReadOnlyList<Place> context)
    {
        if (at >= 2 && string.CompareOrdinal(text, at - 2, "人民", 0, 2) == 0)
        {
            return null;
        }

        for (var length = Math.Min(at, 12); length >= 2; length--)
        {
            var start = at - length;
            var (place, end) = ChainForward(text, start, context);
            if (place is not null && end == at && CommitteeIdentity.Of(place, gazetteer) is { } committee)
            {
                return new CommitteeMatch(start, at + Cppcc.Length, committee, null, IsNamed: true);
            }
        }

        return null;
    }

    // Reads consecutive place names from start (泰州市姜堰区): each must lie in the one before.
    // Returns the innermost place and where the names end. Towns have no committee and end the chain.
    private (Place? Place, int End) ChainForward(string text, int start, IReadOnlyList<Place> context)
    {
        Place? last = null;
        var position = start;
        for (var step = 0; step < 3 && position < text.Length; step++)
        {
            Place? chosen = null;
            var chosenLength = 0;
            foreach (var (length, readings) in gazetteer.NamesAt(text, position).Reverse())
            {
                var candidates = readings.Select(r => r.Place)
                    .Where(p => p.Level != PlaceLevel.Town)
                    .Where(p => last is null || (p.Code != last.Code && gazetteer.IsWithin(p, last)))
                    .Distinct()
                    .ToList();
                candidates.RemoveAll(a => candidates.Exists(b => b.Code != a.Code && gazetteer.IsWithin(a, b)));
                if (Pick(candidates, context) is { } pick)
                {
                    chosen = pick;
                    chosenLength = length;
                    break;
                }
            }

            if (chosen is null)
            {
                break;
            }

            last = chosen;
            position += chosenLength;
        }

        return (last, position);
    }

    private Place? Pick(List<Place> candidates, IReadOnlyList<Place> context)
    {
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var inContext = candidates.Where(c => context.Any(x => gazetteer.IsWithin(c, x))).ToList();
        return inContext.Count == 1 ? inContext[0] : null;
    }

    // 市政协, 省、市政协, 市县两级政协, 全国政协 ending at the 政协 at `at`.
    private IEnumerable<CommitteeMatch> Relative(UnitReading reading, int at)
    {
        var text = reading.Text;
        if (at >= 2 && string.CompareOrdinal(text, at - 2, "全国", 0, 2) == 0)
        {
            yield return new CommitteeMatch(at - 2, at + 2, CommitteeIdentity.National, null, IsNamed: false);
            yield break;
        }

        var j = at;
        if (j >= 2 && string.CompareOrdinal(text, j - 2, "两级", 0, 2) == 0)
        {
            j -= 2;
        }

        var levels = new List<int>();
        while (j > 0)
        {
            if (text[j - 1] is '省' or '市' or '县' or '区')
            {
                levels.Insert(0, j - 1);
                j--;
            }
            else if (text[j - 1] == '、' && levels.Count > 0 && j >= 2 && text[j - 2] is '省' or '市' or '县' or '区')
            {
                j--;
            }
            else
            {
                break;
            }
        }

        if (levels.Count == 0 || EndsAWord(text, levels[0]))
        {
            yield break;
        }

        for (var k = 0; k < levels.Count; k++)
        {
            if (ResolveLevel(reading, text[levels[k]]) is not { } committee)
            {
                continue;
            }

            var end = k == levels.Count - 1 ? at + Cppcc.Length : levels[k] + 1;
            yield return new CommitteeMatch(levels[k], end, committee, null, IsNamed: false);
        }
    }

    // True when a dictionary word of two or three characters ends on the level character (全市,
    // 地级市, 各县): the 政协 after it is then not that level's committee. 我市 and 本市 are fine.
    private bool EndsAWord(string text, int levelAt)
    {
        for (var length = 2; length <= 3; length++)
        {
            var start = levelAt + 1 - length;
            if (start < 0)
            {
                break;
            }

            var word = text.AsSpan(start, length);
            if (word[0] is '我' or '本')
            {
                return false;
            }

            if (word.ContainsAny("、，。；") || !segmenter.Contains(word))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // A clause of time: a date, 一年来, 2023年以来, 回首刚刚过去的2023年.
    private static bool IsTemporal(UnitReading reading, (int Start, int End) clause)
    {
        var text = reading.Text.AsSpan(clause.Start, clause.End - clause.Start);
        if (text.EndsWith("来") || text.EndsWith("以来"))
        {
            return text.Length <= 12;
        }

        var dates = reading.Mentions.Where(m => m.Label == Labels.Date && m.Start >= clause.Start && m.End <= clause.End).Sum(m => m.End - m.Start);
        return dates > 0 && text.Length - dates <= 8;
    }

    private static string? SessionAfter(string text, int end)
    {
        var match = SessionPattern().Match(text[end..]);
        return match.Success ? $"第{match.Groups["n"].Value}届" : null;
    }

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
            var alone = !reading.Mentions.Any(m => m.Label == Labels.Committee && m != first && m.Start >= first.End
                && reading.Text[first.End..m.Start] is "" or "、" or "和" or "与");
            return (Identity(first), alone);
        }

        var place = first;
        while (reading.Mentions.FirstOrDefault(m => m.Label == Labels.Place && !m.Implied && m.Start == place.End) is { } next)
        {
            place = next;
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
}
