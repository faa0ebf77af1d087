using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>
/// The document's passages for the full-text index: one per sentence and one per heading
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

        var passages = new List<Passage>(readings.Count);
        foreach (var reading in readings)
        {
            var unit = reading.Unit;
            var (start, end) = text.OriginalSpan(unit);
            var place = reading.Speaker?.Place;
            passages.Add(new Passage(unit.Id, text.DocumentId, unit.SectionId, unit.Text, start, end)
            {
                Committee = reading.Speaker?.Name,
                City = place is null ? null : gazetteer.AtLevel(place, PlaceLevel.City)?.Name,
                Province = place is null ? null : gazetteer.AtLevel(place, PlaceLevel.Province)?.Name,
                Year = reading.Year,
                EntityIds = idsByUnit[unit],
            });
        }

        return passages;
    }
}
