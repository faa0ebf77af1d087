using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.Apis;

/// <summary>An entity named in an answer.</summary>
public sealed record EntityRef(string Id, string Type, string Name)
{
    internal static EntityRef Of(Node node) => new(node.Id, node.Label, node.Name);
}

/// <summary>An activity with who ran it, its figures and the sentences that state it.</summary>
public sealed record ActivityView(string Id, string Name, string? Kind, int? Year, string? Object, IReadOnlyList<EntityRef> Conductors, IReadOnlyList<ActivityMetric> Metrics, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A committee, body or person and what it did.</summary>
public sealed record ActorView(string Id, string Type, string Name, string? City, IReadOnlyList<ActivityView> Activities);

/// <summary>Who did it, most active first; others: the committees and bodies that did, when none of the kind asked for (people) is recorded doing it.</summary>
public sealed record ActorsView(IReadOnlyList<ActorView> Items, IReadOnlyList<ActorView> Others, bool Truncated);

/// <summary>An award, who holds it, and how the holder belongs to what was asked about (RAN: an initiative it ran; PART_OF: a body of it).</summary>
public sealed record AwardView(string Id, string Name, int? Year, string? Rank, EntityRef Holder, string? Via, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A role a person holds, and where (null when the graph knows the title only).</summary>
public sealed record RoleView(EntityRef Person, string Role, EntityRef? Organization, IReadOnlyList<EvidenceView> Evidence);

/// <summary>An initiative and who runs it.</summary>
public sealed record InitiativeView(string Id, string Name, EntityRef Runner, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A year or a city, how many, which, their figures added up by unit, and sentences for some.</summary>
public sealed record CountGroupView(string Key, int Count, IReadOnlyList<string> Items, IReadOnlyList<ActivityMetric> Figures, IReadOnlyList<EvidenceView> Evidence);

/// <summary>Counts by year or city, most first; unplaced: how many matched but belong to no year or city (a provincial committee's activities are no city's).</summary>
public sealed record CountsView(string GroupBy, string Counted, IReadOnlyList<CountGroupView> Groups, int Unplaced, bool Truncated);

/// <summary>Turns the answers of core/Answers into the API's views, with evidence placed in its sentences.</summary>
internal static class AskViews
{
    private const int EvidencePerItem = 3;

    public static ActivityView Activity(FoundActivity found, EvidenceViews views)
    {
        var activity = found.Activity;
        var properties = activity.Properties;
        string[] names = [activity.Name, .. new[] { properties.GetValueOrDefault("object") as string }.OfType<string>(), .. found.Conductors.SelectMany(c => c.Aliases.Prepend(c.Name))];
        return new ActivityView(
            activity.Id,
            activity.Name,
            properties.GetValueOrDefault("kind") as string,
            PropertyValues.Int(properties.GetValueOrDefault("year")),
            properties.GetValueOrDefault("object") as string,
            found.Conductors.Select(EntityRef.Of).ToList(),
            found.Metrics,
            views.Describe(found.Evidence, names, EvidencePerItem));
    }

    public static ActorsView Actors(ActorAnswers answers, EvidenceViews views)
    {
        List<ActorView> Map(IReadOnlyList<ActorAnswer> items) =>
            items.Select(a => new ActorView(a.Actor.Id, a.Actor.Label, a.Actor.Name, a.City, a.Activities.Select(x => Activity(x, views)).ToList())).ToList();
        return new ActorsView(Map(answers.Items), Map(answers.Others), answers.Truncated);
    }

    public static AwardView Award(AwardFact fact, EvidenceViews views) => new(
        fact.Award.Id,
        fact.Award.Name,
        PropertyValues.Int(fact.Award.Properties.GetValueOrDefault("year")),
        fact.Award.Properties.GetValueOrDefault("rank") as string,
        EntityRef.Of(fact.Holder),
        fact.Via,
        views.Describe(fact.Evidence, [fact.Award.Name, .. fact.Award.Aliases], EvidencePerItem));

    public static RoleView Role(RoleFact fact, EvidenceViews views) => new(
        EntityRef.Of(fact.Person),
        fact.Role,
        fact.Organization is null ? null : EntityRef.Of(fact.Organization),
        views.Describe(fact.Evidence, [fact.Person.Name, .. fact.Person.Aliases], EvidencePerItem));

    public static InitiativeView Initiative(InitiativeFact fact, EvidenceViews views) => new(
        fact.Initiative.Id,
        fact.Initiative.Name,
        EntityRef.Of(fact.Runner),
        views.Describe(fact.Evidence, [fact.Initiative.Name, .. fact.Initiative.Aliases], EvidencePerItem));

    public static CountsView Counts(CountAnswers counts, EvidenceViews views) => new(
        counts.GroupBy.ToString().ToLowerInvariant(),
        counts.Counted.ToString().ToLowerInvariant(),
        counts.Groups.Select(g => new CountGroupView(g.Key, g.Count, g.Items, g.Figures, views.Describe(g.Evidence, g.Items.Select(i => i.Split('（')[0]).ToList(), EvidencePerItem))).ToList(),
        counts.Unplaced,
        counts.Truncated);
}
