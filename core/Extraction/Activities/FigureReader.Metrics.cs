using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Output figures (问题建议1648条) kept as metrics of the activity they measure.</summary>
internal sealed partial class FigureReader
{
    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:余|多)?(?:件|条|篇|个|项|人|万人)")]
    private static partial Regex OutputFigure();

    // Output figures (收集问题建议1648条) in a unit go to the activity nearest before them, else after.
    public static void AttachMetrics(UnitReading reading, List<(ActivityDraft Draft, ActivityTrigger Trigger)> drafts)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var text = reading.Text;
        foreach (Match match in OutputFigure().Matches(text))
        {
            // The activity before the figure that does not itself hold it, else the first after it.
            var owner = drafts.LastOrDefault(d => d.Trigger.End <= match.Index && !(d.Trigger.Start <= match.Index && match.Index < d.Trigger.End)).Draft
                ?? drafts.FirstOrDefault(d => !(d.Trigger.Start <= match.Index && match.Index < d.Trigger.End)).Draft;
            if (owner is null || owner.Value is { } own && text.AsSpan(match.Index).StartsWith(own.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                continue;
            }

            var clause = reading.Unit.ClauseAt(match.Index);
            var metric = text[clause.Start..clause.End];
            if (!owner.Metrics.Contains(metric))
            {
                owner.Metrics.Add(metric);
            }
        }
    }
}
