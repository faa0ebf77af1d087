using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Counts, over every matching passage, the values of the facet fields, alongside the collector
/// that ranks the hits. A match is counted under its profile and its set of entity types
/// (<see cref="FacetColumns"/>: combinations of facet values, mostly shared by the passages of a
/// document), in two small arrays; when the segment ends, they are expanded into counts by
/// value. So counting costs two array reads and two increments a passage, no stored-field reads
/// and no doc-values decoding.
/// </summary>
/// <remarks>The counts by profile come from a pool and go back cleared where they were written. Not thread-safe.</remarks>
internal sealed class FacetCounter : ICollector
{
    private static readonly string[] SingleValued = [PassageFields.City, PassageFields.Province, PassageFields.Committee];

    // Counts by profile: a pool of its own, whose arrays are zero when rented (fresh ones are, and
    // each goes back cleared), which the shared pool does not promise. Large enough for a segment
    // of millions.
    private static readonly System.Buffers.ArrayPool<int> Pool = System.Buffers.ArrayPool<int>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 32);

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private FacetColumns? _columns;
    private int[] _byProfile = [];
    private int[] _byTypeSet = [];

    public FacetCounter()
    {
        foreach (var field in SingleValued.Append(PassageFields.Year).Append(PassageFields.EntityTypes))
        {
            _counts[field] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _columns = FacetColumns.Of(context.AtomicReader, SingleValued);
        _byProfile = Pool.Rent(Math.Max(1, _columns.Profiles.Length));
        _byTypeSet = Pool.Rent(Math.Max(1, _columns.TypeSets.Length));
    }

    public void Collect(int doc)
    {
        var columns = _columns!;
        _byProfile[columns.Profile[doc]]++;
        _byTypeSet[columns.TypeSet[doc]]++;
    }

    /// <summary>The counts by field, most frequent first (ties by value), at most <paramref name="top"/> a field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int top)
    {
        FlushSegment();
        return _counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValue>)f.Value
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(top)
                .Select(v => new FacetValue(v.Key, v.Value))
                .ToList(),
            StringComparer.Ordinal);
    }

    // The segment's counts expanded into counts by value, through counts by each field's ordinal
    // (so a value meets the dictionary of its field once, not once a profile it is part of); the
    // arrays of counts go back cleared.
    private void FlushSegment()
    {
        if (_columns is not { } columns)
        {
            return;
        }

        var singles = SingleValued.Length;
        var byValue = new int[singles + 2][];
        for (var i = 0; i < singles; i++)
        {
            byValue[i] = Pool.Rent(Math.Max(1, columns.SingleValues[i].Length));
        }

        byValue[singles] = Pool.Rent(Math.Max(1, columns.YearValues.Length));
        byValue[singles + 1] = Pool.Rent(Math.Max(1, columns.TypeValues.Length));
        for (var profile = 0; profile < columns.Profiles.Length; profile++)
        {
            if (_byProfile[profile] is var count and > 0)
            {
                _byProfile[profile] = 0;
                var ordinals = columns.Profiles[profile];
                for (var i = 0; i <= singles; i++)
                {
                    if (ordinals[i] >= 0)
                    {
                        byValue[i][ordinals[i]] += count;
                    }
                }
            }
        }

        for (var set = 0; set < columns.TypeSets.Length; set++)
        {
            if (_byTypeSet[set] is var count and > 0)
            {
                _byTypeSet[set] = 0;
                foreach (var ordinal in columns.TypeSets[set])
                {
                    byValue[singles + 1][ordinal] += count;
                }
            }
        }

        for (var i = 0; i < singles; i++)
        {
            Add(_counts[SingleValued[i]], columns.SingleValues[i], byValue[i]);
        }

        Add(_counts[PassageFields.Year], columns.YearValues, byValue[singles]);
        Add(_counts[PassageFields.EntityTypes], columns.TypeValues, byValue[singles + 1]);
        Pool.Return(_byProfile);
        Pool.Return(_byTypeSet);
        _byProfile = [];
        _byTypeSet = [];
        _columns = null;
    }

    // Adds the counts by ordinal of one field to its counts by value, and clears them.
    private static void Add(Dictionary<string, int> counts, string[] values, int[] byOrdinal)
    {
        for (var ordinal = 0; ordinal < values.Length; ordinal++)
        {
            if (byOrdinal[ordinal] is var count and > 0)
            {
                byOrdinal[ordinal] = 0;
                var value = values[ordinal];
                counts[value] = counts.GetValueOrDefault(value) + count;
            }
        }

        Pool.Return(byOrdinal);
    }
}
