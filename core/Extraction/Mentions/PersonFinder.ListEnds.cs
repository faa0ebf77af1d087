using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Where a list of names after a title gives way to places: 委员某甲、某乙、高沟、唐集等镇的委员 names two
/// people, then two towns of the document's own county.
/// </summary>
internal sealed partial class PersonFinder
{
    // What 等 closes when the items before it are places (高沟、唐集等镇, 等乡镇, 等村, 等街道, 等地).
    private static readonly string[] PlaceKinds = ["镇", "乡", "村", "街道", "地"];

    // The names of a titled list without its closing run of places of the document's city (its towns,
    // its counties) when the run holds two or more or 等 follows it (某乙、高沟、唐集: one such item
    // between names, 乌兰、某丙, stays a name), and, before 等镇 and the like, without the last item and
    // the places before it.
    private List<(string Name, int Start, int End)> EndAtPlaces(UnitReading reading, List<(string Name, int Start, int End)> people)
    {
        var text = reading.Text;
        var list = people.ToList();
        if (HomeArea(reading) is { } home)
        {
            var kept = list.Count;
            while (kept > 1 && gazetteer.Named(list[kept - 1].Name).Any(n => gazetteer.IsWithin(n.Place, home)))
            {
                kept--;
            }

            if (list.Count - kept >= 2 || kept < list.Count && Follows(text, list[^1].End, "等"))
            {
                list.RemoveRange(kept, list.Count - kept);
            }
        }

        if (list.Count > 0 && Follows(text, list[^1].End, "等") && PlaceKinds.Any(k => Follows(text, list[^1].End + 1, k)))
        {
            list.RemoveAt(list.Count - 1);
            while (list.Count > 0 && gazetteer.Named(list[^1].Name).Count > 0)
            {
                list.RemoveAt(list.Count - 1);
            }
        }

        return list;
    }

    // The city of the document's place (the committee speaking's, else the issuer's), or the place
    // itself when it is a city or county; none for a province (its towns are too many to rule names out).
    private Place? HomeArea(UnitReading reading)
    {
        var place = reading.Speaker?.Place ?? reading.Context.IssuerPlace;
        return place is null || place.Level == PlaceLevel.Province ? null : gazetteer.AtLevel(place, PlaceLevel.City) ?? place;
    }
}
