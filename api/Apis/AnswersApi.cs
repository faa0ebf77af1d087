using System.ComponentModel;
using KnowledgeGraph.Core.Answers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class AnswersApi
{
    public static IEndpointRouteBuilder MapAnswersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/answers").WithTags("Answers")
            .MapGet("/cities", AnswerCitiesAsync)
            .WithName("AnswerCities")
            .WithSummary("Which cities ran activities of a kind on a topic, with figures and evidence, strongest first")
            .WithDescription("Activities ABOUT the topic (or its narrower topics) of the kind asked, the committees that conducted them, rolled up from county to city. Synonyms are understood: 民企 → 民营经济, 拜访 → 走访.");
        return app;
    }

    public static async Task<Results<Ok<CitiesAnswer>, ProblemHttpResult>> AnswerCitiesAsync(
        CityActivityAnswerer answerer,
        EvidenceViews views,
        [Description("The topic, or a synonym of it. Example: 民营经济")] string? topic = null,
        [Description("The kind of activity: 走访, 调研, 视察, 协商, 监督, 会议 … Example: 走访")] string? activity = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(topic) && string.IsNullOrWhiteSpace(activity))
        {
            return Problems.BadRequest("topic or activity is required", "Give a topic, an activity or both, e.g. ?topic=民营经济&activity=走访.");
        }

        if ((Problems.OptionalText("topic", topic, 50) ?? Problems.OptionalText("activity", activity, 50)) is { } problem)
        {
            return problem;
        }

        var answers = await answerer.AnswerAsync(topic, activity, cancellationToken);
        return TypedResults.Ok(CitiesAnswer.Of(answers, views));
    }
}

/// <summary>The cities that ran such activities, strongest evidence first.</summary>
/// <param name="Topic">The topic the question was resolved to.</param>
/// <param name="Activity">The kind of activity it was resolved to.</param>
/// <param name="Items">The cities.</param>
/// <param name="Truncated">True when more activities matched than were examined.</param>
public sealed record CitiesAnswer(string? Topic, string? Activity, IReadOnlyList<CityItem> Items, bool Truncated)
{
    internal static CitiesAnswer Of(CityAnswers answers, EvidenceViews views) => new(
        answers.Topic,
        answers.Activity,
        answers.Items.Select(c => new CityItem(
            c.City,
            c.Province,
            c.Committees,
            c.Activities.Select(a => new ActivityItem(
                a.Activity.Id,
                a.Activity.Name,
                a.Activity.Properties.GetValueOrDefault("kind") as string,
                PropertyValues.Int(a.Activity.Properties.GetValueOrDefault("year")),
                a.Metrics)).ToList(),
            views.Describe(c.Evidence, [.. c.Activities.Select(a => a.Activity.Name), .. c.Committees], 20))).ToList(),
        answers.Truncated);
}

/// <summary>A city, its committees that ran the activities, the activities and the evidence.</summary>
public sealed record CityItem(string City, string? Province, IReadOnlyList<string> Committees, IReadOnlyList<ActivityItem> Activities, IReadOnlyList<EvidenceView> Evidence);

/// <summary>An activity with its figures.</summary>
public sealed record ActivityItem(string Id, string Name, string? Kind, int? Year, IReadOnlyList<ActivityMetric> Metrics);
