using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// What an activity read in a unit is attached to: who conducted it (CONDUCTED), who led it, when
/// and where, the initiative it was run through, the topics it is about and its scope (the rules
/// are listed on <see cref="ActivityFinder"/>).
/// </summary>
internal sealed class ActivityResolver(ActivityCues cues)
{
    private static readonly string[] Prepositions = ["围绕", "聚焦", "就", "针对"];

    public void Resolve(UnitReading reading, ActivityDraft draft, ActivityTrigger trigger)
    {
        var text = reading.Text;
        var clause = reading.Unit.ClauseAt(trigger.Start);

        // Who: committees named before it (a coordinated list counts whole), a body that 主办 it,
        // the committee of a county-level place opening its clause, the speaker.
        var clauseStarts = reading.Unit.Clauses.Select(c => c.Start).ToHashSet();
        var committees = reading.Mentions.Where(m => !m.Implied && m.Label == Labels.Committee && m.End <= trigger.Start).OrderBy(m => m.Start).ToList();
        var actor = committees.LastOrDefault(m => clauseStarts.Contains(m.Start) || Preceded(text, m.Start, "由"));
        if (PartyActor(reading, clauseStarts, trigger.Start) is { } party && (actor is null || party.Start > actor.Start))
        {
            // 民革某市委向市政协提交大会发言4篇: a democratic party's committee opening the clause did it, not the
            // committee it turned to.
            draft.Conductors.Add((party.Id, null));
        }
        else if (actor is not null)
        {
            // The actor and the committees listed right after it (市、区政协联合召开: both).
            var group = committees.Where(m => m.Start == actor.Start && m.End == actor.End).ToList();
            for (var k = committees.IndexOf(actor) + 1; k < committees.Count && committees[k].Start >= group[^1].End && IsListGap(text[group[^1].End..committees[k].Start]); k++)
            {
                group.Add(committees[k]);
            }

            foreach (var committee in group)
            {
                draft.Conductors.Add((committee.Id, group.Count > 1 ? "联合" : null));
            }
        }
        else if (reading.Mentions.LastOrDefault(m => m.Label == Labels.Body && m.End <= trigger.Start && text.AsSpan(m.End, Math.Min(3, text.Length - m.End)).StartsWith("主办")) is { } host)
        {
            draft.Conductors.Add((host.Id, null));
        }
        else if (SubjectPlace(reading, clause.Start, trigger.Start) is { } subject
            && reading.Context.NamedCommittees.TryGetValue((string)subject.Properties["code"], out var placeCommittee))
        {
            draft.Conductors.Add((placeCommittee.Id, null));
        }
        else if (reading.Context.IssuerBody is { Kind: "党派" } partyPage && reading.Context.IssuerSpan is not null
            && !committees.Any(m => m.Start >= clause.Start))
        {
            // A democratic party's own page: what its members do (会内政协委员提交个人提案33件) is the party's, unless a
            // committee is named in the clause.
            draft.Conductors.Add((partyPage.Id, null));
        }
        else if (reading.Speaker is { } speaker)
        {
            draft.Conductors.Add((speaker.Id, null));
        }
        else if (reading.Context.IssuerBody is { } issuer && reading.Context.IssuerSpan is not null)
        {
            // A government's report: the government does what no one else is said to do.
            draft.Conductors.Add((issuer.Id, null));
        }

        draft.Scope = Scope(reading, trigger);

        // Who led it: a person before it, with 带队, 带领 or 率队 between.
        if (reading.Mentions.LastOrDefault(m => m.Label == Labels.Person && m.End <= trigger.Start) is { } person
            && text.AsSpan(person.End, trigger.Start - person.End).ContainsAny("带率"))
        {
            draft.LeaderId = person.Id;
        }

        draft.DateId = reading.LeadingDateId
            ?? reading.Mentions.FirstOrDefault(m => m.Label == Labels.Date && m.Start >= clause.Start && m.End <= clause.End && m.Properties.ContainsKey("month"))?.Id;

        // Where: the place opening its clause, or after 赴, 在, 到.
        var place = reading.Mentions.FirstOrDefault(m => m.Label == Labels.Place && !m.Implied && m.End <= trigger.Start
            && (m.Start == clause.Start || (m.Start > 0 && text[m.Start - 1] is '赴' or '在' or '到')));
        draft.PlaceId = place?.Id;

        // Run through an initiative: named in its title, or before it with 通过, 依托, 在 in its clause or the one before.
        var reach = PreviousClauseStart(reading, clause);
        var initiative = reading.Mentions.FirstOrDefault(m => m.Label == Labels.Initiative && m.Start >= trigger.Start && m.End <= trigger.End)
            ?? reading.Mentions.LastOrDefault(m => m.Label == Labels.Initiative && m.End <= trigger.Start && m.Start >= reach
                && (Preceded(text, m.Start, "通过") || Preceded(text, m.Start, "依托") || Preceded(text, m.Start, "在")));
        draft.InitiativeId = initiative?.Id;

        AddTopics(reading, draft, trigger);

        // A meeting without a title takes the topic quoted with it: 围绕“…”召开…, 召开…，围绕“…”议题.
        if (draft.Name is null && !trigger.IsFigure)
        {
            var topics = reading.QuotedNames.Where(q => q.Role == QuoteRole.Topic).ToList();
            var topicBefore = topics.LastOrDefault(q => q.End <= trigger.Start);
            var topicAfter = topics.FirstOrDefault(q => q.Start >= trigger.End);
            var chosen = topicBefore is not null && !ParagraphDrafts(reading).TakeLast(ActivityFinder.MergeLookBack).Any(d => d != draft && d.Name == topicBefore.Name) ? topicBefore : topicAfter;
            if (chosen is not null && (chosen.End <= trigger.Start ? FirstOfList(reading, topics, chosen) : chosen) is { } first)
            {
                draft.Name = first.Name;
            }
        }
    }

    private static int PreviousClauseStart(UnitReading reading, (int Start, int End) clause)
    {
        var before = reading.Unit.Clauses.LastOrDefault(c => c.End <= clause.Start);
        return before == default ? clause.Start : before.Start;
    }

    // About: the topics of the trigger's span and clause, and of a 围绕/聚焦 clause before it.
    public static void AddTopics(UnitReading reading, ActivityDraft draft, ActivityTrigger trigger)
    {
        var clause = reading.Unit.ClauseAt(trigger.Start);
        var topicStart = clause.Start;
        var previousClause = reading.Unit.Clauses.LastOrDefault(c => c.End <= clause.Start);
        if (previousClause != default && Prepositions.Any(p => reading.Text.AsSpan(previousClause.Start).StartsWith(p)))
        {
            topicStart = previousClause.Start;
        }

        foreach (var topic in reading.Mentions.Where(m => m.Label == Labels.Topic && m.Start >= Math.Min(topicStart, trigger.Start) && m.End <= Math.Max(clause.End, trigger.End)))
        {
            if (!draft.TopicIds.Contains(topic.Id))
            {
                draft.TopicIds.Add(topic.Id);
            }
        }
    }

    private static IEnumerable<ActivityDraft> ParagraphDrafts(UnitReading reading) => reading.State.ParagraphActivities;

    // The first quote of the list that ends with `last` (“A”“B”召开…: A).
    private static QuotedName FirstOfList(UnitReading reading, List<QuotedName> topics, QuotedName last)
    {
        var first = last;
        for (var k = topics.IndexOf(last) - 1; k >= 0; k--)
        {
            var gap = reading.Text[topics[k].End..first.Start];
            if (gap is not ("" or "和" or "、" or "与"))
            {
                break;
            }

            first = topics[k];
        }

        return first;
    }

    // 市县两级, 市县联动 …: the first scope marker of the unit before the trigger's end.
    public string? Scope(UnitReading reading, ActivityTrigger trigger)
    {
        foreach (var scope in cues.ScopeMarkers)
        {
            var at = reading.Text.IndexOf(scope.Marker, StringComparison.Ordinal);
            if (at >= 0 && at < trigger.End)
            {
                return scope.Scope;
            }
        }

        return null;
    }

    // The place that opens a clause, the last of a chain (阜宁县罗桥镇: 罗桥镇).
    private static Mention? SubjectPlace(UnitReading reading, int clauseStart, int before)
    {
        var subject = reading.Mentions.FirstOrDefault(m => m.Label == Labels.Place && !m.Implied && m.Start == clauseStart && m.End <= before);
        while (subject is not null && reading.Mentions.FirstOrDefault(m => m.Label == Labels.Place && !m.Implied && m.Start == subject.End) is { } next)
        {
            subject = next;
        }

        return subject;
    }

    // The last democratic party's committee (民进某市委, 民盟某区基层委; not the party alone) opening a clause before the trigger,
    // not as a person's title (民盟市委主委、市政协副主席某某带队…: the person, whom the committee sends).
    private static Mention? PartyActor(UnitReading reading, HashSet<int> clauseStarts, int before) =>
        reading.Mentions.LastOrDefault(m => m.Label == Labels.Body && !m.Implied && m.End <= before && clauseStarts.Contains(m.Start)
            && m.Properties.TryGetValue("kind", out var kind) && kind is "党派" && m.Properties.ContainsKey("place")
            && !PartyTitles.Any(t => reading.Text.AsSpan(m.End).StartsWith(t, StringComparison.Ordinal)));

    private static readonly string[] PartyTitles = ["主委", "副主委", "主任", "副主任", "委员", "常委", "秘书长", "专职", "成员", "会员", "盟员", "党员", "社员"];

    private static bool IsListGap(string gap) => gap is "、" or "" or "和" or "与";

    private static bool Preceded(string text, int start, string word) =>
        start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0;
}
