using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Places of the gazetteer named in a unit, disambiguated by context and hierarchy.
/// </summary>
/// <remarks>
/// <para>Candidates are every full name and short form of the gazetteer at every position; the
/// longest accepted one wins. A reading is accepted when:</para>
/// <list type="bullet">
/// <item>a full name of a province, city or county: always, unless the name is an ordinary word of
/// the segmenter's dictionary (城区) or has only two characters (和县 in 委员和县（市、区）政协), which
/// need context;</item>
/// <item>a full name of a town: when it lies in the document's city, follows its own county (阜宁县罗桥镇),
/// or is the only town of that name in China;</item>
/// <item>a short form of a province, city or county (淮安, 涟水): when the place lies in the
/// document's city, or when the short form is a whole word of the sentence and not an ordinary word
/// of the dictionary (a place name, tagged ns, or unknown to it); 射阳 and 响水 are dictionary nouns,
/// so they are read only in a 盐城 context;</item>
/// <item>a short form of a town: only a whole word, unknown to the dictionary, inside the document's
/// county (or after its own county); 三水 is a dictionary word and is not read.</item>
/// </list>
/// <para>Among the accepted readings, the one inside the place just named (阜宁县罗桥镇), then inside
/// the document's county, city, province wins; a short form shared by a place and its own
/// ancestor (淮安 of 淮安市 and 淮安区) means the ancestor. A tie without any context is left
/// unread for counties and towns.</para>
/// </remarks>
internal sealed class PlaceFinder(Gazetteer gazetteer, JiebaSegmenter segmenter)
{
    public void Find(UnitReading reading)
    {
        var context = ContextPlaces(reading);
        var matches = gazetteer.Scan(reading.Text);
        var coveredUntil = 0;
        Place? previous = null;
        var previousEnd = -1;
        foreach (var group in matches.GroupBy(m => m.Start))
        {
            if (group.Key < coveredUntil)
            {
                continue;
            }

            foreach (var match in group.OrderByDescending(m => m.Length))
            {
                var chainParent = previousEnd == match.Start ? previous : null;
                if (Choose(reading, match, context, chainParent) is not { } place)
                {
                    continue;
                }

                var mention = new Mention(Labels.Place, place.Id, place.Name, reading.Unit, match.Start, match.End);
                Describe(mention, place);
                reading.Add(mention);
                coveredUntil = match.End;
                previous = place;
                previousEnd = match.End;
                break;
            }
        }
    }

    /// <summary>Sets a place mention's properties: code, level, and the names of its province and city.</summary>
    public void Describe(Mention mention, Place place)
    {
        mention.Properties["code"] = place.Code;
        mention.Properties["level"] = place.LevelName;
        if (place.Level != PlaceLevel.Province && gazetteer.AtLevel(place, PlaceLevel.Province) is { } province)
        {
            mention.Properties["province"] = province.Name;
        }

        if (place.Level is PlaceLevel.County or PlaceLevel.Town && gazetteer.AtLevel(place, PlaceLevel.City) is { } city)
        {
            mention.Properties["city"] = city.Name;
        }
    }

    /// <summary>
    /// The place a name stands for, given the places the document is about (<paramref name="context"/>,
    /// nearest first) and the place named just before it; null when the name is not read as a place.
    /// </summary>
    public Place? Choose(UnitReading reading, PlaceNameMatch match, IReadOnlyList<Place> context, Place? chainParent)
    {
        var surface = reading.Text.Substring(match.Start, match.Length);
        var aligned = reading.Unit.IsWordBoundary(match.Start) && reading.Unit.IsWordBoundary(match.End);
        var ordinary = IsOrdinaryWord(surface);
        var accepted = new List<(Place Place, double Score)>();
        foreach (var reading1 in match.Candidates)
        {
            var place = reading1.Place;
            var inContext = InContext(place, context);
            var underChain = chainParent is not null && gazetteer.IsWithin(place, chainParent) && place.Code != chainParent.Code;
            var ok = reading1.IsShort
                ? place.Level switch
                {
                    PlaceLevel.Town => aligned && !IsWord(surface, allowPlaceName: false) && (underChain || InCounty(place, context)),
                    _ => inContext || underChain || (aligned && !ordinary),
                }
                : place.Level switch
                {
                    PlaceLevel.Town => inContext || underChain || match.Candidates.Count(c => !c.IsShort && c.Place.Level == PlaceLevel.Town) == 1,
                    _ => (!ordinary && surface.Length > 2) || inContext || underChain,
                };
            if (!ok)
            {
                continue;
            }

            var score = (underChain ? 5 : 0) + ContextScore(place, context) + (reading1.IsShort ? 0 : 0.5);
            accepted.Add((place, score));
        }

        // A short form shared by a place and its ancestor means the ancestor (淮安: 淮安市, not 淮安区).
        accepted.RemoveAll(a => accepted.Any(b => b.Place.Code != a.Place.Code && gazetteer.IsWithin(a.Place, b.Place)));
        if (accepted.Count == 0)
        {
            return null;
        }

        var best = accepted.MaxBy(a => a.Score);
        var tied = accepted.Where(a => a.Score == best.Score && a.Place.Code != best.Place.Code).ToList();
        if (tied.Count > 0 && best.Score < 1)
        {
            // No context tells them apart: keep a province or city (they rarely share names), drop the rest.
            return best.Place.Level is PlaceLevel.Province or PlaceLevel.City && tied.All(t => t.Place.Level > best.Place.Level)
                ? best.Place
                : null;
        }

        return best.Place;
    }

    /// <summary>The places the unit is read against: its speaker's, then the issuer's, each with its ancestors.</summary>
    public IReadOnlyList<Place> ContextPlaces(UnitReading reading)
    {
        var places = new List<Place>();
        foreach (var committee in new[] { reading.Speaker ?? reading.State.Speaker, reading.Context.Issuer })
        {
            if (committee?.Place is { } place)
            {
                foreach (var p in gazetteer.Ancestors(place).Prepend(place))
                {
                    if (!places.Exists(x => x.Code == p.Code))
                    {
                        places.Add(p);
                    }
                }
            }
        }

        return places;
    }

    private bool InContext(Place place, IReadOnlyList<Place> context) =>
        context.Any(c => c.Level is PlaceLevel.City or PlaceLevel.County && gazetteer.IsWithin(place, c))
        || context.Any(c => c.Code == place.Code);

    private bool InCounty(Place place, IReadOnlyList<Place> context) =>
        context.Any(c => c.Level == PlaceLevel.County && gazetteer.IsWithin(place, c));

    private double ContextScore(Place place, IReadOnlyList<Place> context)
    {
        double best = 0;
        foreach (var c in context)
        {
            if (!gazetteer.IsWithin(place, c))
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

    private bool IsOrdinaryWord(string word) => IsWord(word, allowPlaceName: true);

    // A word of the segmenter's dictionary; with allowPlaceName, words tagged as place names do not count.
    private bool IsWord(string word, bool allowPlaceName) =>
        segmenter.Contains(word) && !(allowPlaceName && segmenter.Tag(word) == "ns");
}
