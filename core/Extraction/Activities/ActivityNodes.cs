using System.Globalization;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// Turns the document's activity drafts into Activity mentions and their relations (CONDUCTED,
/// ABOUT, HELD_ON, LOCATED_IN, LEADS, REPORTED_BY).
/// </summary>
/// <remarks>
/// Ids are <c>activity:{lead committee}:{kind}:{title or object}:{year}</c> (政协淮安市委员会:走访:
/// 助力民营经济健康发展、高质量发展:2023), so the same activity read again gets the same id; two
/// different counts that would share an id are told apart by their figure (<c>…:19次</c>).
/// </remarks>
internal static class ActivityNodes
{
    // 福州市政协举行6场界别联组特色活动 above …举行了6场界别（联组）特色活动: a headline that repeats
    // a count of the text is the same activity, its headline one more piece of evidence; so is a headline's 提交提案344件
    // over the body's 收到提案344件 (the proposals members put forward are those the committee received).
    private static IEnumerable<ActivityDraft> WithoutHeadlineRepeats(List<ActivityDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            var inHeadline = draft.Value is not null && draft.Spans.All(s => s.Unit.IsHeading);
            var twin = inHeadline
                ? drafts.FirstOrDefault(d => d != draft && SameCount(d, draft) && d.Spans.Any(s => !s.Unit.IsHeading))
                : null;
            if (twin is null)
            {
                yield return draft;
            }
            else
            {
                twin.Spans.AddRange(draft.Spans);
            }
        }
    }

    private static bool SameCount(ActivityDraft one, ActivityDraft other) =>
        one.Value == other.Value && one.Unit == other.Unit && KindOfProposalsPutForward(one.Kind) == KindOfProposalsPutForward(other.Kind);

    // 提出 and 收到 of the same proposals are one count; any other kind is only itself.
    private static string KindOfProposalsPutForward(string kind) => kind is "提出" or "收到" ? "提出" : kind;

    public static void Add(IEnumerable<ActivityDraft> drafts, DocumentFindings findings)
    {
        var values = new Dictionary<string, (double?, string?)>(StringComparer.Ordinal);
        var topics = new TopicFallback(findings);
        foreach (var draft in WithoutHeadlineRepeats(drafts.ToList()))
        {
            if (draft.Conductors.Count == 0 && !draft.CommitteeUnnamed)
            {
                // Nobody on a committee's side did it (a government report's own figures): not an activity of this graph.
                continue;
            }

            topics.Fill(draft);
            // A committee the text does not name is its document's own: its activities stay apart from other documents'.
            var lead = draft.LeadId is { } leadId ? leadId[(leadId.IndexOf(':') + 1)..] : "未知（" + DocumentOf(draft.Spans[0].Unit) + "）";
            var key = Key(draft.Name ?? draft.Object ?? draft.Kind);
            var year = draft.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
            var id = $"activity:{lead}:{draft.Kind}:{key}:{year}";
            if (values.TryGetValue(id, out var seen) && seen != (draft.Value, draft.Unit))
            {
                id += string.Create(CultureInfo.InvariantCulture, $":{draft.Value}{draft.Unit}");
            }

            values.TryAdd(id, (draft.Value, draft.Unit));
            var name = draft.Name ?? draft.Object ?? draft.Kind;
            foreach (var (unit, start, end) in draft.Spans)
            {
                var mention = new Mention(Labels.Activity, id, name, unit, start, end);
                Describe(mention, draft);
                findings.Add(mention);
            }

            var (firstUnit, firstStart, firstEnd) = draft.Spans[0];
            foreach (var (conductor, role) in draft.Conductors.Distinct())
            {
                var fact = new RelationFact("CONDUCTED", conductor, id, firstUnit, firstStart, firstEnd);
                if (role is not null)
                {
                    fact.Properties["role"] = role;
                }
                else if (draft.Scope is not null)
                {
                    fact.Properties["role"] = "牵头";
                }

                findings.Relations.Add(fact);
            }

            foreach (var topic in draft.TopicIds)
            {
                findings.Relations.Add(new RelationFact("ABOUT", id, topic, firstUnit, firstStart, firstEnd));
            }

            if (draft.DateId is { } date)
            {
                findings.Relations.Add(new RelationFact("HELD_ON", id, date, firstUnit, firstStart, firstEnd));
            }

            if (draft.PlaceId is { } place)
            {
                findings.Relations.Add(new RelationFact("LOCATED_IN", id, place, firstUnit, firstStart, firstEnd));
            }

            if (draft.LeaderId is { } leader)
            {
                findings.Relations.Add(new RelationFact("LEADS", leader, id, firstUnit, firstStart, firstEnd));
            }

            foreach (var (body, unit, start, end) in draft.ReportedBy)
            {
                findings.Relations.Add(new RelationFact("REPORTED_BY", id, body, unit, start, end));
            }
        }
    }

    private static void Describe(Mention mention, ActivityDraft draft)
    {
        mention.Properties["kind"] = draft.Kind;
        if (draft.Year is { } year)
        {
            mention.Properties["year"] = (long)year;
        }

        if (draft.Value is { } value)
        {
            mention.Properties["value"] = value;
        }

        if (draft.Unit is { } unit)
        {
            mention.Properties["unit"] = unit;
        }

        if (draft.Object is { } objectText)
        {
            mention.Properties["object"] = objectText;
        }

        if (draft.Metrics.Count > 0)
        {
            mention.Properties["metrics"] = string.Join("；", draft.Metrics);
        }

        if (draft.TopicIds.Count > 0)
        {
            mention.Properties["topic"] = draft.TopicIds[0]["topic:".Length..];
        }

        if (draft.Scope is { } scope)
        {
            mention.Properties["scope"] = scope;
        }

        if (draft.InitiativeId is { } initiative)
        {
            mention.Properties["initiative"] = initiative;
        }
    }

    private static string Key(string text)
    {
        var key = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '‘' or '’' or ':')).ToArray());
        return key.Length <= 40 ? key : key[..40];
    }

    // The document a unit belongs to: its section's id without the section ({documentId}:s{n}).
    private static string DocumentOf(Reading.TextUnit unit)
    {
        var cut = unit.SectionId.LastIndexOf(':');
        return cut > 0 ? unit.SectionId[..cut] : unit.SectionId;
    }
}
