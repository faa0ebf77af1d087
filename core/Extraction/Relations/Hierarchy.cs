using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// The structure behind the mentions: every committee sits in its place (LOCATED_IN), a county's
/// or district's committee belongs to its city's (PART_OF), a local body sits in its place, and
/// every place belongs to the one above it (town → county → city → province, PART_OF). The nodes
/// at the other end are added when the document does not name them, with the evidence of the
/// mention that implies them, so that every relation's ends are in the document's graph.
/// </summary>
internal static class Hierarchy
{
    public static void Add(DocumentFindings findings, Gazetteer gazetteer, PlaceFinder places)
    {
        EnsureCommitteeEnds(findings);

        foreach (var group in FirstMentions(findings, Labels.Committee))
        {
            if (!findings.Committees.TryGetValue(group.Id, out var committee) || committee.Place is not { } place)
            {
                continue;
            }

            Imply(findings, group, Labels.Place, place, places);
            findings.Relations.Add(new RelationFact("LOCATED_IN", group.Id, place.Id, group.Unit, group.Start, group.End));
            if (committee.Level is "县" or "区" && gazetteer.AtLevel(place, PlaceLevel.City) is { } city && CommitteeIdentity.Of(city, gazetteer) is { } cityCommittee)
            {
                findings.Register(cityCommittee);
                if (!findings.Has(cityCommittee.Id))
                {
                    var implied = group.ImpliedCopy(Labels.Committee, cityCommittee.Id, cityCommittee.Name);
                    implied.Properties["level"] = cityCommittee.Level;
                    implied.Properties["place"] = city.Id;
                    findings.Add(implied);
                    Imply(findings, implied, Labels.Place, city, places);
                    findings.Relations.Add(new RelationFact("LOCATED_IN", cityCommittee.Id, city.Id, group.Unit, group.Start, group.End));
                }

                findings.Relations.Add(new RelationFact("PART_OF", group.Id, cityCommittee.Id, group.Unit, group.Start, group.End));
            }
        }

        foreach (var body in FirstMentions(findings, Labels.Body))
        {
            if (body.Properties.TryGetValue("place", out var placeId) && gazetteer.Find(((string)placeId)["place:".Length..]) is { } bodyPlace)
            {
                Imply(findings, body, Labels.Place, bodyPlace, places);
                findings.Relations.Add(new RelationFact("LOCATED_IN", body.Id, bodyPlace.Id, body.Unit, body.Start, body.End));
            }
        }

        // Places named by relations (an activity's place) need their nodes too.
        foreach (var fact in findings.Relations.Where(r => r.To.StartsWith("place:", StringComparison.Ordinal)).ToList())
        {
            if (!findings.Has(fact.To) && gazetteer.Find(fact.To["place:".Length..]) is { } place)
            {
                var implied = new Mention(Labels.Place, place.Id, place.Name, fact.Unit, fact.Start, fact.End) { Implied = true };
                places.Describe(implied, place);
                findings.Add(implied);
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in FirstMentions(findings, Labels.Place).ToList())
        {
            var child = gazetteer.Find(mention.Id["place:".Length..]);
            var evidence = mention;
            while (child is not null && done.Add(child.Code) && gazetteer.Parent(child) is { } parent)
            {
                Imply(findings, evidence, Labels.Place, parent, places);
                findings.Relations.Add(new RelationFact("PART_OF", child.Id, parent.Id, evidence.Unit, evidence.Start, evidence.End));
                child = parent;
            }
        }
    }

    // Relations may start or end at a committee the document never names (the national
    // committee of 全国政协办公厅): give it a node, implied by the relation's evidence.
    private static void EnsureCommitteeEnds(DocumentFindings findings)
    {
        foreach (var fact in findings.Relations.ToList())
        {
            foreach (var end in new[] { fact.From, fact.To })
            {
                if (end.StartsWith("committee:", StringComparison.Ordinal) && !findings.Has(end))
                {
                    var committee = end == CommitteeIdentity.National.Id ? CommitteeIdentity.National : findings.Committees.GetValueOrDefault(end);
                    if (committee is null)
                    {
                        continue;
                    }

                    var implied = new Mention(Labels.Committee, committee.Id, committee.Name, fact.Unit, fact.Start, fact.End) { Implied = true };
                    implied.Properties["level"] = committee.Level;
                    if (committee.Place is { } place)
                    {
                        implied.Properties["place"] = place.Id;
                    }

                    findings.Register(committee);
                    findings.Add(implied);
                }
            }
        }
    }

    private static void Imply(DocumentFindings findings, Mention evidence, string label, Place place, PlaceFinder places)
    {
        if (findings.Has(place.Id))
        {
            return;
        }

        var implied = evidence.ImpliedCopy(label, place.Id, place.Name);
        places.Describe(implied, place);
        findings.Add(implied);
    }

    // The first mention of each entity of a label (a real one if there is one).
    private static List<Mention> FirstMentions(DocumentFindings findings, string label) =>
        findings.Mentions.Where(m => m.Label == label)
            .GroupBy(m => m.Id)
            .Select(g => g.FirstOrDefault(m => !m.Implied) ?? g.First())
            .ToList();
}
