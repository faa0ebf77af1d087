using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// The document's relations: the facts the finders read, merged by id (type, ends and key; the
/// first properties win, evidence accumulates), plus the document's own: ISSUED by its issuer (a committee or a body),
/// MENTIONS of every entity it names (with the count of mentions), ABOUT the topics it names more
/// than once or in a heading. A relation whose ends are not both in the graph, or none of whose
/// evidence can be quoted, is left out.
/// </summary>
internal static class RelationBuilder
{
    public static List<Relation> Build(DocumentFindings findings, IReadOnlyCollection<Node> nodes, Node document, DocumentContext context, DocumentText text, Dictionary<Evidence, string> mentionTexts)
    {
        var ids = nodes.Select(n => n.Id).Append(document.Id).ToHashSet(StringComparer.Ordinal);
        // Keyed by what makes the id (type, ends, key) rather than the id's string, which was built
        // for every mention; the relation computes its id once, for the sort.
        var merged = new Dictionary<(string Type, string From, string To, string Key), (Relation Relation, DistinctEvidence Evidence)>();

        // properties: null for a new, empty dictionary. The relation is made only the first time its
        // id is seen: a document names most entities several times.
        void Add(string type, string from, string to, string key, IReadOnlyDictionary<string, object>? properties, TextUnit unit, int start, int end)
        {
            if (!ids.Contains(from) || !ids.Contains(to) || from == to)
            {
                return;
            }

            if (!merged.TryGetValue((type, from, to, key), out var entry))
            {
                var relation = new Relation(type, from, to) { Key = key, Properties = properties ?? new Dictionary<string, object>() };
                entry = (relation, new DistinctEvidence());
                merged[(type, from, to, key)] = entry;
            }

            if (text.Locate(unit, start, end) is { } evidence && entry.Evidence.Add(evidence))
            {
                mentionTexts[evidence] = unit.Text[start..end];
            }
        }

        foreach (var fact in findings.Relations)
        {
            var from = fact.From == IssuingBodies.DocumentIdMarker ? document.Id : fact.From;
            Add(fact.Type, from, fact.To, fact.Key, fact.Properties, fact.Unit, fact.Start, fact.End);
        }

        if (context.IssuerId is { } issuer && context.IssuerSpan is { } span)
        {
            Add("ISSUED", issuer, document.Id, "", null, span.Unit, span.Start, span.End);
        }

        var named = findings.Mentions.Where(m => !m.Implied).GroupBy(m => m.Id);
        foreach (var group in named)
        {
            var count = (long)group.Count();
            var properties = new Dictionary<string, object> { ["count"] = count };
            foreach (var mention in group)
            {
                Add("MENTIONS", document.Id, mention.Id, "", properties, mention.Unit, mention.Start, mention.End);
            }

            if (group.First().Label == Labels.Topic && (count >= 2 || group.Any(m => m.Unit.IsHeading)))
            {
                foreach (var mention in group)
                {
                    Add("ABOUT", document.Id, mention.Id, "", null, mention.Unit, mention.Start, mention.End);
                }
            }
        }

        var relations = new List<Relation>();
        foreach (var (relation, evidence) in merged.Values)
        {
            if (evidence.Items.Count > 0)
            {
                relations.Add(relation with { Evidence = evidence.Items });
            }
        }

        relations.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return relations;
    }
}
