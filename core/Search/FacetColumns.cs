using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The facet values of every document of one index segment, read once from its doc values and
/// packed into two columns: each document's <em>profile</em>, the ordinal of its combination of
/// the single-valued fields' values and its year, and its set of entity types. The passages of
/// one document share their city, province and year (and mostly their committee), and few sets
/// of entity types occur, so a segment has far fewer of either than passages: a search counts a
/// match with two array reads and two increments in small arrays (<see cref="FacetCounter"/>),
/// and expands the counts into values once at the end. A segment never changes once
/// written, so its columns are kept as long as the segment is open (keyed by its core,
/// <see cref="ConditionalWeakTable{TKey, TValue}"/>).
/// </summary>
/// <remarks>Eight bytes a passage plus the profiles and sets, read when a search first meets the segment. Thread-safe.</remarks>
internal sealed class FacetColumns
{
    private static readonly ConditionalWeakTable<object, FacetColumns> Kept = new();

    private FacetColumns(AtomicReader reader, IReadOnlyList<string> singleValued)
    {
        var size = reader.MaxDoc;
        var singles = singleValued.Select(reader.GetSortedDocValues).ToArray();
        var bytes = new BytesRef();
        SingleValues = singles.Select(v => Values(v?.ValueCount ?? 0, (ordinal, b) => v!.LookupOrd((int)ordinal, b), bytes)).ToArray();
        var types = reader.GetSortedSetDocValues(PassageFields.EntityTypes);
        TypeValues = Values((int)(types?.ValueCount ?? 0), (ordinal, b) => types!.LookupOrd(ordinal, b), bytes);
        var years = reader.GetNumericDocValues(PassageFields.Year);
        var hasYear = reader.GetDocsWithField(PassageFields.Year);
        var yearOrdinals = new Dictionary<long, int>();

        // A profile as ints: the single-valued fields' ordinals, then the year's; a set of types as its ordinals.
        Profile = new int[size];
        TypeSet = new int[size];
        var profiles = new Combinations();
        var typeSets = new Combinations();
        var scratch = new List<int>();
        for (var doc = 0; doc < size; doc++)
        {
            scratch.Clear();
            foreach (var values in singles)
            {
                scratch.Add(values?.GetOrd(doc) ?? -1);
            }

            var year = -1;
            if (years is not null && hasYear is not null && hasYear.Get(doc))
            {
                var value = years.Get(doc);
                if (!yearOrdinals.TryGetValue(value, out year))
                {
                    yearOrdinals[value] = year = yearOrdinals.Count;
                }
            }

            scratch.Add(year);
            Profile[doc] = profiles.Ordinal(scratch);
            scratch.Clear();
            if (types is not null)
            {
                types.SetDocument(doc);
                for (var ordinal = types.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = types.NextOrd())
                {
                    scratch.Add((int)ordinal);
                }
            }

            TypeSet[doc] = typeSets.Ordinal(scratch);
        }

        Profiles = profiles.Listed;
        TypeSets = typeSets.Listed;
        YearValues = yearOrdinals.OrderBy(y => y.Value).Select(y => y.Key.ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>The profile of each document.</summary>
    public int[] Profile { get; }

    /// <summary>
    /// Each profile's ordinals: one per single-valued field (−1 when the document has no value),
    /// then the year's (−1 when none).
    /// </summary>
    public int[][] Profiles { get; }

    /// <summary>The set of entity types of each document.</summary>
    public int[] TypeSet { get; }

    /// <summary>Each set's type ordinals.</summary>
    public int[][] TypeSets { get; }

    /// <summary>By single-valued field, the value of each ordinal.</summary>
    public string[][] SingleValues { get; }

    public string[] TypeValues { get; }

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

    // Distinct lists of ints, numbered in the order first met.
    private sealed class Combinations : IEqualityComparer<int[]>
    {
        private readonly Dictionary<int[], int> _ordinals;
        private readonly List<int[]> _listed = [];

        public Combinations() => _ordinals = new Dictionary<int[], int>(this);

        public int[][] Listed => [.. _listed];

        public int Ordinal(List<int> values)
        {
            var key = values.ToArray();
            if (!_ordinals.TryGetValue(key, out var ordinal))
            {
                _ordinals[key] = ordinal = _listed.Count;
                _listed.Add(key);
            }

            return ordinal;
        }

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] values)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
