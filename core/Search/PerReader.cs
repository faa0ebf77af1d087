using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Values computed from an index reader, remembered for as long as that reader is the current
/// one: a commit gives searches a new reader, and everything remembered is forgotten with the old.
/// </summary>
/// <remarks>Thread-safe without a lock on the way in: concurrent searches only read the current
/// table (one volatile read) and add to a concurrent dictionary; the lock is taken only when a
/// commit has replaced the reader. Bounded: past <paramref name="capacity"/> values (or, with
/// <paramref name="weigh"/>, past that total weight, such as bytes) it starts afresh.</remarks>
public sealed class PerReader<TKey, TValue>(long capacity = 100_000, Func<TValue, long>? weigh = null)
    where TKey : notnull
{
    private readonly object _gate = new();
    private volatile Table? _current;

    /// <summary>The value for <paramref name="key"/> in <paramref name="reader"/>'s index, computed on first use.</summary>
    public TValue Get(IndexReader reader, TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(compute);
        var table = For(reader);
        if (table.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        // Counted here rather than by the dictionary's Count, which takes every one of its locks.
        var weight = weigh?.Invoke(value) ?? 1;
        if (Interlocked.Add(ref table.Added, weight) > capacity)
        {
            table.Values.Clear();
            Interlocked.Exchange(ref table.Added, weight);
        }

        table.Values[key] = value;
        return value;
    }

    /// <summary>The value remembered for <paramref name="key"/> in <paramref name="reader"/>'s index, if any.</summary>
    public bool TryGet(IndexReader reader, TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return For(reader).Values.TryGetValue(key, out value);
    }

    /// <summary>How many values (or how much weight) were added for <paramref name="reader"/>'s index since the table last started afresh; 0 when it is not the current reader.</summary>
    public long Weight(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return _current is { } current && ReferenceEquals(current.Reader, reader.CoreCacheKey) ? Interlocked.Read(ref current.Added) : 0;
    }

    private Table For(IndexReader reader)
    {
        var key = reader.CoreCacheKey;
        var current = _current;
        if (current is not null && ReferenceEquals(current.Reader, key))
        {
            return current;
        }

        lock (_gate)
        {
            current = _current;
            if (current is null || !ReferenceEquals(current.Reader, key))
            {
                _current = current = new Table(key, new ConcurrentDictionary<TKey, TValue>());
            }

            return current;
        }
    }

    /// <summary>The values of one reader, and about how many (or how much weight) were added since it last started afresh.</summary>
    private sealed class Table(object reader, ConcurrentDictionary<TKey, TValue> values)
    {
        public object Reader { get; } = reader;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = values;

        public long Added;
    }
}
