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

    private long[] _keys = NewKeys(InitialSize);
    private TValue[] _values = new TValue[InitialSize];
    private int _shift = 64 - System.Numerics.BitOperations.Log2(InitialSize);

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The value remembered under <paramref name="key"/>, if any.</summary>
    public bool TryGetValue(long key, out TValue value)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & (_keys.Length - 1))
        {
            var held = _keys[slot];
            if (held == key)
            {
                value = _values[slot];
                return true;
            }

            if (held == Empty)
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
        if ((Count + 1) * 2 > _keys.Length)
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
            Array.Fill(_keys, Empty);
            Array.Clear(_values);
            Count = 0;
        }
    }

    // The high bits of the key times 2^64 / φ (Fibonacci hashing): consecutive numbers spread out.
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Place(long key, TValue value)
    {
        var slot = Slot(key);
        while (_keys[slot] != Empty)
        {
            slot = (slot + 1) & (_keys.Length - 1);
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = NewKeys(keys.Length * 2);
        _values = new TValue[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != Empty)
            {
                Place(keys[i], values[i]);
            }
        }
    }

    private static long[] NewKeys(int size)
    {
        var keys = new long[size];
        Array.Fill(keys, Empty);
        return keys;
    }
}
