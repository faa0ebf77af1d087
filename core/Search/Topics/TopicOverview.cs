namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>A topic's weight among the passages of one committee, city or year.</summary>
/// <param name="Value">The committee, city or year.</param>
/// <param name="Weight">The topic's mean share in those passages (0 to 1).</param>
/// <param name="Passages">How many passages that is.</param>
public sealed record TopicShare(string Value, double Weight, int Passages);

/// <summary>A topic as the overview shows it.</summary>
/// <param name="Id">Its number in the model.</param>
/// <param name="Words">Its most probable words.</param>
/// <param name="Weight">Its mean share over all passages.</param>
/// <param name="ByCommittee">Its weight by committee, heaviest first.</param>
/// <param name="ByCity">Its weight by city, heaviest first.</param>
/// <param name="ByYear">Its weight by year, in year order.</param>
public sealed record TopicView(
    int Id,
    IReadOnlyList<WeightedWord> Words,
    double Weight,
    IReadOnlyList<TopicShare> ByCommittee,
    IReadOnlyList<TopicShare> ByCity,
    IReadOnlyList<TopicShare> ByYear);

/// <summary>The topics of the corpus and where each weighs most.</summary>
/// <param name="Passages">Passages with a topic vector.</param>
/// <param name="TrainedOn">Passages the model was trained on.</param>
/// <param name="Topics">The topics, heaviest first; empty when no model has been trained.</param>
public sealed record TopicOverview(int Passages, int TrainedOn, IReadOnlyList<TopicView> Topics)
{
    /// <summary>
    /// The overview of <paramref name="topics"/> over <paramref name="passages"/> (their
    /// committee, city and year): a topic's weight in a group is the mean of its share in the
    /// group's passages, so groups of different sizes compare.
    /// </summary>
    public static TopicOverview Build(TopicIndex topics, IReadOnlyList<IndexedPassage> passages, int words = 10)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(passages);
        if (topics.Model is not { } model)
        {
            return new TopicOverview(0, 0, []);
        }

        var vectors = passages
            .Select(p => (Passage: p, Vector: topics.VectorOf(p.Id)))
            .Where(p => p.Vector is not null && p.Vector.Any(v => v > 0))
            .Select(p => (p.Passage, Vector: p.Vector!))
            .ToList();
        var views = model.Topics.Select(topic =>
        {
            double Mean(IEnumerable<float[]> group) => group.Select(v => (double)v[topic.Id]).DefaultIfEmpty().Average();
            List<TopicShare> By(Func<IndexedPassage, string?> key) => vectors
                .Where(v => key(v.Passage) is not null)
                .GroupBy(v => key(v.Passage)!, StringComparer.Ordinal)
                .Select(g => new TopicShare(g.Key, Math.Round(Mean(g.Select(v => v.Vector)), 4), g.Count()))
                .ToList();

            return new TopicView(
                topic.Id,
                topic.Words.Take(words).Select(w => w with { Weight = Math.Round(w.Weight, 4) }).ToList(),
                Math.Round(Mean(vectors.Select(v => v.Vector)), 4),
                [.. By(p => p.Committee).OrderByDescending(s => s.Weight).ThenBy(s => s.Value, StringComparer.Ordinal)],
                [.. By(p => p.City).OrderByDescending(s => s.Weight).ThenBy(s => s.Value, StringComparer.Ordinal)],
                [.. By(p => p.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(s => s.Value, StringComparer.Ordinal)]);
        });
        return new TopicOverview(vectors.Count, topics.TrainedOn, [.. views.OrderByDescending(v => v.Weight).ThenBy(v => v.Id)]);
    }
}
