using System.ComponentModel;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class PassagesApi
{
    private const int MaxLimit = 50;

    public static IEndpointRouteBuilder MapPassagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/passages").WithTags("Search")
            .MapGet("/{id}/related", GetRelatedAsync)
            .WithName("GetRelatedPassages")
            .WithSummary("Passages close to this one in topic space and in the graph, from other documents first")
            .WithDescription("Closeness blends the cosine of the two passages' topic vectors (the LDA model trained at ingest) with graph proximity: entities both mention, or entities one relation apart. Passage ids contain ':' — encodeURIComponent them.");
        return app;
    }

    public static async Task<Results<Ok<RelatedPassagesResponse>, ProblemHttpResult>> GetRelatedAsync(
        RelatedPassages related,
        [Description("The passage id, as search hits give it (Swagger fills in one the server holds)")] string id,
        [Description("Related passages to return, 1 to 50 (default 10)")] int limit = 10,
        CancellationToken cancellationToken = default)
    {
        if (Problems.OutOfRange("limit", limit, 1, MaxLimit) is { } problem)
        {
            return problem;
        }

        if (await related.FindAsync(id, limit, cancellationToken) is not { } found)
        {
            return Problems.NotFound("Unknown passage", $"No passage has the id '{id}'; search hits and documents give passage ids.");
        }

        return TypedResults.Ok(new RelatedPassagesResponse(
            found.Passage,
            found.Related.Select(r => new RelatedPassageView(
                r.Passage.Id, r.Passage.DocumentId, r.Passage.Title, r.Passage.Committee, r.Passage.City, r.Passage.Year, r.Passage.Text,
                r.Score, r.TopicSimilarity, r.GraphProximity, r.SharedEntities, r.SameDocument)).ToList()));
    }
}

/// <summary>A passage and those related to it.</summary>
/// <param name="Passage">The passage asked about.</param>
/// <param name="Items">Related passages: other documents first, then by score.</param>
public sealed record RelatedPassagesResponse(StoredPassage Passage, IReadOnlyList<RelatedPassageView> Items);

/// <summary>A related passage, with why it is related.</summary>
public sealed record RelatedPassageView(
    string PassageId,
    string DocumentId,
    string? Title,
    string? Committee,
    string? City,
    int? Year,
    string Text,
    double Score,
    double TopicSimilarity,
    double GraphProximity,
    IReadOnlyList<PassageEntity> SharedEntities,
    bool SameDocument);
