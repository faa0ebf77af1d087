namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>
/// The pair counts of <see cref="Cooccurrence"/>: each pair's key (two ids, the smaller in the
/// high half, so never 0) and its count, in two arrays addressed by the key's Fibonacci hash (<see cref="PairKeys"/>),
/// a collision taking the next free slot. Twelve bytes a slot, at most 70% full: about half of
/// what a <c>Dictionary&lt;long, int&gt;</c> of the same pairs holds (an entry of 24 bytes and
/// a bucket of 4, a slot per pair), and no comparer to call through an interface. The entities'
/// pairs at 100 MB are millions.
/// </summary>
/// <remarks>Not thread-safe. Enumerated in slot order; <see cref="SortedByKey"/> gives key order.</remarks>
internal sealed class PairCounts
{
    private const int MinimumSlots = 1024;

    private long[] _keys = [];
    private int[] _counts = [];
    private int _shift;
    private int _limit;

    /// <summary>Room for <paramref name="pairs"/> pairs before the table grows.</summary>
    public PairCounts(int pairs = 0) => Allocate(SlotsFor(pairs));

    /// <summary>Pairs held.</summary>
    public int Count { get; private set; }

    /// <summary>The count of a pair, added at 0 when it is not held yet: one look-up to read and add to it.</summary>
    public ref int this[long key]
    {
        get
        {
            if (Count >= _limit)
            {
                Rehash(_keys.Length * 2, _ => true);
            }

            var mask = _keys.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                var held = _keys[i];
                if (held == key)
                {
                    return ref _counts[i];
                }

                if (held == 0)
                {
                    _keys[i] = key;
                    Count++;
                    return ref _counts[i];
                }
            }
        }
    }

    /// <summary>Every pair with its count, in slot order.</summary>
    public IEnumerable<(long Key, int Count)> All()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return (_keys[i], _counts[i]);
            }
        }
    }

    /// <summary>How many pairs have each count from 0 to <paramref name="top"/>, the higher counts tallied at <paramref name="top"/>.</summary>
    public long[] CountsUpTo(int top)
    {
        var byCount = new long[top + 1];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                byCount[Math.Min(_counts[i], top)]++;
            }
        }

        return byCount;
    }

    /// <summary>Drops the pairs whose count is at most <paramref name="floor"/>.</summary>
    public void DropUpTo(int floor) => Rehash(_keys.Length, count => count > floor);

    /// <summary>The keys in ascending order, with their counts.</summary>
    public (long[] Keys, int[] Counts) SortedByKey()
    {
        var keys = new long[Count];
        var counts = new int[Count];
        var n = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                keys[n] = _keys[i];
                counts[n++] = _counts[i];
            }
        }

        Array.Sort(keys, counts); // keys are distinct: any sort gives the one order
        return (keys, counts);
    }

    private static int SlotsFor(int pairs)
    {
        var slots = MinimumSlots;
        while (slots / 10 * 7 < pairs)
        {
            slots *= 2;
        }

        return slots;
    }

    private int Slot(long key) => (int)((uint)PairKeys.Instance.GetHashCode(key) >> _shift);

    private void Allocate(int slots)
    {
        _keys = new long[slots];
        _counts = new int[slots];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)slots);
        _limit = slots / 10 * 7;
        Count = 0;
    }

    // The pairs kept into new arrays of the given size.
    private void Rehash(int slots, Func<int, bool> keep)
    {
        var (keys, counts) = (_keys, _counts);
        Allocate(slots);
        var mask = slots - 1;
        for (var s = 0; s < keys.Length; s++)
        {
            if (keys[s] == 0 || !keep(counts[s]))
            {
                continue;
            }

            var i = Slot(keys[s]);
            while (_keys[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = keys[s];
            _counts[i] = counts[s];
            Count++;
        }
    }
}
