using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Counts, over every matching passage, the values of the facet fields (from their doc values),
/// alongside the collector that ranks the hits. Counts are kept by ordinal within a segment
/// and turned into strings when the segment ends, so counting costs no stored-field reads.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly string[] SingleValued = [PassageFields.City, PassageFields.Province, PassageFields.Committee];

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly SortedDocValues?[] _single = new SortedDocValues?[SingleValued.Length];
    private int[][] _singleOrdinals = [];
    private SortedSetDocValues? _types;
    private int[] _typeOrdinals = [];
    private readonly Dictionary<long, int> _yearCounts = [];
    private NumericDocValues? _years;
    private IBits? _hasYear;

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
        var reader = context.AtomicReader;
        _singleOrdinals = new int[SingleValued.Length][];
        for (var i = 0; i < SingleValued.Length; i++)
        {
            _single[i] = reader.GetSortedDocValues(SingleValued[i]);
            _singleOrdinals[i] = new int[_single[i]?.ValueCount ?? 0];
        }

        _types = reader.GetSortedSetDocValues(PassageFields.EntityTypes);
        _typeOrdinals = new int[_types?.ValueCount ?? 0];
        _years = reader.GetNumericDocValues(PassageFields.Year);
        _hasYear = reader.GetDocsWithField(PassageFields.Year);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < SingleValued.Length; i++)
        {
            var ordinal = _single[i]?.GetOrd(doc) ?? -1;
            if (ordinal >= 0)
            {
                _singleOrdinals[i][ordinal]++;
            }
        }

        if (_types is not null)
        {
            _types.SetDocument(doc);
            for (var ordinal = _types.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = _types.NextOrd())
            {
                _typeOrdinals[ordinal]++;
            }
        }

        if (_years is not null && _hasYear is not null && _hasYear.Get(doc))
        {
            var year = _years.Get(doc);
            _yearCounts[year] = _yearCounts.GetValueOrDefault(year) + 1;
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
        var bytes = new BytesRef();
        for (var i = 0; i < _singleOrdinals.Length; i++)
        {
            var values = _single[i];
            if (values is null)
            {
                continue;
            }

            var counts = _counts[SingleValued[i]];
            for (var ordinal = 0; ordinal < _singleOrdinals[i].Length; ordinal++)
            {
                if (_singleOrdinals[i][ordinal] > 0)
                {
                    values.LookupOrd(ordinal, bytes);
                    var value = bytes.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + _singleOrdinals[i][ordinal];
                }
            }
        }

        if (_types is not null)
        {
            var counts = _counts[PassageFields.EntityTypes];
            for (var ordinal = 0; ordinal < _typeOrdinals.Length; ordinal++)
            {
                if (_typeOrdinals[ordinal] > 0)
                {
                    _types.LookupOrd(ordinal, bytes);
                    var value = bytes.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + _typeOrdinals[ordinal];
                }
            }
        }

        var years = _counts[PassageFields.Year];
        foreach (var (year, count) in _yearCounts)
        {
            var value = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            years[value] = years.GetValueOrDefault(value) + count;
        }

        _yearCounts.Clear();
        _singleOrdinals = [];
        _typeOrdinals = [];
        _types = null;
    }
}
