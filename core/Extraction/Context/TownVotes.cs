using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The county a text's towns lie in: 县政协副主席某某调研沿渡河镇, 区政协…徐泾镇、金泽镇. County and district news names
/// the towns, townships and streets (镇, 乡, 街道, 苏木) of its own ground far more often than the county itself; a city
/// committee's (市政协…来到孟河镇、湖塘镇、直溪镇) names those of its districts and counties.
/// </summary>
/// <remarks>
/// Only a town's full name counts, at least three characters with its ending, starting on a word boundary of the
/// sentence. A name several towns share (城关镇 in hundreds of counties) gives each of their counties an equal share
/// of one vote, so a county needs the weight of one town named nowhere else (or of two common ones that agree), and
/// twice the votes of any other county.
/// </remarks>
internal static class TownVotes
{
    private static readonly string[] Endings = ["镇", "乡", "街道", "苏木"];

    /// <summary>
    /// The county (of <paramref name="level"/>: 县, 区, 旗; for 市 a county-level city or the city above) within <paramref name="within"/>
    /// (or anywhere when null) that the text's town names point to, or null when they point nowhere clearly.
    /// </summary>
    public static Place? County(DocumentText text, Gazetteer gazetteer, char level, Place? within)
    {
        var votes = new Dictionary<string, (Place County, double Weight)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var match in unit.PlaceNames(gazetteer))
            {
                if (match.Length < 3 || !unit.IsWordBoundary(match.Start)
                    || !Endings.Any(e => unit.Text.AsSpan(match.Start, match.Length).EndsWith(e, StringComparison.Ordinal))
                    || !seen.Add(unit.Text.Substring(match.Start, match.Length)))
                {
                    continue;
                }

                var towns = match.Candidates.Where(c => !c.IsShort && !c.IsFormer && c.Place.Level == PlaceLevel.Town).Select(c => c.Place).ToList();
                if (towns.Count == 0)
                {
                    continue;
                }

                foreach (var town in towns)
                {
                    foreach (var (seat, share) in Seats(gazetteer, town, level))
                    {
                        if (within is null || gazetteer.IsWithin(seat, within))
                        {
                            votes[seat.Code] = (seat, votes.GetValueOrDefault(seat.Code).Weight + share / towns.Count);
                        }
                    }
                }
            }
        }

        var ranked = votes.Values.OrderByDescending(v => v.Weight).ToList();
        return ranked.Count > 0 && ranked[0].Weight >= 0.99 && (ranked.Count == 1 || ranked[0].Weight >= 2 * ranked[1].Weight) ? ranked[0].County : null;
    }

    // The places whose committee a town's relative committee of that level can be, with the share of the town's vote each
    // takes: its county when the county is of the level (县, 区, 旗; 市 for a county-level city); for 市 also the city above
    // (a prefecture's or a municipality's), whole for a town of its districts and counties, half for one of its
    // county-level cities (whose own 市政协 is the likelier reading there).
    private static IEnumerable<(Place Seat, double Share)> Seats(Gazetteer gazetteer, Place town, char level)
    {
        if (gazetteer.Parent(town) is not { } county)
        {
            yield break;
        }

        var own = county.Name.EndsWith(level);
        if (own)
        {
            yield return (county, 1);
        }

        if (level == '市' && gazetteer.Parent(county) is { } city && city.Name.EndsWith('市'))
        {
            yield return (city, own ? 0.5 : 1);
        }
    }
}
