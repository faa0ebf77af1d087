using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .WithName("GetHealth")
            .WithSummary("Whether the service is up, and what its stores hold")
            .WithTags("Health");
        return app;
    }

    public static async Task<Ok<HealthReport>> GetHealthAsync(JiebaSegmenter segmenter, IGraphStore graph, PassageIndex index, IngestLedger ledger, CancellationToken cancellationToken)
    {
        var counts = await graph.CountAsync(cancellationToken);
        return TypedResults.Ok(new HealthReport(
            "ok",
            ledger.All().Count(e => e.Complete),
            counts.Nodes,
            counts.Relations,
            index.Count(),
            segmenter.WordCount));
    }
}

/// <summary>The service's state.</summary>
/// <param name="Status">"ok" when the service answers.</param>
/// <param name="Documents">Documents ingested.</param>
/// <param name="Nodes">Nodes in the graph.</param>
/// <param name="Relations">Relations in the graph.</param>
/// <param name="Passages">Passages in the full-text index.</param>
/// <param name="DictionaryWords">Words in the segmenter's dictionary, user words included.</param>
public sealed record HealthReport(string Status, int Documents, long Nodes, long Relations, int Passages, int DictionaryWords);
