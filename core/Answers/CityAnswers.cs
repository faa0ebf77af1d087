using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>A figure an activity reports: 走访民营企业603家 → 603, 家, 民营企业.</summary>
public sealed record ActivityMetric(double Value, string? Unit, string? Object);

/// <summary>An activity that answers the question, with its figures.</summary>
/// <param name="Activity">The Activity node (kind, year and figures in its properties), without evidence.</param>
/// <param name="Metrics">Its figures, the main one first.</param>
public sealed record CityActivity(Node Activity, IReadOnlyList<ActivityMetric> Metrics);

/// <summary>One city that ran such activities: the committees (county ones rolled up to their city), the activities and the sentences that say so.</summary>
public sealed record CityAnswer(
    string City,
    string? Province,
    IReadOnlyList<string> Committees,
    IReadOnlyList<CityActivity> Activities,
    IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Which cities ran activities of a kind on a topic, strongest evidence first.
/// <c>Topic</c> and <c>Activity</c> are what the question was resolved to (民企 → 民营经济, 拜访 → 走访).
/// </summary>
public sealed record CityAnswers(string? Topic, string? Activity, IReadOnlyList<CityAnswer> Items, bool Truncated);
