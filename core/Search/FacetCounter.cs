using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Counts, over every matching passage, the values of the facet fields, alongside the collector
/// that ranks the hits. Counts are kept by ordinal within a segment, read from the segment's
/// <see cref="FacetColumns"/>, and turned into strings when the segment ends, so counting costs
/// no stored-field reads and no doc-values decoding per passage.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly string[] SingleValued = [PassageFields.City, PassageFields.Province, PassageFields.Committee];

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private FacetColumns? _columns;
    private int[][] _singleCounts = [];
    private int[] _typeCounts = [];
    private int[] _yearCounts = [];

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
        _singleCounts = _columns.SingleValues.Select(v => new int[v.Length]).ToArray();
        _typeCounts = new int[_columns.TypeValues.Length];
        _yearCounts = new int[_columns.YearValues.Length];
    }

    public void Collect(int doc)
    {
        var columns = _columns!;
        for (var i = 0; i < _singleCounts.Length; i++)
        {
            var ordinal = columns.Single[i][doc];
            if (ordinal >= 0)
            {
                _singleCounts[i][ordinal]++;
            }
        }

        for (var at = columns.TypeStart[doc]; at < columns.TypeStart[doc + 1]; at++)
        {
            _typeCounts[columns.TypeOrdinals[at]]++;
        }

        var year = columns.Year[doc];
        if (year >= 0)
        {
            _yearCounts[year]++;
        }
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

    private void FlushSegment()
    {
        if (_columns is null)
        {
            return;
        }

        for (var i = 0; i < _singleCounts.Length; i++)
        {
            Add(_counts[SingleValued[i]], _columns.SingleValues[i], _singleCounts[i]);
        }

        Add(_counts[PassageFields.EntityTypes], _columns.TypeValues, _typeCounts);
        Add(_counts[PassageFields.Year], _columns.YearValues, _yearCounts);
        _columns = null;
    }

    private static void Add(Dictionary<string, int> counts, string[] values, int[] byOrdinal)
    {
        for (var ordinal = 0; ordinal < byOrdinal.Length; ordinal++)
        {
            if (byOrdinal[ordinal] > 0)
            {
                counts[values[ordinal]] = counts.GetValueOrDefault(values[ordinal]) + byOrdinal[ordinal];
            }
        }
    }
}
