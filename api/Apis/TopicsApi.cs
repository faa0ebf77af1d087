using System.ComponentModel;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Topics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class TopicsApi
{
    private const int MaxWords = 50;

    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/topics").WithTags("Topics")
            .MapGet("/", GetTopics)
            .WithName("GetTopics")
            .WithSummary("The topics of the corpus (LDA over the passages' words), each with its top words and its weight by committee, city and year")
            .WithDescription("The topic model is trained at ingest and retrained when the corpus has changed enough. A topic's weight in a committee, city or year is its mean share in the passages of that committee, city or year, so committees of different sizes compare. Empty when nothing has been ingested.");
        return app;
    }

    public static Results<Ok<TopicOverview>, ProblemHttpResult> GetTopics(
        TopicIndexProvider topics,
        PassageIndex index,
        [Description("Words listed per topic, 1 to 50 (default 10)")] int words = 10)
    {
        if (Problems.OutOfRange("words", words, 1, MaxWords) is { } problem)
        {
            return problem;
        }

        var passages = index.Search(searcher => IndexedPassages.ReadAll(searcher.IndexReader));
        return TypedResults.Ok(TopicOverview.Build(topics.Current, passages, words));
    }
}
