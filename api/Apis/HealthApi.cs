using KnowledgeGraph.Core.Segmentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithName("GetHealth")
            .WithSummary("Whether the service is up, and what it has loaded")
            .WithTags("Health");
        return app;
    }

    public static Ok<HealthReport> GetHealth(JiebaSegmenter segmenter) =>
        TypedResults.Ok(new HealthReport("ok", segmenter.WordCount));
}

/// <summary>The service's state.</summary>
/// <param name="Status">"ok" when the service answers.</param>
/// <param name="DictionaryWords">Words in the segmenter's dictionary, user words included.</param>
public sealed record HealthReport(string Status, int DictionaryWords);
