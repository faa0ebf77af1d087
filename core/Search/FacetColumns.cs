using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The facet values of every document of one index segment, read once from its doc values into
/// plain arrays: for each single-valued field the value's ordinal by document (−1 when none), the
/// entity types of each document as a run of ordinals, and the year's ordinal. A segment never
/// changes once written, so its columns are kept as long as the segment is open (keyed by its
/// core, <see cref="ConditionalWeakTable{TKey, TValue}"/>) and a search counts facets by array
/// lookups instead of decoding doc values passage by passage.
/// </summary>
/// <remarks>About 25–30 bytes a passage (a 100 MB corpus, 840,000 passages: some 25 MB), read when a search first meets the segment. Thread-safe.</remarks>
internal sealed class FacetColumns
{
    private static readonly ConditionalWeakTable<object, FacetColumns> Kept = new();

    private FacetColumns(AtomicReader reader, IReadOnlyList<string> singleValued)
    {
        var size = reader.MaxDoc;
        Single = new int[singleValued.Count][];
        SingleValues = new string[singleValued.Count][];
        var bytes = new BytesRef();
        for (var i = 0; i < singleValued.Count; i++)
        {
            var values = reader.GetSortedDocValues(singleValued[i]);
            var ordinals = new int[size];
            Array.Fill(ordinals, -1);
            if (values is not null)
            {
                for (var doc = 0; doc < size; doc++)
                {
                    ordinals[doc] = values.GetOrd(doc);
                }
            }

            Single[i] = ordinals;
            SingleValues[i] = Values(values?.ValueCount ?? 0, (ordinal, b) => values!.LookupOrd((int)ordinal, b), bytes);
        }

        TypeStart = new int[size + 1];
        var types = reader.GetSortedSetDocValues(PassageFields.EntityTypes);
        var ordinalsOfTypes = new List<int>();
        for (var doc = 0; doc < size; doc++)
        {
            TypeStart[doc] = ordinalsOfTypes.Count;
            if (types is not null)
            {
                types.SetDocument(doc);
                for (var ordinal = types.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = types.NextOrd())
                {
                    ordinalsOfTypes.Add((int)ordinal);
                }
            }
        }

        TypeStart[size] = ordinalsOfTypes.Count;
        TypeOrdinals = [.. ordinalsOfTypes];
        TypeValues = Values((int)(types?.ValueCount ?? 0), (ordinal, b) => types!.LookupOrd(ordinal, b), bytes);

        Year = new int[size];
        Array.Fill(Year, -1);
        var years = reader.GetNumericDocValues(PassageFields.Year);
        var hasYear = reader.GetDocsWithField(PassageFields.Year);
        var yearOrdinals = new Dictionary<long, int>();
        if (years is not null && hasYear is not null)
        {
            for (var doc = 0; doc < size; doc++)
            {
                if (hasYear.Get(doc))
                {
                    var year = years.Get(doc);
                    if (!yearOrdinals.TryGetValue(year, out var ordinal))
                    {
                        yearOrdinals[year] = ordinal = yearOrdinals.Count;
                    }

                    Year[doc] = ordinal;
                }
            }
        }

        YearValues = yearOrdinals.OrderBy(y => y.Value).Select(y => y.Key.ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>By single-valued field, the ordinal of each document's value, −1 when it has none.</summary>
    public int[][] Single { get; }

    /// <summary>By single-valued field, the value of each ordinal.</summary>
    public string[][] SingleValues { get; }

    /// <summary>Where each document's entity types start in <see cref="TypeOrdinals"/> (one more entry than documents).</summary>
    public int[] TypeStart { get; }

    public int[] TypeOrdinals { get; }

    public string[] TypeValues { get; }

    /// <summary>The ordinal of each document's year, −1 when it has none.</summary>
    public int[] Year { get; }

    public string[] YearValues { get; }

    /// <summary>The columns of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static FacetColumns Of(AtomicReader reader, IReadOnlyList<string> singleValued) =>
        Kept.GetValue(reader.CoreCacheKey, _ => new FacetColumns(reader, singleValued));

    private static string[] Values(int count, Action<long, BytesRef> lookup, BytesRef bytes)
    {
        var values = new string[count];
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            lookup(ordinal, bytes);
            values[ordinal] = bytes.Utf8ToString();
        }

        return values;
    }
}
