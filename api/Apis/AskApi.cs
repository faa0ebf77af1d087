using System.ComponentModel;
using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class AskApi
{
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/ask").WithTags("Answers")
            .MapGet("/", AskAsync)
            .WithName("Ask")
            .WithSummary("A plain Chinese question, read into one of the answer shapes, with how it was read")
            .WithDescription("哪些城市开展了民营经济走访？ → the cities answer; 码上议和哪些倡议有关？ → related entities; 戚寿余是谁？ → the entity; anything else → a search. interpretation says which.");
        return app;
    }

    public static async Task<Results<Ok<AskResponse>, ProblemHttpResult>> AskAsync(
        QuestionReader reader,
        CityActivityAnswerer answerer,
        HybridSearcher searcher,
        IGraphStore graph,
        EvidenceViews views,
        [Description("The question, at most 200 characters. Example: 哪些城市开展了民营经济走访？")] string? q,
        CancellationToken cancellationToken = default)
    {
        if (Problems.RequiredText("q", q, QuestionReader.MaxLength, "哪些城市开展了民营经济走访？") is { } problem)
        {
            return problem;
        }

        var reading = await reader.ReadAsync(q!, cancellationToken);
        var interpretation = new Interpretation(reading.Shape.ToString().ToLowerInvariant(), reading.Interpretation, reading.Topic, reading.Activity, reading.Entity?.Id, reading.Labels);
        var response = new AskResponse(q!, interpretation);
        switch (reading.Shape)
        {
            case QuestionShape.Cities:
                var cities = await answerer.AnswerAsync(reading.Topic, reading.Activity, cancellationToken);
                return TypedResults.Ok(response with { Cities = CitiesAnswer.Of(cities, views) });
            case QuestionShape.Related:
                var related = await graph.GetNeighborsAsync(reading.Entity!.Id, new NeighborQuery(1, null, reading.Labels, 50), cancellationToken);
                return TypedResults.Ok(response with { Related = GraphView.Of(related, views) });
            case QuestionShape.Entity:
                var node = await graph.GetNodeAsync(reading.Entity!.Id, cancellationToken);
                return TypedResults.Ok(response with { Entity = node is null ? null : EntitiesApi.Detail(node, views, 20) });
            default:
                var text = reading.Text!.Length > SearchLimits.MaxQueryLength ? reading.Text[..SearchLimits.MaxQueryLength] : reading.Text;
                var result = await searcher.SearchAsync(new SearchRequest(text, 10), SearchMode.Hybrid, cancellationToken: cancellationToken);
                return TypedResults.Ok(response with { Search = new SearchResponse(text, "hybrid", result.Total, 0, 10, result.Hits, result.Facets) });
        }
    }
}

/// <summary>How the question was read.</summary>
/// <param name="Shape">cities, related, entity or search.</param>
/// <param name="Text">The reading in words.</param>
/// <param name="Topic">For cities: the topic found in the question.</param>
/// <param name="Activity">For cities: the kind of activity found in the question.</param>
/// <param name="EntityId">For related and entity: the entity the question names.</param>
/// <param name="Types">For related: the entity types asked for.</param>
public sealed record Interpretation(string Shape, string Text, string? Topic, string? Activity, string? EntityId, IReadOnlyList<string> Types);

/// <summary>The answer to a question: one of cities, related, entity or search is set, as the interpretation says.</summary>
public sealed record AskResponse(string Question, Interpretation Interpretation)
{
    public CitiesAnswer? Cities { get; init; }

    public GraphView? Related { get; init; }

    public EntityDetail? Entity { get; init; }

    public SearchResponse? Search { get; init; }
}
