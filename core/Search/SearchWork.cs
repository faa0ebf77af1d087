namespace KnowledgeGraph.Core.Search;

/// <summary>
/// What the planned searches of this process have walked so far (<see cref="MatchAccumulator"/>):
/// postings added into passages, passages touched, candidates and matches. Counts of work, which
/// other programs sharing the processor do not disturb, for the benchmarks to compare two builds;
/// added once per list walked or segment searched, never per posting.
/// </summary>
/// <remarks>Thread-safe (interlocked sums over every thread); read a snapshot before and after.</remarks>
public static class SearchWork
{
    private static long _indexPostings;
    private static long _keptPostings;
    private static long _touched;
    private static long _candidates;
    private static long _matches;

    /// <summary>The counts so far.</summary>
    public static SearchWorkCounts Snapshot() => new(
        Interlocked.Read(ref _indexPostings),
        Interlocked.Read(ref _keptPostings),
        Interlocked.Read(ref _touched),
        Interlocked.Read(ref _candidates),
        Interlocked.Read(ref _matches));

    /// <summary>Whether the candidates of the coverage bound are counted (a pass over a bit set a segment: off unless a benchmark asks).</summary>
    public static bool CountCandidates { get; set; }

    internal static void Postings(long count, bool kept) => Interlocked.Add(ref kept ? ref _keptPostings : ref _indexPostings, count);

    internal static void Touched(long count) => Interlocked.Add(ref _touched, count);

    internal static void Candidates(long count) => Interlocked.Add(ref _candidates, count);

    internal static void Matches(long count) => Interlocked.Add(ref _matches, count);
}

/// <summary>Counts of <see cref="SearchWork"/>: postings read from the index and from kept arrays, passages touched, candidates of the coverage bound, matches.</summary>
public readonly record struct SearchWorkCounts(long IndexPostings, long KeptPostings, long Touched, long Candidates, long Matches)
{
    /// <summary>The work done between <paramref name="before"/> and this snapshot.</summary>
    public SearchWorkCounts Since(SearchWorkCounts before) => new(
        IndexPostings - before.IndexPostings,
        KeptPostings - before.KeptPostings,
        Touched - before.Touched,
        Candidates - before.Candidates,
        Matches - before.Matches);
}
