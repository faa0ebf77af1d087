using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>The document's context places, and where a reading lies among them.</summary>
internal sealed partial class PlaceFinder
{
    /// <summary>The places the unit is read against: its speaker's, the issuer's and the document's, each with its ancestors.</summary>
    public IReadOnlyList<Place> ContextPlaces(UnitReading reading)
    {
        var places = new List<Place>();
        AddWithAncestors(places, (reading.Speaker ?? reading.State.Speaker)?.Place);
        AddWithAncestors(places, reading.Context.Issuer?.Place);
        AddWithAncestors(places, reading.Context.Place);
        return places;
    }

    // Adds the place, then its ancestors nearest first, each once (by code).
    private void AddWithAncestors(List<Place> places, Place? place)
    {
        if (place is null)
        {
            return;
        }

        AddOnce(places, place);
        var ancestors = gazetteer.Ancestors(place);
        for (var i = 0; i < ancestors.Count; i++)
        {
            AddOnce(places, ancestors[i]);
        }
    }

    private static void AddOnce(List<Place> places, Place place)
    {
        if (!IsAny(place, places))
        {
            places.Add(place);
        }
    }

    // In a city or county of the context (or one of its places itself).
    private static bool InContext(PlaceChain place, IReadOnlyList<Place> context) =>
        WithinAny(place, context, c => c.Level is PlaceLevel.City or PlaceLevel.County) || IsAny(place.Place, context);

    private static bool InProvince(PlaceChain place, IReadOnlyList<Place> context) =>
        WithinAny(place, context, c => c.Level == PlaceLevel.Province);

    private static bool InCounty(PlaceChain place, IReadOnlyList<Place> context) =>
        WithinAny(place, context, c => c.Level == PlaceLevel.County);

    private static bool InCityOrCounty(PlaceChain place, IReadOnlyList<Place> context) =>
        WithinAny(place, context, c => c.Level is PlaceLevel.City or PlaceLevel.County)
        || WithinAny(place, context, c => c.Level == PlaceLevel.Province && IsMunicipality(c));

    // Whether the place lies inside one of the context places that pass the filter. An indexed loop
    // over a static filter rather than context.Any with a closure (two allocations): it runs for
    // every reading of every name.
    private static bool WithinAny(PlaceChain place, IReadOnlyList<Place> context, Func<Place, bool> filter)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (filter(context[i]) && place.IsWithin(context[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAny(Place place, IReadOnlyList<Place> context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context[i].Code == place.Code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMunicipality(Place province) => province.Name is "北京市" or "天津市" or "上海市" or "重庆市";

    private static double ContextScore(PlaceChain place, IReadOnlyList<Place> context)
    {
        double best = 0;
        for (var i = 0; i < context.Count; i++)
        {
            var c = context[i];
            if (!place.IsWithin(c))
            {
                continue;
            }

            best = Math.Max(best, c.Level switch
            {
                PlaceLevel.County => 3,
                PlaceLevel.City => 2,
                PlaceLevel.Province => 1,
                _ => 4,
            });
        }

        return best;
    }
}
