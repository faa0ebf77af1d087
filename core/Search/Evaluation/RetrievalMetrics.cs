namespace KnowledgeGraph.Core.Search.Evaluation;

/// <summary>
/// Ranking measures against graded relevance judgments (grade 0 = not relevant, higher = more
/// relevant; a passage not judged counts as 0).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain at <paramref name="k"/>: the gain of each of the first
    /// k results, 2^grade − 1, discounted by log2(rank + 1), over the same for the best possible
    /// ranking of the judged passages. 0 when nothing is judged relevant.
    /// </summary>
    public static double NdcgAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k));
        return ideal <= 0 ? 0 : Dcg(ranking.Take(k).Select(id => grades.GetValueOrDefault(id))) / ideal;
    }

    /// <summary>Share of the relevant passages (grade ≥ 1) found among the first <paramref name="k"/> results; 0 when none is relevant.</summary>
    public static double RecallAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        var relevant = grades.Count(g => g.Value > 0);
        return relevant == 0 ? 0 : (double)ranking.Take(k).Distinct(StringComparer.Ordinal).Count(id => grades.GetValueOrDefault(id) > 0) / relevant;
    }

    /// <summary>Reciprocal rank of the first relevant passage (grade ≥ 1); 0 when none is ranked.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        for (var i = 0; i < ranking.Count; i++)
        {
            if (grades.GetValueOrDefault(ranking[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
