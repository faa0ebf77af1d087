using System.ComponentModel;
using KnowledgeGraph.Core.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class EntitiesApi
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/entities").WithTags("Entities");
        api.MapGet("/", FindAsync)
            .WithName("FindEntities")
            .WithSummary("Entities whose name or an alias contains the text, exact matches first; without q, every entity (of a type) page by page")
            .WithDescription("With q: the best matches, at most limit. Without q: entities in id order, limit a page; next is the cursor of the following page (pass it as after), null on the last; total counts them all.");
        api.MapGet("/{id}", GetAsync)
            .WithName("GetEntity")
            .WithSummary("An entity with its properties, aliases and the sentences it was read from")
            .WithDescription("Ids look like initiative:码上议, committee:政协淮安市委员会 or place:320800; escape them in the path.");
        api.MapGet("/{id}/neighbors", GetNeighborsAsync)
            .WithName("GetNeighbors")
            .WithSummary("The entities around an entity, to a depth, and the relations between them with their evidence");
        return app;
    }

    public static async Task<Results<Ok<EntityList>, ProblemHttpResult>> FindAsync(
        IGraphStore graph,
        GraphSchema schema,
        [Description("Text in the name or an alias, at most 100 characters; leave it out to list. Example: 码上议")] string? q = null,
        [Description("Only entities of this type (Committee, Initiative, Person, Place …). Example: Initiative")] string? type = null,
        [Description("At most this many (a page, when listing), 1 to 1000 (default 20)")] int limit = 20,
        [Description("When listing without q: the page after this id (the next of the previous page)")] string? after = null,
        CancellationToken cancellationToken = default)
    {
        var problem = Problems.OptionalText("q", q, MaxNameLength)
            ?? Problems.OptionalText("after", after, 500)
            ?? Problems.OutOfRange("limit", limit, 1, GraphLimits.MaxLimit)
            ?? SearchApi.UnknownLabel(schema, type, "type");
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(await ListAsync(graph, type, after, limit, cancellationToken));
        }

        if (after is not null)
        {
            return Problems.BadRequest("after is for listing", "'after' pages through a listing without q; a search with q gives its best matches at once (raise limit for more).");
        }

        var nodes = await graph.FindNodesAsync(q.Trim(), type, limit, cancellationToken);
        return TypedResults.Ok(new EntityList(nodes.Select(Summary).ToList(), null, null));
    }

    // A page in id order, one more read than asked to know whether another page follows.
    private static async Task<EntityList> ListAsync(IGraphStore graph, string? type, string? after, int limit, CancellationToken cancellationToken)
    {
        var page = await graph.ListNodesAsync(type, string.IsNullOrEmpty(after) ? null : Unescape(after), Math.Min(limit + 1, GraphLimits.MaxLimit), cancellationToken);
        var items = page.Take(limit).ToList();
        var next = page.Count > limit || (limit == GraphLimits.MaxLimit && page.Count == limit) ? items[^1].Id : null;
        var counts = await graph.CountAsync(cancellationToken);
        var total = type is null ? counts.Nodes : counts.NodesByLabel.GetValueOrDefault(type);
        return new EntityList(items.Select(Summary).ToList(), next, total);
    }

    private static EntitySummary Summary(Node n) => new(n.Id, n.Label, n.Name, n.Aliases);

    public static async Task<Results<Ok<EntityDetail>, ProblemHttpResult>> GetAsync(
        IGraphStore graph,
        EvidenceViews views,
        [Description("The entity's id. Example: initiative:码上议")] string id,
        [Description("At most this many evidence sentences, 1 to 1000 (default 50)")] int evidence = 50,
        CancellationToken cancellationToken = default)
    {
        if (Problems.OutOfRange("evidence", evidence, 1, GraphLimits.MaxLimit) is { } problem)
        {
            return problem;
        }

        var node = await graph.GetNodeAsync(Unescape(id), cancellationToken);
        if (node is null)
        {
            return UnknownEntity(id);
        }

        return TypedResults.Ok(Detail(node, views, evidence));
    }

    public static async Task<Results<Ok<GraphView>, ProblemHttpResult>> GetNeighborsAsync(
        IGraphStore graph,
        GraphSchema schema,
        EvidenceViews views,
        [Description("The entity's id. Example: initiative:码上议")] string id,
        [Description("How many relations away, 1 to 5 (default 1)")] int depth = 1,
        [Description("Only these relation types (repeat or separate with commas). Example: PART_OF")] string[]? relation = null,
        [Description("Only entities of these types (repeat or separate with commas). Example: Initiative")] string[]? type = null,
        [Description("At most this many entities, 1 to 1000 (default 50), nearest first")] int limit = 50,
        CancellationToken cancellationToken = default)
    {
        var relations = Split(relation);
        var labels = Split(type);
        var problem = Problems.OutOfRange("depth", depth, 1, GraphLimits.MaxDepth)
            ?? Problems.OutOfRange("limit", limit, 1, GraphLimits.MaxLimit)
            ?? Unknown("relation", relations, schema.Relations.Keys)
            ?? Unknown("type", labels, schema.Labels.Keys);
        if (problem is not null)
        {
            return problem;
        }

        var start = Unescape(id);
        var subgraph = await graph.GetNeighborsAsync(start, new NeighborQuery(depth, relations, labels, limit), cancellationToken);
        if (subgraph.Nodes.Count == 0)
        {
            return UnknownEntity(id);
        }

        return TypedResults.Ok(GraphView.Of(subgraph, views));
    }

    public static EntityDetail Detail(Node node, EvidenceViews views, int evidence = 50) => new(
        node.Id,
        node.Label,
        node.Name,
        node.Aliases,
        node.Properties,
        node.Evidence.Count,
        views.Describe(node.Evidence, [node.Name, .. node.Aliases], evidence));

    public static ProblemHttpResult UnknownEntity(string id) =>
        Problems.NotFound("Unknown entity", $"No entity has the id '{id}'. Find ids with /api/entities?q=…");

    /// <summary>Route values keep an escaped slash as %2F; ids may hold one.</summary>
    public static string Unescape(string id) => id.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(id) : id;

    private static string[] Split(string[]? values) =>
        values is null ? [] : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToArray();

    private static ProblemHttpResult? Unknown(string name, string[] values, IEnumerable<string> known)
    {
        var valid = known.ToHashSet(StringComparer.Ordinal);
        var wrong = values.Where(v => !valid.Contains(v)).ToList();
        return wrong.Count == 0
            ? null
            : Problems.BadRequest($"Unknown {name}", $"'{string.Join("', '", wrong)}' is not a known {name}; use one of {string.Join(", ", valid.Order(StringComparer.Ordinal))}.");
    }
}

/// <summary>Entities found by name, or a page of a listing.</summary>
/// <param name="Items">The entities.</param>
/// <param name="Next">When listing: the id to pass as after for the next page; null on the last page and for a search.</param>
/// <param name="Total">When listing: how many entities (of the type) there are in all.</param>
public sealed record EntityList(IReadOnlyList<EntitySummary> Items, string? Next, long? Total);

/// <summary>An entity without its evidence.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Type">Its label.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Aliases">Other names it goes by.</param>
public sealed record EntitySummary(string Id, string Type, string Name, IReadOnlyList<string> Aliases);

/// <summary>An entity with its properties and evidence.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Type">Its label.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Aliases">Other names it goes by.</param>
/// <param name="Properties">Its properties, as the schema lists them for its type.</param>
/// <param name="EvidenceCount">How many mentions it has in all.</param>
/// <param name="Evidence">The sentences it was read from, first ones in document order.</param>
public sealed record EntityDetail(
    string Id,
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object> Properties,
    int EvidenceCount,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>A node of a graph view.</summary>
public sealed record GraphNode(string Id, string Type, string Name);

/// <summary>A relation of a graph view, with the sentences that state it.</summary>
/// <param name="Id">The relation's id.</param>
/// <param name="Type">The relation type.</param>
/// <param name="From">The start node's id.</param>
/// <param name="To">The end node's id.</param>
/// <param name="Properties">Its properties (role, weight …).</param>
/// <param name="Evidence">The sentences that state it.</param>
public sealed record GraphEdge(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object> Properties, IReadOnlyList<EvidenceView> Evidence);

/// <summary>Nodes and the relations between them; <c>Truncated</c> when a limit cut the result.</summary>
public sealed record GraphView(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated)
{
    // Evidence per edge shown at most; a hub relation may have hundreds.
    private const int EvidencePerEdge = 10;

    internal static GraphView Of(Subgraph subgraph, EvidenceViews views)
    {
        var names = subgraph.Nodes.ToDictionary(n => n.Id, n => n, StringComparer.Ordinal);
        var evidence = views.DescribeAll(subgraph.Relations.Select(r => ((IEnumerable<Evidence>)r.Evidence, (IReadOnlyCollection<string>)EndNames(r, names))).ToList(), EvidencePerEdge);
        return new GraphView(
            subgraph.Nodes.Select(n => new GraphNode(n.Id, n.Label, n.Name)).ToList(),
            subgraph.Relations.Select((r, i) => new GraphEdge(r.Id, r.Type, r.From, r.To, r.Properties, evidence[i])).ToList(),
            subgraph.Truncated);
    }

    private static string[] EndNames(Relation relation, Dictionary<string, Node> nodes) =>
        [.. new[] { relation.To, relation.From }.Select(nodes.GetValueOrDefault).OfType<Node>().SelectMany(n => n.Aliases.Prepend(n.Name))];
}
