namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// Values remembered under non-negative 64-bit keys made of small numbers (two word numbers, a
/// word number and a character), for <see cref="SmartCnLattice"/> and <see cref="SmartCnWords"/>:
/// an open-addressed table probed linearly, its keys hashed by one multiplication. A
/// <see cref="Dictionary{TKey, TValue}"/> with a comparer of its own calls that comparer through an
/// interface for every hash and every key compared; with SmartCn's forms looked up by all their
/// characters, those look-ups were about 5% of an ingest's CPU in a profile.
/// </summary>
/// <remarks>
/// Not thread-safe. Starts small and doubles so as to stay at most half full; the caller bounds
/// what it holds by emptying it (<see cref="Clear"/>), which keeps the size reached.
/// </remarks>
internal sealed class NumberedMemory<TValue>
{
    private const long Empty = -1;
    private const int InitialSize = 1024;

    // Each key beside its value, so that a look-up that finds its key reads one cache line, not
    // one in a key array and another in a value array: the tables grow to megabytes, and nearly
    // every probe of the lattice's pairs missed the processor's caches twice.
    private Entry[] _entries = NewEntries(InitialSize);
    private int _shift = 64 - System.Numerics.BitOperations.Log2(InitialSize);

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The value remembered under <paramref name="key"/>, if any.</summary>
    public bool TryGetValue(long key, out TValue value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == Empty)
            {
                value = default!;
                return false;
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> under <paramref name="key"/> (not held yet, non-negative).</summary>
    public void Add(long key, TValue value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        if ((Count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        Place(key, value);
        Count++;
    }

    /// <summary>Forgets every key; the table keeps its size.</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            Array.Fill(_entries, new Entry(Empty, default!));
            Count = 0;
        }
    }

    // The high bits of the key times 2^64 / φ (Fibonacci hashing): consecutive numbers spread out.
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Place(long key, TValue value)
    {
        var slot = Slot(key);
        while (_entries[slot].Key != Empty)
        {
            slot = (slot + 1) & (_entries.Length - 1);
        }

        _entries[slot] = new Entry(key, value);
    }

    private void Grow()
    {
        var entries = _entries;
        _entries = NewEntries(entries.Length * 2);
        _shift--;
        foreach (var entry in entries)
        {
            if (entry.Key != Empty)
            {
                Place(entry.Key, entry.Value);
            }
        }
    }

    private static Entry[] NewEntries(int size)
    {
        var entries = new Entry[size];
        Array.Fill(entries, new Entry(Empty, default!));
        return entries;
    }

    private readonly record struct Entry(long Key, TValue Value);
}
