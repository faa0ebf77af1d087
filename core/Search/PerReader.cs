using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Values computed from an index reader, remembered for as long as that reader is the current
/// one: a commit gives searches a new reader, and everything remembered is forgotten with the old.
/// </summary>
/// <remarks>Thread-safe. Bounded: past <paramref name="capacity"/> values it starts afresh.</remarks>
public sealed class PerReader<TKey, TValue>(int capacity = 100_000)
    where TKey : notnull
{
    private readonly object _gate = new();
    private (object? Reader, ConcurrentDictionary<TKey, TValue>? Values) _current;

    /// <summary>The value for <paramref name="key"/> in <paramref name="reader"/>'s index, computed on first use.</summary>
    public TValue Get(IndexReader reader, TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(compute);
        var values = For(reader);
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (values.Count >= capacity)
        {
            values.Clear();
        }

        values[key] = value;
        return value;
    }

    private ConcurrentDictionary<TKey, TValue> For(IndexReader reader)
    {
        var key = reader.CoreCacheKey;
        lock (_gate)
        {
            if (!ReferenceEquals(_current.Reader, key) || _current.Values is null)
            {
                _current = (key, new ConcurrentDictionary<TKey, TValue>());
            }

            return _current.Values;
        }
    }
}
