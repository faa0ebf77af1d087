using System.ComponentModel;
using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class AskApi
{
    private const string Description =
        "Reads the question into one shape and answers it from the graph, with evidence: " +
        "awards (淮安市政协获得了哪些奖项？), roles (淮安市政协的主席是谁？ 戚寿余担任什么职务？), " +
        "activities (淮安市政协2023年开展了哪些调研？), initiatives (盐城市政协打造了哪些平台？), " +
        "actors (哪些政协开展了民营经济走访？ 哪些委员提出了提案？), cities (哪些城市开展了调研？; only committees inside a city roll up to it), " +
        "path (码上议和戚寿余有什么关系？), counts (淮安市政协哪一年开展的协商最多？ 哪个城市开展的走访最多？), " +
        "related (数字政协和哪些倡议有关？), entity (戚寿余是谁？). A question about a name the graph does not hold " +
        "is answered notFound; anything else is a search. interpretation says how the question was read; summary says the answer in a sentence.";

    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/ask").WithTags("Answers")
            .MapGet("/", AskAsync)
            .WithName("Ask")
            .WithSummary("A plain Chinese question, read into one of the answer shapes and answered from the graph, with how it was read")
            .WithDescription(Description);
        return app;
    }

    public static async Task<Results<Ok<AskResponse>, ProblemHttpResult>> AskAsync(
        QuestionReader reader,
        AskAnswerers answerers,
        EvidenceViews views,
        [Description("The question, at most 200 characters. Example: 淮安市政协获得了哪些奖项？")] string? q,
        CancellationToken cancellationToken = default)
    {
        if (Problems.RequiredText("q", q, QuestionReader.MaxLength, "淮安市政协获得了哪些奖项？") is { } problem)
        {
            return problem;
        }

        var reading = await reader.ReadAsync(q!, cancellationToken);
        var response = new AskResponse(q!, Interpretation.Of(reading), "");
        return TypedResults.Ok(await answerers.AnswerAsync(reading, response, views, cancellationToken));
    }
}

/// <summary>The answerers behind /api/ask, one call per shape.</summary>
internal sealed class AskAnswerers(
    CityActivityAnswerer cities,
    ActivityAnswerer activities,
    FactAnswerer facts,
    HybridSearcher searcher,
    IGraphStore graph)
{
    private const int PathDepth = 4;

    public async Task<AskResponse> AnswerAsync(QuestionReading reading, AskResponse response, EvidenceViews views, CancellationToken cancellationToken)
    {
        var filter = new ActivityFilter(reading.Year, reading.Topic, reading.Activity);
        var subject = reading.Entity;
        switch (reading.Shape)
        {
            case QuestionShape.Cities:
                var answer = CitiesAnswer.Of(await cities.AnswerAsync(reading.Topic, reading.Activity, cancellationToken), views);
                return response with { Cities = answer, Summary = AskSummaries.Cities(answer) };
            case QuestionShape.Actors:
                var actors = AskViews.Actors(await activities.ActorsAsync(filter, reading.Labels, reading.Levels, cancellationToken), views);
                return response with { Actors = actors, Summary = AskSummaries.Actors(actors, reading) };
            case QuestionShape.Activities:
                var found = await activities.ActivitiesOfAsync(subject!, filter, cancellationToken);
                var list = found.Items.Select(a => AskViews.Activity(a, views)).ToList();
                return response with { Activities = list, Truncated = found.Truncated, Summary = AskSummaries.Activities(list, reading) };
            case QuestionShape.Awards:
                var awards = (await facts.AwardsAsync(subject, reading.Year, reading.Labels, cancellationToken)).Select(a => AskViews.Award(a, views)).ToList();
                return response with { Awards = awards, Summary = AskSummaries.Awards(awards, reading) };
            case QuestionShape.Roles:
                var roles = subject?.Label == "Person"
                    ? await facts.RolesOfAsync(subject, cancellationToken)
                    : await facts.RoleHoldersAsync(subject, reading.Role, cancellationToken);
                var roleViews = roles.Select(r => AskViews.Role(r, views)).ToList();
                return response with { Roles = roleViews, Summary = AskSummaries.Roles(roleViews, reading) };
            case QuestionShape.Initiatives:
                var initiatives = (await facts.InitiativesOfAsync(subject!, reading.Topic, cancellationToken)).Select(i => AskViews.Initiative(i, views)).ToList();
                return response with { Initiatives = initiatives, Summary = AskSummaries.Initiatives(initiatives, reading) };
            case QuestionShape.Path:
                var path = await graph.FindShortestPathAsync(subject!.Id, reading.Other!.Id, PathDepth, cancellationToken);
                var view = path is null ? new GraphView([], [], false) : GraphView.Of(path, views);
                var pathView = new PathView(path is not null, view.Nodes, view.Edges);
                return response with { Path = pathView, Summary = AskSummaries.Path(pathView, reading, PathDepth) };
            case QuestionShape.Counts:
                var counts = reading.Counted == CountedThing.Awards
                    ? await facts.CountAwardsAsync(subject, reading.GroupBy!.Value, cancellationToken)
                    : await activities.CountAsync(subject, filter, reading.GroupBy!.Value, cancellationToken);
                var countView = AskViews.Counts(counts, views);
                return response with { Counts = countView, Summary = AskSummaries.Counts(countView, reading) };
            case QuestionShape.Related:
                var related = GraphView.Of(await graph.GetNeighborsAsync(subject!.Id, new NeighborQuery(1, null, reading.Labels, 50), cancellationToken), views);
                return response with { Related = related, Summary = AskSummaries.Related(related, subject.Id, subject.Name) };
            case QuestionShape.Entity:
                var node = await graph.GetNodeAsync(subject!.Id, cancellationToken);
                return response with { Entity = node is null ? null : EntitiesApi.Detail(node, views, 20), Summary = node is null ? "" : $"{node.Name}（{node.Label}）。" };
            case QuestionShape.NotFound:
                return response with { Summary = $"图谱中没有名为“{reading.Name}”的实体，因此无法回答；可用 /api/entities?q= 查找图谱中的名称。" };
            default:
                var text = reading.Text!.Length > SearchLimits.MaxQueryLength ? reading.Text[..SearchLimits.MaxQueryLength] : reading.Text;
                var result = await searcher.SearchAsync(new SearchRequest(text, 10), SearchMode.Hybrid, cancellationToken: cancellationToken);
                return response with
                {
                    Search = new SearchResponse(text, "hybrid", result.Total, 0, 10, result.Hits, result.Facets),
                    Summary = $"没有读出图谱能回答的问法，改为全文检索：共{result.Total}条。",
                };
        }
    }
}

/// <summary>How the question was read.</summary>
/// <param name="Shape">cities, actors, activities, awards, roles, initiatives, path, counts, related, entity, notFound or search.</param>
/// <param name="Text">The reading in words.</param>
/// <param name="Topic">The topic found in the question.</param>
/// <param name="Activity">The kind of activity (or the word for what was done) found in the question.</param>
/// <param name="Year">The year found in the question.</param>
/// <param name="EntityId">The entity the question is about.</param>
/// <param name="OtherId">For path: the second entity.</param>
/// <param name="Role">For roles: the title asked about.</param>
/// <param name="Types">For related, awards and actors: the entity types asked for.</param>
/// <param name="GroupBy">For counts: year or city.</param>
/// <param name="Counted">For counts: activities or awards.</param>
/// <param name="Name">For notFound: the name the graph does not hold.</param>
public sealed record Interpretation(
    string Shape,
    string Text,
    string? Topic,
    string? Activity,
    int? Year,
    string? EntityId,
    string? OtherId,
    string? Role,
    IReadOnlyList<string> Types,
    string? GroupBy,
    string? Counted,
    string? Name)
{
    internal static Interpretation Of(QuestionReading reading) => new(
        reading.Shape == QuestionShape.NotFound ? "notFound" : reading.Shape.ToString().ToLowerInvariant(),
        reading.Interpretation,
        reading.Topic,
        reading.Activity,
        reading.Year,
        reading.Entity?.Id,
        reading.Other?.Id,
        reading.Role,
        reading.Labels,
        reading.GroupBy?.ToString().ToLowerInvariant(),
        reading.Counted?.ToString().ToLowerInvariant(),
        reading.Name);
}

/// <summary>
/// The answer to a question: the field the interpretation's shape names is set (awards for awards,
/// path for path …; none for notFound), and summary says the answer in a sentence.
/// </summary>
public sealed record AskResponse(string Question, Interpretation Interpretation, string Summary)
{
    public CitiesAnswer? Cities { get; init; }

    public ActorsView? Actors { get; init; }

    public IReadOnlyList<ActivityView>? Activities { get; init; }

    public IReadOnlyList<AwardView>? Awards { get; init; }

    public IReadOnlyList<RoleView>? Roles { get; init; }

    public IReadOnlyList<InitiativeView>? Initiatives { get; init; }

    public PathView? Path { get; init; }

    public CountsView? Counts { get; init; }

    public GraphView? Related { get; init; }

    public EntityDetail? Entity { get; init; }

    public SearchResponse? Search { get; init; }

    /// <summary>True when more matched than are listed.</summary>
    public bool Truncated { get; init; }
}
