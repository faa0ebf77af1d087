using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// Answers the questions one relation type answers: the awards of an entity (AWARDED), who holds
/// a role where and which roles a person holds (HAS_ROLE), the initiatives an organisation runs
/// (RAN), and awards counted by year or city.
/// </summary>
public sealed class FactAnswerer(IGraphStore graph, ExtractionVocabulary vocabulary)
{
    /// <summary>Awards or people read at most when no entity is named to start from.</summary>
    public const int MaxExamined = 1000;

    private const int EvidencePerFact = 5;

    /// <summary>
    /// The awards of <paramref name="subject"/> (all awards when null): those it was AWARDED, those
    /// of its bodies, and those of the initiatives it RAN when a document that says it ran the
    /// initiative also states the award (an initiative run by two committees is not the award of
    /// the one whose documents never mention it). A place's awards are its committees'.
    /// </summary>
    public async Task<IReadOnlyList<AwardFact>> AwardsAsync(Node? subject, int? year = null, IReadOnlyList<string>? holderLabels = null, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var facts = new List<AwardFact>();
        if (subject is null)
        {
            foreach (var award in await ListAsync("Award", cancellationToken))
            {
                foreach (var (holder, relation) in await walks.LinkedAsync(award.Id, "AWARDED", outgoing: false, null, cancellationToken))
                {
                    facts.Add(new AwardFact(award, holder, null, GraphWalks.Sentences(relation.Evidence, EvidencePerFact)));
                }
            }
        }
        else
        {
            var holders = new List<(Node Holder, string? Via, HashSet<string>? Documents)>();
            foreach (var (actor, via) in await walks.ActorsOfAsync(subject, cancellationToken))
            {
                holders.Add((actor, via, null));
                foreach (var (initiative, ran) in await walks.LinkedAsync(actor.Id, "RAN", outgoing: true, ["Initiative"], cancellationToken))
                {
                    holders.Add((initiative, "RAN", ran.Evidence.Select(e => e.DocumentId).ToHashSet(StringComparer.Ordinal)));
                }
            }

            foreach (var (holder, via, documents) in holders.DistinctBy(h => h.Holder.Id))
            {
                foreach (var (award, relation) in await walks.LinkedAsync(holder.Id, "AWARDED", outgoing: true, ["Award"], cancellationToken))
                {
                    if (documents is null || relation.Evidence.Any(e => documents.Contains(e.DocumentId)))
                    {
                        facts.Add(new AwardFact(award, holder, via, GraphWalks.Sentences(relation.Evidence, EvidencePerFact)));
                    }
                }
            }
        }

        return facts
            .Where(f => year is null || GraphWalks.YearOf(f.Award) == year)
            .Where(f => holderLabels is null || holderLabels.Count == 0 || holderLabels.Contains(f.Holder.Label))
            .DistinctBy(f => (f.Award.Id, f.Holder.Id))
            .OrderByDescending(f => GraphWalks.YearOf(f.Award) ?? 0)
            .ThenBy(f => f.Award.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Awards counted by year, or by the city of the committee they belong to, most first.</summary>
    public async Task<CountAnswers> CountAwardsAsync(Node? subject, CountGrouping groupBy, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var facts = await AwardsAsync(subject, cancellationToken: cancellationToken);
        var groups = new Dictionary<string, List<AwardFact>>(StringComparer.Ordinal);
        var unplaced = 0;
        foreach (var fact in facts)
        {
            var key = groupBy == CountGrouping.Year
                ? GraphWalks.YearOf(fact.Award)?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : await CityOfHolderAsync(walks, subject ?? fact.Holder, cancellationToken);
            if (key is null)
            {
                unplaced++;
                continue;
            }

            groups.TryAdd(key, []);
            groups[key].Add(fact);
        }

        var result = groups.Select(g => new CountGroup(
                g.Key,
                g.Value.DistinctBy(f => f.Award.Id).Count(),
                g.Value.Select(f => $"{f.Award.Name}（{f.Holder.Name}）").ToList(),
                [],
                g.Value.SelectMany(f => f.Evidence.Take(1)).Take(EvidencePerFact).ToList()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new CountAnswers(groupBy, CountedThing.Awards, result, unplaced, facts.Count >= MaxExamined);
    }

    /// <summary>
    /// Who holds <paramref name="role"/> (any role when null) in <paramref name="organization"/>
    /// (anywhere when null; a place's committees for a place). 主席 is 主席 or a title ending in it
    /// (市政协主席), never 副主席.
    /// </summary>
    public async Task<IReadOnlyList<RoleFact>> RoleHoldersAsync(Node? organization, string? role, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var facts = new List<RoleFact>();
        if (organization is null)
        {
            foreach (var person in await ListAsync("Person", cancellationToken))
            {
                facts.AddRange(await RolesOfAsync(person, cancellationToken));
            }
        }
        else
        {
            var places = organization.Label == "Place" ? await walks.CommitteesInAsync(organization, cancellationToken) : [organization];
            foreach (var place in places)
            {
                foreach (var (person, relation) in await walks.LinkedAsync(place.Id, "HAS_ROLE", outgoing: false, ["Person"], cancellationToken))
                {
                    facts.Add(new RoleFact(person, RoleOf(relation), place, GraphWalks.Sentences(relation.Evidence, EvidencePerFact)));
                }
            }
        }

        return facts.Where(f => role is null || IsRole(f.Role, role)).DistinctBy(f => (f.Person.Id, f.Role, f.Organization?.Id)).ToList();
    }

    /// <summary>The roles <paramref name="person"/> holds: HAS_ROLE relations, and titles the graph knows without an organisation.</summary>
    public async Task<IReadOnlyList<RoleFact>> RolesOfAsync(Node person, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var facts = (await walks.LinkedAsync(person.Id, "HAS_ROLE", outgoing: true, null, cancellationToken))
            .Select(x => new RoleFact(person, RoleOf(x.Relation), x.Node, GraphWalks.Sentences(x.Relation.Evidence, EvidencePerFact)))
            .ToList();
        if (person.Properties.GetValueOrDefault("roles") is IEnumerable<object> titles)
        {
            foreach (var title in titles.OfType<string>().Where(t => !facts.Any(f => t.EndsWith(f.Role, StringComparison.Ordinal))))
            {
                var full = await graph.GetNodeAsync(person.Id, cancellationToken);
                facts.Add(new RoleFact(person, title, null, GraphWalks.Sentences(full?.Evidence ?? [], EvidencePerFact)));
            }
        }

        return facts;
    }

    /// <summary>The initiatives <paramref name="subject"/> RAN (with its bodies'; a place's committees'), on <paramref name="topic"/> when given, the most stated first.</summary>
    public async Task<IReadOnlyList<InitiativeFact>> InitiativesOfAsync(Node subject, string? topic = null, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        HashSet<string>? onTopic = null;
        if (topic is not null)
        {
            var known = vocabulary.Topics.Resolve(topic);
            onTopic = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in known is null ? [topic] : known.Narrower.Prepend(known.Name))
            {
                onTopic.UnionWith((await walks.LinkedAsync("topic:" + name, "ABOUT", outgoing: false, ["Initiative"], cancellationToken)).Select(x => x.Node.Id));
            }
        }

        var facts = new List<InitiativeFact>();
        foreach (var (runner, _) in await walks.ActorsOfAsync(subject, cancellationToken))
        {
            foreach (var (initiative, relation) in await walks.LinkedAsync(runner.Id, "RAN", outgoing: true, ["Initiative"], cancellationToken))
            {
                if (onTopic is null || onTopic.Contains(initiative.Id))
                {
                    facts.Add(new InitiativeFact(initiative, runner, GraphWalks.Sentences(relation.Evidence, EvidencePerFact)));
                }
            }
        }

        return facts
            .DistinctBy(f => f.Initiative.Id)
            .OrderByDescending(f => f.Evidence.Count)
            .ThenBy(f => f.Initiative.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when the title <paramref name="held"/> is the role <paramref name="asked"/>: the same, or ending in it without being its deputy (市政协主席 is a 主席; 副主席 is not).</summary>
    public static bool IsRole(string held, string asked) =>
        held == asked || (held.EndsWith(asked, StringComparison.Ordinal) && !held.EndsWith("副" + asked, StringComparison.Ordinal) && !asked.StartsWith('副'));

    private static string RoleOf(Relation relation) =>
        relation.Properties.GetValueOrDefault("role") as string ?? (relation.Key is { Length: > 0 } key ? key : relation.Type);

    private async Task<string?> CityOfHolderAsync(GraphWalks walks, Node holder, CancellationToken cancellationToken)
    {
        if (await walks.CityOfAsync(holder, cancellationToken) is { } city)
        {
            return city;
        }

        // An initiative or body belongs to the city of who runs it or whose part it is.
        foreach (var type in new[] { "RAN", "PART_OF" })
        {
            var outgoing = type == "PART_OF";
            foreach (var (owner, _) in await walks.LinkedAsync(holder.Id, type, outgoing, ["Committee"], cancellationToken))
            {
                if (await walks.CityOfAsync(owner, cancellationToken) is { } owned)
                {
                    return owned;
                }
            }
        }

        return null;
    }

    private async Task<List<Node>> ListAsync(string label, CancellationToken cancellationToken)
    {
        var nodes = new List<Node>();
        string? after = null;
        while (nodes.Count < MaxExamined)
        {
            var page = await graph.ListNodesAsync(label, after, Math.Min(GraphLimits.MaxLimit, MaxExamined - nodes.Count), cancellationToken);
            nodes.AddRange(page);
            if (page.Count == 0 || nodes.Count >= MaxExamined)
            {
                break;
            }

            after = page[^1].Id;
        }

        return nodes;
    }
}
