namespace KnowledgeGraph.Benchmarks;

/// <summary>Compares two segmentations of the same characters by the spans of their words.</summary>
internal static class WordSpans
{
    /// <summary>Words in both, words in <paramref name="candidate"/>, words in <paramref name="reference"/>.</summary>
    public static (int Matched, int Candidate, int Reference) Compare(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        var referenceSpans = Spans(reference).ToHashSet();
        var matched = Spans(candidate).Count(referenceSpans.Contains);
        return (matched, candidate.Count, reference.Count);
    }

    private static IEnumerable<(int, int)> Spans(IReadOnlyList<string> words)
    {
        var offset = 0;
        foreach (var w in words)
        {
            yield return (offset, offset + w.Length);
            offset += w.Length;
        }
    }
}

/// <summary>Precision, recall and F1 summed over many lines.</summary>
internal sealed class SpanScore
{
    private long _matched, _candidate, _reference;

    public void Add((int Matched, int Candidate, int Reference) counts)
    {
        _matched += counts.Matched;
        _candidate += counts.Candidate;
        _reference += counts.Reference;
    }

    public double Precision => _candidate == 0 ? 0 : (double)_matched / _candidate;

    public double Recall => _reference == 0 ? 0 : (double)_matched / _reference;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public long Reference => _reference;
}
