using System.ComponentModel;
using KnowledgeGraph.Core.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class GraphApi
{
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/graph").WithTags("Graph")
            .MapGet("/path", FindPathAsync)
            .WithName("FindPath")
            .WithSummary("The shortest path between two entities, relations in either direction, with evidence on each relation")
            .WithDescription("found is false, with no nodes, when no path of at most maxDepth relations exists.");
        return app;
    }

    public static async Task<Results<Ok<PathView>, ProblemHttpResult>> FindPathAsync(
        IGraphStore graph,
        EvidenceViews views,
        [Description("The id of the entity to start from. Example: initiative:码上议")] string? from,
        [Description("The id of the entity to reach. Example: committee:政协淮安市委员会")] string? to,
        [Description("Longest path looked for, in relations, 1 to 5 (default 4)")] int maxDepth = 4,
        CancellationToken cancellationToken = default)
    {
        var problem = Problems.RequiredText("from", from, 500, "initiative:码上议")
            ?? Problems.RequiredText("to", to, 500, "committee:政协淮安市委员会")
            ?? Problems.OutOfRange("maxDepth", maxDepth, 1, GraphLimits.MaxDepth);
        if (problem is not null)
        {
            return problem;
        }

        foreach (var id in new[] { from!, to! })
        {
            if (await graph.GetNodeAsync(id, cancellationToken) is null)
            {
                return EntitiesApi.UnknownEntity(id);
            }
        }

        var path = await graph.FindShortestPathAsync(from!, to!, maxDepth, cancellationToken);
        var view = path is null ? new GraphView([], [], false) : GraphView.Of(path, views);
        return TypedResults.Ok(new PathView(path is not null, view.Nodes, view.Edges));
    }
}

/// <summary>A path: its nodes from the start to the end, and its relations in order.</summary>
/// <param name="Found">False when no path of the length asked exists.</param>
/// <param name="Nodes">The nodes, start first.</param>
/// <param name="Edges">The relations, in path order, with their evidence.</param>
public sealed record PathView(bool Found, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
