using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>A count that completes an activity already named, in its clause or just before in the paragraph.</summary>
internal sealed partial class ActivityFinder
{
    // A count that measures an activity already named: in the same clause, or the paragraph's last
    // uncounted activity whose title names the count's action.
    private ActivityDraft? Merge(UnitReading reading, List<(ActivityDraft Draft, ActivityTrigger Trigger)> drafts, ActivityTrigger trigger)
    {
        // 开展调研视察活动…形成调研视察报告20篇: papers written, counted with their own noun, are not the count of the
        // activity named before them (only of one they are read inside).
        var ownPapers = trigger.Unit is "篇" or "份" && trigger.Object is { Length: > 0 };
        var clause = reading.Unit.ClauseAt(trigger.Start);
        foreach (var (draft, other) in drafts)
        {
            var overlapping = other.Start < trigger.End && trigger.Start < other.End;
            var sameClause = reading.Unit.ClauseAt(other.Start) == clause || overlapping;
            if (!sameClause)
            {
                continue;
            }

            if (trigger.IsFigure && draft.Value is null && !(ownPapers && !overlapping))
            {
                Complete(draft, trigger);
                return draft;
            }

            if (!trigger.IsFigure && other.IsFigure && draft.Name is null && trigger.Name is not null)
            {
                // 开展文史“四进”活动40余场次: the title of the count read before it.
                draft.Name = trigger.Name;
                return draft;
            }

            if (!trigger.IsFigure && other.Start < trigger.End && trigger.Start < other.End)
            {
                // 组织开展10个课题专题调研: the campaign read over a count is that count's activity.
                draft.Object ??= trigger.Object;
                return draft;
            }

            if (!trigger.IsFigure && draft.Name is not null && draft.Object is null)
            {
                // 以“新春第一会”形式召开作风建设大会: the meeting the title names.
                draft.Object = trigger.Object;
                return draft;
            }
        }

        if (!trigger.IsFigure || ownPapers)
        {
            return null;
        }

        var actionWords = cues.Kinds.FirstOrDefault(k => k.Kind == trigger.Kind)?.Words ?? [];
        // The last few activities of the paragraph only: a count completes something just said.
        for (var k = reading.State.ParagraphActivities.Count - 1; k >= Math.Max(0, reading.State.ParagraphActivities.Count - MergeLookBack); k--)
        {
            var candidate = reading.State.ParagraphActivities[k];
            if (candidate.Value is not null)
            {
                continue;
            }

            var described = (candidate.Name ?? "") + (candidate.Object ?? "");
            if (actionWords.Any(w => described.Contains(w, StringComparison.Ordinal)))
            {
                Complete(candidate, trigger);
                return candidate;
            }
        }

        return null;
    }

    private static void Complete(ActivityDraft draft, ActivityTrigger figure)
    {
        draft.Value = figure.Value;
        draft.Unit = figure.Unit;
        if (figure.Object is { Length: > 0 } objectText && (draft.Name is not null || draft.Object is null))
        {
            draft.Object = objectText;
        }

        if (draft.Kind is "活动" or "会议")
        {
            draft.Kind = figure.Kind;
        }
    }
}
