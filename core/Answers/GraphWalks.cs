using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// The few walks the answers share: what belongs to a committee (its bodies), which committees
/// a place holds, the city a committee belongs to, and the year of a node.
/// </summary>
internal sealed class GraphWalks(IGraphStore graph)
{
    private readonly Dictionary<string, Node?> _places = new(StringComparer.Ordinal);

    public IGraphStore Graph => graph;

    /// <summary>The nodes related to <paramref name="id"/> by <paramref name="type"/>, in the direction asked, with the relations.</summary>
    public async Task<List<(Node Node, Relation Relation)>> LinkedAsync(string id, string type, bool outgoing, string[]? labels, CancellationToken cancellationToken)
    {
        var around = await graph.GetNeighborsAsync(id, new NeighborQuery(1, [type], labels, GraphLimits.MaxLimit), cancellationToken);
        var nodes = around.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return around.Relations
            .Where(r => outgoing ? r.From == id : r.To == id)
            .Select(r => (Node: nodes.GetValueOrDefault(outgoing ? r.To : r.From), Relation: r))
            .Where(x => x.Node is not null && x.Node.Id != id)
            .Select(x => (x.Node!, x.Relation))
            .ToList();
    }

    /// <summary>
    /// Who speaks for <paramref name="subject"/>: itself, and for a committee the bodies that are
    /// PART_OF it (its party group, its special committees; not the county committees under it,
    /// which speak for themselves); for a place, the committees it holds and their bodies.
    /// </summary>
    public async Task<List<(Node Node, string? Via)>> ActorsOfAsync(Node subject, CancellationToken cancellationToken)
    {
        var committees = subject.Label == "Place" ? await CommitteesInAsync(subject, cancellationToken) : [subject];
        var actors = new List<(Node, string?)>();
        foreach (var committee in committees)
        {
            actors.Add((committee, subject.Label == "Place" ? "LOCATED_IN" : null));
            if (committee.Label == "Committee")
            {
                actors.AddRange((await LinkedAsync(committee.Id, "PART_OF", outgoing: false, ["Body"], cancellationToken)).Select(b => (b.Node, (string?)"PART_OF")));
            }
        }

        return actors.DistinctBy(a => a.Item1.Id).ToList();
    }

    /// <summary>The committees located in <paramref name="place"/> or in a place under it (a city's county committees), the place's own first.</summary>
    public async Task<List<Node>> CommitteesInAsync(Node place, CancellationToken cancellationToken)
    {
        var level = place.Properties.GetValueOrDefault("level") as string;
        var depth = level == "province" ? 3 : 2;
        var around = await graph.GetNeighborsAsync(place.Id, new NeighborQuery(depth, ["LOCATED_IN", "PART_OF"], ["Place", "Committee"], GraphLimits.MaxLimit), cancellationToken);
        var places = around.Nodes.Where(n => n.Label == "Place").ToDictionary(n => n.Id, StringComparer.Ordinal);
        var found = new List<(Node Committee, bool Own)>();
        foreach (var located in around.Relations.Where(r => r.Type == "LOCATED_IN" && places.ContainsKey(r.To)))
        {
            var at = places[located.To];
            var inside = at.Id == place.Id
                || at.Properties.GetValueOrDefault("city") as string == place.Name
                || (level == "province" && at.Properties.GetValueOrDefault("province") as string == place.Name);
            if (inside && around.Nodes.FirstOrDefault(n => n.Id == located.From && n.Label == "Committee") is { } committee)
            {
                found.Add((committee, at.Id == place.Id));
            }
        }

        return found.OrderByDescending(f => f.Own).ThenBy(f => f.Committee.Id, StringComparer.Ordinal).Select(f => f.Committee).DistinctBy(c => c.Id).ToList();
    }

    /// <summary>
    /// The city <paramref name="actor"/> belongs to: its place's city (a county's city), or null
    /// when its place is no city's (a province, the country) or unknown. Only committees and
    /// bodies with a place inside a city roll up to it.
    /// </summary>
    public async Task<string?> CityOfAsync(Node actor, CancellationToken cancellationToken)
    {
        if (actor.Properties.GetValueOrDefault("place") is not string placeId)
        {
            return null;
        }

        if (!_places.TryGetValue(placeId, out var place))
        {
            _places[placeId] = place = await graph.GetNodeAsync(placeId, cancellationToken);
        }

        return (place?.Properties.GetValueOrDefault("level") as string) switch
        {
            "city" => place!.Name,
            "county" or "town" => place!.Properties.GetValueOrDefault("city") as string,
            _ => null,
        };
    }

    /// <summary>The node's <c>year</c> property, when it has one.</summary>
    public static int? YearOf(Node node) => node.Properties.GetValueOrDefault("year") switch
    {
        long l => (int)l,
        int i => i,
        double d => (int)d,
        string s when int.TryParse(s, out var y) => y,
        _ => null,
    };

    /// <summary>The distinct sentences of <paramref name="evidence"/>, at most <paramref name="limit"/>, in document order.</summary>
    public static IReadOnlyList<Evidence> Sentences(IEnumerable<Evidence> evidence, int limit) =>
        evidence.DistinctBy(e => e.PassageId).OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).Take(limit).ToList();
}
