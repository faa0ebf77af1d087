using System.Collections.Concurrent;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>What counts as an association learned from co-occurrence.</summary>
/// <param name="MinPairCount">Passages two words must share, at least.</param>
/// <param name="MinWordCount">Passages a word must occur in, at least, to have or be an associate.</param>
/// <param name="MinNpmi">Normalised PMI an associate needs, at least (0: independent, 1: always together).</param>
/// <param name="PerWord">Associates kept per word, the strongest.</param>
public sealed record CooccurrenceOptions(int MinPairCount = 3, int MinWordCount = 3, double MinNpmi = 0.2, int PerWord = 24);

/// <summary>
/// Word associations learned from a corpus's co-occurrence counts: for each word, the words
/// found in the same passages more often than chance, by normalised pointwise mutual information
/// (NPMI = ln(p(a,b) / p(a)p(b)) / −ln p(a,b), 1 when two words only ever occur together); and,
/// second-order, the words whose associates are the same (cosine of their NPMI lists), which
/// finds words used alike even when they never meet in one passage.
/// </summary>
/// <remarks>Read-only once built; thread-safe (second-order lists are computed on first use and kept).</remarks>
public sealed class CooccurrenceAssociations
{
    private readonly Dictionary<string, (string Word, double Npmi)[]> _lists;
    private readonly Dictionary<string, List<string>> _heldBy;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Associate>> _context = new(StringComparer.Ordinal);

    private CooccurrenceAssociations(Dictionary<string, (string, double)[]> lists, int passages)
    {
        _lists = lists;
        Passages = passages;
        _heldBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // In word order, so that sums over the holders of a word (second-order strengths) are
        // taken in one order however the counts were made.
        foreach (var (word, list) in lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            foreach (var (associate, _) in list)
            {
                if (!_heldBy.TryGetValue(associate, out var holders))
                {
                    _heldBy[associate] = holders = [];
                }

                holders.Add(word);
            }
        }
    }

    /// <summary>No associations.</summary>
    public static CooccurrenceAssociations Empty { get; } = new(new Dictionary<string, (string, double)[]>(StringComparer.Ordinal), 0);

    /// <summary>Passages the counts were taken over.</summary>
    public int Passages { get; }

    /// <summary>Words with at least one associate.</summary>
    public int Words => _lists.Count;

    /// <summary>Learns the associations of <paramref name="counts"/>.</summary>
    public static CooccurrenceAssociations From(Cooccurrence counts, CooccurrenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= new CooccurrenceOptions();
        var n = (double)Math.Max(1, counts.Passages);
        // Equal strengths are common (pairs of words with the same counts): the weaker is the
        // one whose word comes later, so that what is kept does not depend on the order the
        // pairs were counted in.
        var weaker = Comparer<(double Npmi, string Word)>.Create((x, y) =>
            x.Npmi != y.Npmi ? x.Npmi.CompareTo(y.Npmi) : string.CompareOrdinal(y.Word, x.Word));
        var best = new Dictionary<int, PriorityQueue<int, (double Npmi, string Word)>>();
        void Offer(int word, int associate, double npmi)
        {
            if (!best.TryGetValue(word, out var heap))
            {
                best[word] = heap = new PriorityQueue<int, (double, string)>(weaker);
            }

            heap.Enqueue(associate, (npmi, counts.Words[associate]));
            if (heap.Count > options.PerWord)
            {
                heap.Dequeue();
            }
        }

        foreach (var (a, b, together) in counts.Pairs())
        {
            var (ca, cb) = (counts.Counts[a], counts.Counts[b]);
            if (together < options.MinPairCount || ca < options.MinWordCount || cb < options.MinWordCount || together >= n)
            {
                continue;
            }

            var joint = together / n;
            var npmi = Math.Log(joint / (ca / n * (cb / n))) / -Math.Log(joint);
            if (npmi < options.MinNpmi)
            {
                continue;
            }

            Offer(a, b, npmi);
            Offer(b, a, npmi);
        }

        var lists = new Dictionary<string, (string, double)[]>(best.Count, StringComparer.Ordinal);
        foreach (var (word, heap) in best)
        {
            var list = new List<(string, double)>(heap.Count);
            while (heap.TryDequeue(out var associate, out var strength))
            {
                list.Add((counts.Words[associate], strength.Npmi));
            }

            list.Reverse();
            lists[counts.Words[word]] = [.. list];
        }

        return new CooccurrenceAssociations(lists, counts.Passages);
    }

    /// <summary>Every word with its first-order associates (word, NPMI), strongest first, the words in ordinal order.</summary>
    public IEnumerable<(string Word, IReadOnlyList<(string Word, double Npmi)> Associates)> All() =>
        _lists.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, (IReadOnlyList<(string, double)>)l.Value));

    /// <summary>The first-order associates of <paramref name="word"/> (strength: NPMI), strongest first.</summary>
    public IReadOnlyList<Associate> Cooccurring(string word, int max) =>
        _lists.TryGetValue(word, out var list)
            ? list.Take(max).Select(a => new Associate(a.Word, a.Npmi, AssociateSource.Cooccurrence)).ToList()
            : [];

    /// <summary>
    /// Words whose own associates are <paramref name="word"/>'s (strength: cosine of the two NPMI
    /// lists), strongest first; the word itself and its first-order associates are left out.
    /// </summary>
    public IReadOnlyList<Associate> InContext(string word, int max)
    {
        var all = _context.GetOrAdd(word, w => ComputeContext(w));
        return all.Count <= max ? all : all.Take(max).ToList();
    }

    private IReadOnlyList<Associate> ComputeContext(string word)
    {
        if (!_lists.TryGetValue(word, out var own))
        {
            return [];
        }

        var dot = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (context, weight) in own)
        {
            foreach (var other in _heldBy.GetValueOrDefault(context) ?? [])
            {
                if (other != word)
                {
                    dot[other] = dot.GetValueOrDefault(other) + (weight * Weight(other, context));
                }
            }
        }

        var norm = Norm(own);
        var direct = own.Select(a => a.Word).ToHashSet(StringComparer.Ordinal);
        return dot
            .Where(d => !direct.Contains(d.Key))
            .Select(d => new Associate(d.Key, Math.Min(1.0, d.Value / (norm * Norm(_lists[d.Key]))), AssociateSource.Context))
            .Where(a => a.Strength > 0)
            .OrderByDescending(a => a.Strength)
            .ThenBy(a => a.Term, StringComparer.Ordinal)
            .Take(64)
            .ToList();
    }

    private double Weight(string word, string context)
    {
        foreach (var (associate, npmi) in _lists[word])
        {
            if (associate == context)
            {
                return npmi;
            }
        }

        return 0;
    }

    private static double Norm((string Word, double Npmi)[] list) => Math.Sqrt(list.Sum(a => a.Npmi * a.Npmi));
}
