namespace KnowledgeGraph.Core.Text;

/// <summary>
/// A set of phrases with values, searched in text character by character (a trie whose edges
/// are kept in one dictionary). Finding every phrase that starts at a position costs one lookup
/// per character of the longest match, so scanning a text is linear in its length times the
/// length of the longest phrase.
/// </summary>
/// <remarks>Built once, then read-only: safe to search from several threads.</remarks>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<T>?> _values = [null];

    // The root's edges by character (0: no phrase starts with it). A scan looks up the root at every
    // position of the text, mostly to find nothing or one edge: an array read instead of a hash look-up
    // halves the gazetteer's scan. Costs 256 KB per index, of which a handful exist.
    private readonly int[] _rootEdges = new int[char.MaxValue + 1];

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; private set; }

    /// <summary>Length of the longest phrase.</summary>
    public int MaxLength { get; private set; }

    /// <summary>Adds <paramref name="value"/> under <paramref name="phrase"/> (a phrase may hold several values).</summary>
    public void Add(string phrase, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        var node = 0;
        foreach (var c in phrase)
        {
            var key = Key(node, c);
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _values.Count;
                _values.Add(null);
                _edges[key] = next;
                if (node == 0)
                {
                    _rootEdges[c] = next;
                }
            }

            node = next;
        }

        var list = _values[node];
        if (list is null)
        {
            list = [];
            _values[node] = list;
            Count++;
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }

        MaxLength = Math.Max(MaxLength, phrase.Length);
    }

    /// <summary>The values of exactly <paramref name="phrase"/>, or an empty list.</summary>
    public IReadOnlyList<T> Get(ReadOnlySpan<char> phrase)
    {
        var node = 0;
        foreach (var c in phrase)
        {
            if (!TryFollow(node, c, out node))
            {
                return [];
            }
        }

        return (IReadOnlyList<T>?)_values[node] ?? [];
    }

    /// <summary>Appends every phrase that starts at <paramref name="start"/> as (length, values), shortest first.</summary>
    public void MatchesAt(ReadOnlySpan<char> text, int start, List<(int Length, IReadOnlyList<T> Values)> output)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!TryFollow(node, text[i], out node))
            {
                return;
            }

            if (_values[node] is { } values)
            {
                output.Add((i - start + 1, values));
            }
        }
    }

    /// <summary>
    /// The non-overlapping phrases of <paramref name="text"/>, scanning left to right and taking the
    /// longest phrase at each position.
    /// </summary>
    public List<(int Start, int Length, IReadOnlyList<T> Values)> LongestMatches(ReadOnlySpan<char> text)
    {
        var result = new List<(int, int, IReadOnlyList<T>)>();
        var i = 0;
        while (i < text.Length)
        {
            var node = 0;
            var bestLength = 0;
            IReadOnlyList<T>? best = null;
            for (var j = i; j < text.Length; j++)
            {
                if (!TryFollow(node, text[j], out node))
                {
                    break;
                }

                if (_values[node] is { } values)
                {
                    bestLength = j - i + 1;
                    best = values;
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            result.Add((i, bestLength, best));
            i += bestLength;
        }

        return result;
    }

    // The node reached from node by c, the root's edges read from their array.
    private bool TryFollow(int node, char c, out int next)
    {
        if (node == 0)
        {
            next = _rootEdges[c];
            return next != 0;
        }

        return _edges.TryGetValue(Key(node, c), out next);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
