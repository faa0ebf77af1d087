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
        TopicOverviews overviews,
        [Description("Words listed per topic, 1 to 50 (default 10)")] int words = 10)
    {
        if (Problems.OutOfRange("words", words, 1, MaxWords) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(overviews.Get(topics.Current, index, words));
    }
}

/// <summary>
/// The overview of the last topic model over the last commit of the index, built once: it reads
/// every passage, which on a large corpus takes seconds, and changes only with an ingest.
/// </summary>
internal sealed class TopicOverviews
{
    private readonly object _gate = new();
    private (TopicIndex Topics, long Version, int Words, TopicOverview Overview)? _last;

    public TopicOverview Get(TopicIndex topics, PassageIndex index, int words)
    {
        lock (_gate)
        {
            return index.Search(searcher =>
            {
                var version = ((Lucene.Net.Index.DirectoryReader)searcher.IndexReader).Version;
                if (_last is not { } last || !ReferenceEquals(last.Topics, topics) || last.Version != version || last.Words != words)
                {
                    var overview = TopicOverview.Build(topics, IndexedPassages.ReadAll(searcher.IndexReader), words);
                    _last = last = (topics, version, words, overview);
                }

                return last.Overview;
            });
        }
    }
}
