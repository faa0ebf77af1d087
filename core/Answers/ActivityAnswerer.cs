using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// Answers questions about activities from the graph: what an entity did (in a year, on a topic,
/// of a kind), who did something (committees, bodies, people), and how many by year or by city.
/// </summary>
/// <remarks>
/// An activity is of the kind asked when its <c>kind</c> is that kind or its name or object holds
/// one of the kind's words (视察调研 is a 调研 too); a word that is no kind (提案) is looked for in
/// its name, object, figures and topic. It is on a topic when it is ABOUT the topic or one of its
/// narrower topics. Without an entity or a topic to start from, activities are read page by page,
/// at most <see cref="MaxExamined"/>.
/// </remarks>
public sealed class ActivityAnswerer(IGraphStore graph, ExtractionVocabulary vocabulary)
{
    /// <summary>Activities examined at most for one question.</summary>
    public const int MaxExamined = 5000;

    /// <summary>Activities described at most (conductors, figures and evidence read for each).</summary>
    public const int MaxListed = 200;

    private const int EvidencePerActivity = 3;
    private const int PageSize = 500;

    /// <summary>The activities of <paramref name="subject"/> (a committee with its bodies, a body, a person, or the committees of a place) that pass <paramref name="filter"/>.</summary>
    public async Task<ActivityAnswers> ActivitiesOfAsync(Node subject, ActivityFilter filter, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var (candidates, truncated) = await CandidatesAsync(walks, subject, filter, cancellationToken);
        var listed = candidates.Take(MaxListed).ToList();
        var found = new List<FoundActivity>();
        foreach (var activity in listed)
        {
            found.Add(await DescribeAsync(walks, activity, cancellationToken));
        }

        return new ActivityAnswers(found, truncated || candidates.Count > listed.Count);
    }

    /// <summary>
    /// Who did what <paramref name="filter"/> asks: the actors of <paramref name="labels"/>
    /// (Committee, Body, Person; all when empty) that CONDUCTED or LEADS such activities, most first.
    /// </summary>
    /// <param name="filter">What the activities must be.</param>
    /// <param name="labels">The labels of the actors asked for.</param>
    /// <param name="levels">The levels of the committees asked for (县, 区); all when null or empty.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ActorAnswers> ActorsAsync(ActivityFilter filter, IReadOnlyList<string> labels, IReadOnlyList<string>? levels = null, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var (candidates, truncated) = await CandidatesAsync(walks, null, filter, cancellationToken);
        var listed = candidates.Take(MaxListed).ToList();
        var found = new List<FoundActivity>();
        foreach (var activity in listed)
        {
            found.Add(await DescribeAsync(walks, activity, cancellationToken));
        }

        var wanted = labels.Count == 0 ? ["Committee", "Body", "Person"] : labels;
        var items = await GroupAsync(walks, found, wanted, levels, cancellationToken);
        var others = items.Count == 0 && !wanted.Contains("Committee") ? await GroupAsync(walks, found, ["Committee", "Body"], null, cancellationToken) : [];
        return new ActorAnswers(items, others, truncated || candidates.Count > listed.Count);
    }

    /// <summary>How many activities passing <paramref name="filter"/> (of <paramref name="subject"/> when given) there are by year or by city, most first.</summary>
    public async Task<CountAnswers> CountAsync(Node? subject, ActivityFilter filter, CountGrouping groupBy, CancellationToken cancellationToken = default)
    {
        var walks = new GraphWalks(graph);
        var (candidates, truncated) = await CandidatesAsync(walks, subject, filter, cancellationToken);
        var groups = new Dictionary<string, List<(Node Activity, string? Conductor)>>(StringComparer.Ordinal);
        var unplaced = 0;
        foreach (var activity in candidates)
        {
            var keys = new List<(string, string?)>();
            if (groupBy == CountGrouping.Year)
            {
                if (GraphWalks.YearOf(activity) is { } year)
                {
                    keys.Add((year.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
                }
            }
            else
            {
                foreach (var conductor in await ConductorsAsync(walks, activity, cancellationToken))
                {
                    if (await walks.CityOfAsync(conductor, cancellationToken) is { } city)
                    {
                        keys.Add((city, conductor.Name));
                    }
                }
            }

            if (keys.Count == 0)
            {
                unplaced++;
            }

            foreach (var (key, conductor) in keys.DistinctBy(k => k.Item1))
            {
                groups.TryAdd(key, []);
                groups[key].Add((activity, conductor));
            }
        }

        var result = new List<CountGroup>();
        foreach (var (key, members) in groups)
        {
            var ordered = members.OrderByDescending(m => MainFigure(m.Activity)).ThenBy(m => m.Activity.Id, StringComparer.Ordinal).ToList();
            var figures = ordered.Select(m => CityActivityAnswerer.MetricsOf(m.Activity).FirstOrDefault())
                .OfType<ActivityMetric>()
                .GroupBy(m => m.Unit ?? "", StringComparer.Ordinal)
                .Select(g => new ActivityMetric(g.Sum(m => m.Value), g.Key.Length == 0 ? null : g.Key, null))
                .OrderByDescending(m => m.Value)
                .ToList();
            var evidence = new List<Evidence>();
            foreach (var (activity, _) in ordered.Take(EvidencePerActivity))
            {
                evidence.AddRange(GraphWalks.Sentences((await graph.GetNodeAsync(activity.Id, cancellationToken))?.Evidence ?? [], 1));
            }

            result.Add(new CountGroup(key, members.Count, ordered.Select(m => m.Conductor is null ? m.Activity.Name : $"{m.Activity.Name}（{m.Conductor}）").ToList(), figures, evidence));
        }

        var sorted = result
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Figures.FirstOrDefault()?.Value ?? 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new CountAnswers(groupBy, CountedThing.Activities, sorted, unplaced, truncated);
    }

    /// <summary>True when <paramref name="activity"/> is of the kind, or holds the word, <paramref name="asked"/> names.</summary>
    public bool IsOfKind(Node activity, string asked)
    {
        var kind = activity.Properties.GetValueOrDefault("kind") as string;
        if (kind == asked)
        {
            return true;
        }

        var named = string.Join(" ", activity.Name, activity.Properties.GetValueOrDefault("object") as string);
        var cue = vocabulary.Cues.Activities.Kinds.FirstOrDefault(k => k.Kind == asked);
        if (cue is not null)
        {
            return cue.Words.Prepend(cue.Kind).Any(w => named.Contains(w, StringComparison.Ordinal));
        }

        // A word that is no kind (提案): in the name, object, figures or topic.
        var all = string.Join(" ", named, activity.Properties.GetValueOrDefault("metrics") as string, activity.Properties.GetValueOrDefault("topic") as string);
        return all.Contains(asked, StringComparison.Ordinal);
    }

    private async Task<(List<Node> Activities, bool Truncated)> CandidatesAsync(GraphWalks walks, Node? subject, ActivityFilter filter, CancellationToken cancellationToken)
    {
        var about = filter.Topic is null ? null : await AboutAsync(filter.Topic, cancellationToken);
        var candidates = new Dictionary<string, Node>(StringComparer.Ordinal);
        var truncated = false;
        if (subject is not null)
        {
            foreach (var (actor, _) in await walks.ActorsOfAsync(subject, cancellationToken))
            {
                foreach (var type in new[] { "CONDUCTED", "LEADS" })
                {
                    foreach (var (activity, _) in await walks.LinkedAsync(actor.Id, type, outgoing: true, ["Activity"], cancellationToken))
                    {
                        candidates.TryAdd(activity.Id, activity);
                    }
                }
            }
        }
        else if (about is not null)
        {
            foreach (var activity in about.Values)
            {
                candidates.TryAdd(activity.Id, activity);
            }
        }
        else
        {
            string? after = null;
            while (candidates.Count < MaxExamined)
            {
                var page = await graph.ListNodesAsync("Activity", after, PageSize, cancellationToken);
                foreach (var activity in page)
                {
                    candidates.TryAdd(activity.Id, activity);
                }

                if (page.Count < PageSize)
                {
                    break;
                }

                after = page[^1].Id;
                truncated = candidates.Count >= MaxExamined;
            }
        }

        var topicNames = filter.Topic is null ? null : TopicNames(filter.Topic);
        var passing = candidates.Values
            .Where(a => filter.Year is null || GraphWalks.YearOf(a) == filter.Year)
            .Where(a => about is null || about.ContainsKey(a.Id) || (a.Properties.GetValueOrDefault("topic") is string t && topicNames!.Contains(t)))
            .ToList();
        var matching = passing.Where(a => filter.Activity is null || IsOfKind(a, filter.Activity)).ToList();

        // 开展“…”深度走访调研活动: an activity of one kind is of another too when the words after its
        // name in the sentence that states it say so. Read only when few are left to read.
        var unsure = passing.Except(matching).ToList();
        if (filter.Activity is not null && KindWords(filter.Activity) is { } words && unsure.Count <= MaxListed)
        {
            foreach (var activity in unsure)
            {
                var full = await graph.GetNodeAsync(activity.Id, cancellationToken);
                if (full is not null && HeadHolds(full, words))
                {
                    matching.Add(activity);
                }
            }
        }

        var ordered = matching
            .OrderByDescending(a => GraphWalks.YearOf(a) ?? 0)
            .ThenByDescending(MainFigure)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return (ordered, truncated);
    }

    private string[]? KindWords(string kind) =>
        vocabulary.Cues.Activities.Kinds.FirstOrDefault(k => k.Kind == kind) is { } cue ? [cue.Kind, .. cue.Words] : null;

    // The words that follow the activity's name in a sentence that states it, up to the next
    // punctuation: its head phrase (”深度走访调研活动).
    private static bool HeadHolds(Node activity, string[] words)
    {
        string[] names = [activity.Name, .. new[] { activity.Properties.GetValueOrDefault("object") as string }.OfType<string>()];
        foreach (var evidence in activity.Evidence)
        {
            foreach (var name in names.Where(n => n.Length > 0))
            {
                var at = evidence.Text.IndexOf(name, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var after = evidence.Text.AsSpan(at + name.Length);
                var end = after.IndexOfAny("，。；、,;：:！？");
                var head = (end < 0 ? after : after[..end]).ToString();
                if (head.Length <= 16 && words.Any(w => head.Contains(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The activities ABOUT the topic or one of its narrower topics.
    private async Task<Dictionary<string, Node>> AboutAsync(string topic, CancellationToken cancellationToken)
    {
        var activities = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var name in TopicNames(topic))
        {
            var around = await graph.GetNeighborsAsync("topic:" + name, new NeighborQuery(1, ["ABOUT"], ["Activity"], GraphLimits.MaxLimit), cancellationToken);
            foreach (var node in around.Nodes.Where(n => n.Label == "Activity"))
            {
                activities.TryAdd(node.Id, node);
            }
        }

        return activities;
    }

    private HashSet<string> TopicNames(string topic)
    {
        var known = vocabulary.Topics.Resolve(topic);
        return known is null ? [topic] : [known.Name, .. known.Narrower];
    }

    private async Task<FoundActivity> DescribeAsync(GraphWalks walks, Node activity, CancellationToken cancellationToken)
    {
        var conductors = await ConductorsAsync(walks, activity, cancellationToken);
        var full = await graph.GetNodeAsync(activity.Id, cancellationToken) ?? activity;
        return new FoundActivity(activity, conductors, CityActivityAnswerer.MetricsOf(activity), GraphWalks.Sentences(full.Evidence, EvidencePerActivity));
    }

    private static async Task<List<Node>> ConductorsAsync(GraphWalks walks, Node activity, CancellationToken cancellationToken)
    {
        var conductors = new List<Node>();
        foreach (var type in new[] { "CONDUCTED", "LEADS" })
        {
            conductors.AddRange((await walks.LinkedAsync(activity.Id, type, outgoing: false, ["Committee", "Body", "Person"], cancellationToken)).Select(x => x.Node));
        }

        return conductors.DistinctBy(c => c.Id).ToList();
    }

    private static async Task<List<ActorAnswer>> GroupAsync(GraphWalks walks, List<FoundActivity> found, IReadOnlyList<string> labels, IReadOnlyList<string>? levels, CancellationToken cancellationToken)
    {
        var actors = new Dictionary<string, (Node Actor, List<FoundActivity> Activities)>(StringComparer.Ordinal);
        bool AtLevel(Node actor) => levels is null || levels.Count == 0 || (actor.Properties.GetValueOrDefault("level") is string level && levels.Contains(level));
        foreach (var activity in found)
        {
            foreach (var actor in activity.Conductors.Where(c => labels.Contains(c.Label) && AtLevel(c)))
            {
                if (!actors.TryGetValue(actor.Id, out var entry))
                {
                    actors[actor.Id] = entry = (actor, []);
                }

                entry.Activities.Add(activity);
            }
        }

        var answers = new List<ActorAnswer>();
        foreach (var (actor, activities) in actors.Values)
        {
            answers.Add(new ActorAnswer(actor, await walks.CityOfAsync(actor, cancellationToken), activities));
        }

        return answers
            .OrderByDescending(a => a.Activities.Count)
            .ThenByDescending(a => a.Activities.Sum(x => x.Metrics.FirstOrDefault()?.Value ?? 0))
            .ThenBy(a => a.Actor.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static double MainFigure(Node activity) => CityActivityAnswerer.MetricsOf(activity).FirstOrDefault()?.Value ?? 0;
}
