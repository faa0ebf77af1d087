using KnowledgeGraph.Core.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/stats").WithTags("Graph")
            .MapGet("/", GetStatsAsync)
            .WithName("GetStats")
            .WithSummary("Counts: nodes by label, relations by type, documents by committee and by year");
        return app;
    }

    public static async Task<Ok<Stats>> GetStatsAsync(IGraphStore graph, CancellationToken cancellationToken)
    {
        var counts = await graph.CountAsync(cancellationToken);
        var documents = await graph.ListDocumentsAsync(cancellationToken);
        return TypedResults.Ok(new Stats(
            counts.NodesByLabel,
            counts.RelationsByType,
            Count(documents, d => PropertyValues.Text(d.Properties, "committee") ?? "(unknown)"),
            Count(documents, d => PropertyValues.Int(d.Properties.GetValueOrDefault("year"))?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(unknown)")));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<Node> documents, Func<Node, string> key) =>
        new(documents.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

/// <summary>What the graph holds.</summary>
public sealed record Stats(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationsByType,
    IReadOnlyDictionary<string, int> DocumentsByCommittee,
    IReadOnlyDictionary<string, int> DocumentsByYear);
