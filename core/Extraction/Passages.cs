using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>
/// The document's passages for the full-text index: one per sentence (however many pieces it was
/// read in) and one per heading
/// (<c>{sectionId}:h</c>), with offsets in the original text, the committee speaking and its
/// city and province (a county committee's passage carries its county's city), the year the
/// passage is about, and the entities it names.
/// </summary>
internal static class Passages
{
    public static List<Passage> Build(IReadOnlyList<UnitReading> readings, DocumentFindings findings, DocumentText text, IReadOnlyCollection<Node> nodes, Gazetteer gazetteer)
    {
        var known = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var idsByUnit = new Dictionary<TextUnit, List<string>>();
        foreach (var reading in readings)
        {
            idsByUnit[reading.Unit] = [];
        }

        foreach (var mention in findings.Mentions.Where(m => !m.Implied && known.Contains(m.Id)))
        {
            if (idsByUnit.TryGetValue(mention.Unit, out var ids) && !ids.Contains(mention.Id))
            {
                ids.Add(mention.Id);
            }
        }

        // A long sentence is read in pieces that share its id: one passage for all of them.
        var passages = new List<Passage>(readings.Count);
        for (var k = 0; k < readings.Count;)
        {
            var first = readings[k];
            var unit = first.Unit;
            var pieces = new List<UnitReading> { first };
            while (++k < readings.Count && readings[k].Unit.Id == unit.Id)
            {
                pieces.Add(readings[k]);
            }

            var (start, _) = text.OriginalSpan(unit);
            var (_, end) = text.OriginalSpan(pieces[^1].Unit);
            var place = first.Speaker?.Place;
            // Most sentences are read in one piece: their text and ids (already distinct) as they are.
            var whole = pieces.Count == 1;
            passages.Add(new Passage(unit.Id, text.DocumentId, unit.SectionId, whole ? unit.Text : string.Concat(pieces.Select(p => p.Unit.Text)), start, end)
            {
                Committee = first.Speaker?.Name,
                City = place is null ? null : gazetteer.AtLevel(place, PlaceLevel.City)?.Name,
                Province = place is null ? null : gazetteer.AtLevel(place, PlaceLevel.Province)?.Name,
                Year = first.Year,
                EntityIds = whole ? idsByUnit[unit].ToArray() : pieces.SelectMany(p => idsByUnit[p.Unit]).Distinct().ToArray(),
            });
        }

        return passages;
    }
}
