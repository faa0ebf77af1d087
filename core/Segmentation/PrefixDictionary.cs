using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Segmentation;

/// <summary>
/// jieba's prefix dictionary, stored as a character trie: every prefix of every word is a node,
/// and the nodes that end a word carry its frequency and part-of-speech tag.
/// </summary>
/// <remarks>
/// Children are found through one open-addressing table keyed by (node, character), with a direct
/// array for the root's children, which every lookup starts from. Built once, then read-only,
/// so any number of threads may read it.
/// </remarks>
internal sealed class PrefixDictionary
{
    private const int Root = 0;

    private readonly int[] _rootChildren = new int[char.MaxValue + 1];
    private long[] _keys;
    private int[] _targets;
    private int _edgeCount;

    // Per node: frequency (0 when the node is only a prefix), log of (frequency or 1), tag index.
    private long[] _frequencies;
    private double[] _logFrequencies;
    private ushort[] _tags;
    private int _nodeCount = 1;

    private readonly List<string> _tagNames = [""];
    private readonly Dictionary<string, ushort> _tagIndex = new(StringComparer.Ordinal) { [""] = 0 };

    public PrefixDictionary(int expectedNodes = 1 << 20)
    {
        var capacity = 1 << (int)Math.Ceiling(Math.Log2(Math.Max(16, expectedNodes * 2)));
        _keys = new long[capacity];
        _targets = new int[capacity];
        _frequencies = new long[expectedNodes];
        _logFrequencies = new double[expectedNodes];
        _tags = new ushort[expectedNodes];
    }

    /// <summary>Sum of the frequencies of every entry added, as jieba counts it (duplicates too).</summary>
    public long Total { get; private set; }

    /// <summary>Natural log of <see cref="Total"/>.</summary>
    public double LogTotal { get; private set; }

    /// <summary>Number of distinct words.</summary>
    public int WordCount { get; private set; }

    /// <summary>Adds or replaces a word. Frequency 0 keeps the word's prefixes but not the word.</summary>
    public void Add(ReadOnlySpan<char> word, long frequency, string? tag)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var node = Root;
        foreach (var c in word)
        {
            var next = Child(node, c);
            if (next < 0)
            {
                next = NewNode();
                SetChild(node, c, next);
            }

            node = next;
        }

        if (_frequencies[node] == 0 && frequency > 0)
        {
            WordCount++;
        }
        else if (_frequencies[node] > 0 && frequency == 0)
        {
            WordCount--;
        }

        _frequencies[node] = frequency;
        _logFrequencies[node] = Math.Log(frequency > 0 ? frequency : 1);
        if (!string.IsNullOrEmpty(tag))
        {
            _tags[node] = TagIndex(tag);
        }

        Total += frequency;
        LogTotal = Math.Log(Total);
    }

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == Root)
        {
            var child = _rootChildren[c];
            return child == 0 ? -1 : child;
        }

        var key = ((long)node << 16) | c;
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _targets[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int node) => _frequencies[node] > 0;

    /// <summary>jieba's score of a word: log(frequency or 1) - log(total), in that order of operations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogProbability(int node) => _logFrequencies[node] - LogTotal;

    public long Frequency(int node) => _frequencies[node];

    public string Tag(int node) => _tagNames[_tags[node]];

    /// <summary>The node of <paramref name="word"/>, or -1 when it is not even a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return node;
    }

    /// <summary>The frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public long Frequency(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node < 0 ? 0 : _frequencies[node];
    }

    /// <summary>Approximate bytes held by the dictionary's arrays.</summary>
    public long ApproximateBytes =>
        (long)_rootChildren.Length * sizeof(int)
        + (long)_keys.Length * (sizeof(long) + sizeof(int))
        + (long)_frequencies.Length * (sizeof(long) + sizeof(double) + sizeof(ushort));

    private ushort TagIndex(string tag)
    {
        if (!_tagIndex.TryGetValue(tag, out var index))
        {
            index = checked((ushort)_tagNames.Count);
            _tagNames.Add(tag);
            _tagIndex.Add(tag, index);
        }

        return index;
    }

    private int NewNode()
    {
        if (_nodeCount == _frequencies.Length)
        {
            Array.Resize(ref _frequencies, _nodeCount * 2);
            Array.Resize(ref _logFrequencies, _nodeCount * 2);
            Array.Resize(ref _tags, _nodeCount * 2);
        }

        return _nodeCount++;
    }

    private void SetChild(int node, char c, int child)
    {
        if (node == Root)
        {
            _rootChildren[c] = child;
            return;
        }

        if ((_edgeCount + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(((long)node << 16) | c, child);
        _edgeCount++;
    }

    private void Insert(long key, int target)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _targets[slot] = target;
    }

    private void Grow()
    {
        var keys = _keys;
        var targets = _targets;
        _keys = new long[keys.Length * 2];
        _targets = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                Insert(keys[i], targets[i]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(long key, int mask) =>
        (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & mask;
}
