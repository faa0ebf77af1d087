using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// Answers "which cities ran X activities on topic T" from the graph: the activities ABOUT the
/// topic (and its narrower topics) of the kind asked, the committees that CONDUCTED them, and
/// the place each committee sits in, rolled up to its city.
/// </summary>
/// <remarks>
/// <para>Strength of evidence orders the cities: more matching activities first, then larger figures
/// (an activity's main figure, 603 enterprises visited), then more sentences. An activity whose
/// committee has no known place is left out: it cannot be put on a city.</para>
/// <para>An answer walks many activities of the graph; it is kept, by topic and activity, until
/// the index changes (an ingest writes the graph and commits the index together, so a new index
/// version means the graph may have changed too). Concurrent requests for the same answer share
/// one computation.</para>
/// </remarks>
public sealed partial class CityActivityAnswerer(IGraphStore graph, ExtractionVocabulary vocabulary, PassageSearcher searcher)
{
    /// <summary>Activities examined at most, so no question walks the whole graph.</summary>
    public const int MaxActivities = 500;

    // Answers kept at most; past that the oldest version's are dropped all at once.
    private const int MaxKept = 512;

    private readonly ConcurrentDictionary<(string?, string?), (long Version, Lazy<Task<CityAnswers>> Answer)> _kept = new();

    private const int EvidencePerCity = 10;

    private static readonly NeighborQuery ActivityEnds = new(1, ["CONDUCTED", "LOCATED_IN"], ["Committee", "Body", "Place"], 50);

    /// <summary>The answer; at least one of <paramref name="topic"/> and <paramref name="activity"/> must be given.</summary>
    /// <exception cref="ArgumentException">Neither is given.</exception>
    public Task<CityAnswers> AnswerAsync(string? topic, string? activity, CancellationToken cancellationToken = default)
    {
        topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        activity = string.IsNullOrWhiteSpace(activity) ? null : activity.Trim();
        if (topic is null && activity is null)
        {
            throw new ArgumentException("Give a topic (民营经济), an activity (走访), or both.");
        }

        var version = searcher.IndexVersion;
        var key = (topic, activity);
        if (_kept.TryGetValue(key, out var kept) && kept.Version == version && !Failed(kept.Answer))
        {
            return kept.Answer.Value.WaitAsync(cancellationToken);
        }

        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        // Computed without the caller's cancellation: other callers may be waiting for the same answer.
        var fresh = (version, new Lazy<Task<CityAnswers>>(() => ComputeAsync(topic, activity, CancellationToken.None)));
        var entry = _kept.AddOrUpdate(key, fresh, (_, old) => old.Version == version && !Failed(old.Answer) ? old : fresh);
        return entry.Answer.Value.WaitAsync(cancellationToken);

        static bool Failed(Lazy<Task<CityAnswers>> answer) => answer.IsValueCreated && (answer.Value.IsFaulted || answer.Value.IsCanceled);
    }

    private async Task<CityAnswers> ComputeAsync(string? topic, string? activity, CancellationToken cancellationToken)
    {
        var kind = activity is null ? null : vocabulary.Cues.Activities.KindOf(activity) ?? activity;
        var (topicName, candidates) = topic is null
            ? (null, await ActivitiesNamedAsync(activity!, cancellationToken))
            : await ActivitiesAboutAsync(topic, cancellationToken);

        var matching = candidates.Where(a => activity is null || Matches(a, activity, kind)).ToList();
        var truncated = matching.Count > MaxActivities;
        var cities = new Dictionary<string, CityBuilder>(StringComparer.Ordinal);
        var places = new Dictionary<string, Node?>(StringComparer.Ordinal);
        foreach (var node in matching.Take(MaxActivities))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ends = await graph.GetNeighborsAsync(node.Id, ActivityEnds, cancellationToken);
            var conducted = ends.Relations.Where(r => r.Type == "CONDUCTED" && r.To == node.Id).ToList();
            var committees = ends.Nodes.Where(n => conducted.Any(r => r.From == n.Id)).ToList();
            var city = await CityOfAsync(node, committees, ends, places, cancellationToken);
            if (city is null)
            {
                continue;
            }

            var full = await graph.GetNodeAsync(node.Id, cancellationToken) ?? node;
            if (!cities.TryGetValue(city.Value.City, out var builder))
            {
                cities[city.Value.City] = builder = new CityBuilder(city.Value.City, city.Value.Province);
            }

            builder.Add(full, committees.Select(c => c.Name), full.Evidence.Concat(conducted.SelectMany(r => r.Evidence)));
        }

        var items = cities.Values
            .OrderByDescending(c => c.Activities.Count)
            .ThenByDescending(c => c.FigureTotal)
            .ThenByDescending(c => c.Evidence.Count)
            .ThenBy(c => c.City, StringComparer.Ordinal)
            .Select(c => c.Build(EvidencePerCity))
            .ToList();
        return new CityAnswers(topicName ?? topic, kind, items, truncated);
    }

    /// <summary>The figures of an activity: its main one (value, unit, object) and those of its <c>metrics</c> text.</summary>
    public static IReadOnlyList<ActivityMetric> MetricsOf(Node activity)
    {
        var metrics = new List<ActivityMetric>();
        if (Number(activity.Properties.GetValueOrDefault("value")) is { } value)
        {
            metrics.Add(new ActivityMetric(value, activity.Properties.GetValueOrDefault("unit") as string, activity.Properties.GetValueOrDefault("object") as string));
        }

        if (activity.Properties.GetValueOrDefault("metrics") is string text)
        {
            foreach (Match match in Figure().Matches(text))
            {
                var number = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
                var what = match.Groups["object"].Value.Trim(' ', '，', ',', '、');
                metrics.Add(new ActivityMetric(number, NullIfEmpty(match.Groups["unit"].Value), NullIfEmpty(what)));
            }
        }

        return metrics;
    }

    private async Task<(string? Topic, List<Node> Activities)> ActivitiesAboutAsync(string topic, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? name = null;
        if (vocabulary.Topics.Resolve(topic) is { } known)
        {
            name = known.Name;
            ids.Add(known.Id);
            ids.AddRange(known.Narrower.Select(n => "topic:" + n));
        }
        else
        {
            var found = await graph.FindNodesAsync(topic, "Topic", 5, cancellationToken);
            ids.AddRange(found.Select(n => n.Id));
            name = found.FirstOrDefault()?.Name;
        }

        var activities = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var about = await graph.GetNeighborsAsync(id, new NeighborQuery(1, ["ABOUT"], ["Activity"], GraphLimits.MaxLimit), cancellationToken);
            foreach (var node in about.Nodes.Where(n => n.Label == "Activity"))
            {
                activities.TryAdd(node.Id, node);
            }
        }

        return (name, activities.Values.OrderBy(n => n.Id, StringComparer.Ordinal).ToList());
    }

    // Without a topic, the activities come from the passages that name the activity.
    private async Task<List<Node>> ActivitiesNamedAsync(string activity, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; offset <= SearchLimits.MaxOffset && ids.Count < MaxActivities; offset += SearchLimits.MaxLimit)
        {
            var page = searcher.Search(new SearchRequest(activity, SearchLimits.MaxLimit, offset) { EntityType = "Activity" });
            ids.UnionWith(page.Hits.SelectMany(h => h.Entities).Where(e => e.Type == "Activity").Select(e => e.Id));
            if (offset + SearchLimits.MaxLimit >= page.Total)
            {
                break;
            }
        }

        var nodes = new List<Node>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (await graph.GetNodeAsync(id, cancellationToken) is { } node)
            {
                nodes.Add(node with { Evidence = [] });
            }
        }

        return nodes;
    }

    private static bool Matches(Node activity, string asked, string? kind) =>
        activity.Properties.GetValueOrDefault("kind") is string k && (k == kind || k == asked)
        || activity.Name.Contains(asked, StringComparison.Ordinal);

    private async Task<(string City, string? Province)?> CityOfAsync(Node activity, List<Node> committees, Subgraph ends, Dictionary<string, Node?> places, CancellationToken cancellationToken)
    {
        var placeIds = committees.Select(c => c.Properties.GetValueOrDefault("place") as string)
            .Concat(ends.Relations.Where(r => r.Type == "LOCATED_IN" && r.From == activity.Id).Select(r => r.To))
            .OfType<string>();
        foreach (var id in placeIds)
        {
            if (!places.TryGetValue(id, out var place))
            {
                places[id] = place = await graph.GetNodeAsync(id, cancellationToken);
            }

            if (place is null)
            {
                continue;
            }

            var province = place.Properties.GetValueOrDefault("province") as string;
            switch (place.Properties.GetValueOrDefault("level") as string)
            {
                case "city":
                    return (place.Name, province);
                case "county" or "town" when place.Properties.GetValueOrDefault("city") is string city:
                    return (city, province);
            }
        }

        return null;
    }

    private static double? Number(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        _ => null,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // 收集各类问题建议1648条 → object 收集各类问题建议, value 1648, unit 条.
    [GeneratedRegex(@"(?<object>[^；;，,0-9]*?)(?<value>\d+(?:\.\d+)?)(?<unit>[个条家次场项件人名篇期万亿元%]*)")]
    private static partial Regex Figure();

    private sealed class CityBuilder(string city, string? province)
    {
        private readonly List<string> _committees = [];
        private readonly Dictionary<string, Evidence> _evidence = new(StringComparer.Ordinal);

        public string City => city;

        public List<CityActivity> Activities { get; } = [];

        public double FigureTotal { get; private set; }

        public IReadOnlyCollection<Evidence> Evidence => _evidence.Values;

        public void Add(Node activity, IEnumerable<string> committees, IEnumerable<Evidence> evidence)
        {
            var metrics = MetricsOf(activity);
            Activities.Add(new CityActivity(activity with { Evidence = [] }, metrics));
            FigureTotal += metrics.Count > 0 ? metrics[0].Value : 0;
            foreach (var name in committees.Where(n => !_committees.Contains(n)))
            {
                _committees.Add(name);
            }

            foreach (var item in evidence)
            {
                _evidence.TryAdd(item.PassageId, item);
            }
        }

        public CityAnswer Build(int evidence) => new(
            city,
            province,
            _committees,
            Activities,
            _evidence.Values.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).Take(evidence).ToList());
    }
}
