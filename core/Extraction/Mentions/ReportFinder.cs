using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Media coverage (REPORTED_BY): a unit that names a medium (a body of kind 媒体) and a report
/// verb (报道, 推介, 刊登 …). What was reported is the unit's activity, else its initiative, else
/// the section's last initiative when the unit opens with 此项, 该, 这项 (此项工作受到…推介), else the
/// committee speaking.
/// </summary>
internal sealed class ReportFinder(ReportCues cues)
{
    private static readonly string[] Anaphora = ["此项", "这项", "该项", "该"];

    public void Find(UnitReading reading)
    {
        var text = reading.Text;
        if (!cues.Verbs.Any(v => text.Contains(v, StringComparison.Ordinal)))
        {
            return;
        }

        var media = reading.Of(Labels.Body).Where(b => b.Properties.TryGetValue("kind", out var kind) && (string)kind == "媒体").ToList();
        foreach (var medium in media)
        {
            var activity = reading.UnitActivities.LastOrDefault();
            if (activity is not null)
            {
                activity.ReportedBy.Add((medium.Id, reading.Unit, medium.Start, medium.End));
                continue;
            }

            var subject = reading.Of(Labels.Initiative).FirstOrDefault()?.Id
                ?? (Anaphora.Any(a => text.StartsWith(a, StringComparison.Ordinal)) ? reading.State.FirstInitiativeInSection?.Id : null)
                ?? reading.Speaker?.Id;
            if (subject is not null)
            {
                reading.Relate(new RelationFact("REPORTED_BY", subject, medium.Id, reading.Unit, medium.Start, medium.End));
            }
        }
    }
}
