using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>The places a relative committee (市政协, 区政协) is resolved through: the city above a county-level city, the county a story names most.</summary>
internal sealed partial class IssuerFinder
{
    // True when the text names, anywhere, the city above the county-level city <paramref name="home"/> or
    // another county of that city; the city named only in a list beside the county-level city itself
    // (省委…、某地级市委…、本市市委…全会精神: the meetings of every level a county-level city's committee
    // relays) does not count, nor a city whose meeting's spirit is relayed (传达学习宁德市政协提案工作座谈会精神: the body above).
    private bool NamesMoreOfCity(Place home, IReadOnlyList<Place> context, DocumentText text) =>
        text.Units.Any(unit =>
        {
            var read = places.Read(unit, context);
            return read.Any(p => (p.Place.Code == home.ParentCode && !ListedBeside(unit.Text, p.Start, read.Where(h => h.Place.Code == home.Code).Select(h => h.Start))
                    && !InRelayedSpirit(unit.Text, p.Start))
                || (p.Place.Level == PlaceLevel.County && p.Place.ParentCode == home.ParentCode && p.Place.Code != home.Code));
        });

    // True when the place at <paramref name="start"/> is inside 传达…精神 in its clause: a meeting held above whose spirit is relayed.
    private static bool InRelayedSpirit(string text, int start)
    {
        var from = text.LastIndexOfAny(['，', ',', '。', '；', ';'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(['，', ',', '。', '；', ';'], start) is var end and >= 0 ? end : text.Length;
        return text.AsSpan(from, start - from).Contains("传达", StringComparison.Ordinal) && text.AsSpan(start, to - start).Contains("精神", StringComparison.Ordinal);
    }

    // True when a place at <paramref name="start"/> stands in one 、 list with a place at one of <paramref name="others"/>.
    private static bool ListedBeside(string text, int start, IEnumerable<int> others) =>
        others.Any(other =>
        {
            var (from, to) = other < start ? (other, start) : (start, other);
            var between = text.AsSpan(from, to - from);
            return between.Contains('、') && between.IndexOfAny('，', '。', '；') < 0;
        });

    // The county-level place inside the city <paramref name="home"/> the text names most, itself or
    // through its towns (its short form counts, read in the city's context), or null when none or a tie.
    private Place? NamedCounty(Place home, IReadOnlyList<Place> context, DocumentText text)
    {
        if (home.Level is not (PlaceLevel.City or PlaceLevel.Province))
        {
            return null;
        }

        // In a story whose place stays at the province (州政协 in a story naming 云南省 and 香格里拉市), the
        // city or prefecture the text names most, itself or through its counties; in a municipality
        // (区政协 in a story naming 天津 and 河北区), its district.
        var counts = new Dictionary<string, (Place Place, int Count)>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var (_, _, read) in places.Read(unit, context))
            {
                // A town (集士港镇) names its county; a county, in a province, its city.
                var place = read.Level == PlaceLevel.Town ? gazetteer.Parent(read) : read;
                if (home.Level == PlaceLevel.Province && place is { Level: PlaceLevel.County } && place.ParentCode != home.Code)
                {
                    place = gazetteer.Parent(place);
                }

                if (place is { Level: PlaceLevel.City or PlaceLevel.County } && place.ParentCode == home.Code)
                {
                    counts[place.Code] = (place, counts.GetValueOrDefault(place.Code).Count + 1);
                }
            }
        }

        var ranked = counts.Values.OrderByDescending(c => c.Count).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Count > ranked[1].Count) ? ranked[0].Place : null;
    }
}
