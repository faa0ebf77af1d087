using System.Globalization;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// How initiatives relate to each other beyond PART_OF and VERSION_OF: RELATED_TO, weighted by
/// the sentences and sections that name both, the committee that runs both, and the topics both
/// are about. Each reason adds its weight as an independent piece of evidence
/// (weight = 1 − Π(1 − wᵢ)), so the weight stays below 1 and grows with every reason.
/// </summary>
/// <remarks>
/// Pairs are only considered when a sentence or section names both or they share a topic (a
/// shared committee alone relates everything in a report); at most
/// <see cref="ExtractionOptions.MaxInitiativesPerSection"/> initiatives of a section are paired, so
/// the work stays linear in the document's length. An initiative is about the topics named in its
/// name or its clause (ABOUT). The relation runs from the smaller id to the larger; its evidence is
/// the stretch of each sentence from one name to the other, or each name in the shared section.
/// </remarks>
internal static class InitiativeRelatedness
{
    public static void Add(DocumentFindings findings, ExtractionOptions options)
    {
        var initiatives = findings.Mentions.Where(m => m.Label == Labels.Initiative && !m.Implied).ToList();
        var topicsOf = AddTopics(findings, initiatives);
        var runners = findings.Relations.Where(r => r.Type == "RAN").GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Select(r => r.From).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var pairs = new Dictionary<(string, string), Pair>();
        Pair PairOf(string a, string b)
        {
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!pairs.TryGetValue(key, out var pair))
            {
                pair = new Pair();
                pairs[key] = pair;
            }

            return pair;
        }

        foreach (var section in initiatives.GroupBy(m => m.Unit.SectionId))
        {
            var firsts = section.GroupBy(m => m.Id).Select(g => g.First()).Take(options.MaxInitiativesPerSection).ToList();
            for (var i = 0; i < firsts.Count; i++)
            {
                for (var j = i + 1; j < firsts.Count; j++)
                {
                    var pair = PairOf(firsts[i].Id, firsts[j].Id);
                    pair.Sections++;
                    pair.Evidence.Add(firsts[i]);
                    pair.Evidence.Add(firsts[j]);
                }
            }

            foreach (var unit in section.GroupBy(m => m.Unit))
            {
                var inUnit = unit.GroupBy(m => m.Id).Select(g => g.First()).Take(options.MaxInitiativesPerSection).ToList();
                for (var i = 0; i < inUnit.Count; i++)
                {
                    for (var j = i + 1; j < inUnit.Count; j++)
                    {
                        var pair = PairOf(inUnit[i].Id, inUnit[j].Id);
                        pair.Sentences++;
                        pair.Spans.Add((inUnit[i], inUnit[j]));
                    }
                }
            }
        }

        // Shared topics relate initiatives of different sections too (a few per topic).
        foreach (var byTopic in topicsOf.SelectMany(t => t.Value.Select(topic => (Topic: topic, Initiative: t.Key))).GroupBy(x => x.Topic))
        {
            var members = byTopic.Select(x => x.Initiative).Distinct().Take(options.MaxInitiativesPerSection).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    PairOf(members[i], members[j]).Topics.Add(byTopic.Key);
                }
            }
        }

        var firstMention = initiatives.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var ((a, b), pair) in pairs)
        {
            var reasons = new List<string>();
            var weights = new List<double>();
            if (pair.Sentences > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"named together in {pair.Sentences} sentence(s)"));
                weights.AddRange(Enumerable.Repeat(options.SentenceCoMentionWeight, Math.Min(3, pair.Sentences)));
            }

            if (pair.Sections > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"named in the same section ({pair.Sections})"));
                weights.AddRange(Enumerable.Repeat(options.SectionCoMentionWeight, Math.Min(3, pair.Sections)));
            }

            if (runners.TryGetValue(a, out var ra) && runners.TryGetValue(b, out var rb) && ra.FirstOrDefault(rb.Contains) is { } shared)
            {
                reasons.Add("run by " + shared[(shared.IndexOf(':') + 1)..]);
                weights.Add(options.SharedCommitteeWeight);
            }

            foreach (var topic in pair.Topics.Take(2))
            {
                reasons.Add("shared topic " + topic["topic:".Length..]);
                weights.Add(options.SharedTopicWeight);
            }

            var weight = 1 - weights.Aggregate(1.0, (product, w) => product * (1 - w));
            if (weight < options.MinimumRelatedWeight)
            {
                continue;
            }

            var properties = new Dictionary<string, object> { ["weight"] = Math.Round(weight, 4), ["reasons"] = reasons.ToArray() };
            var facts = new List<RelationFact>();
            foreach (var (first, second) in pair.Spans)
            {
                var start = Math.Min(first.Start, second.Start);
                var end = Math.Max(first.End, second.End);
                facts.Add(new RelationFact("RELATED_TO", a, b, first.Unit, start, end) { Properties = properties });
            }

            foreach (var mention in pair.Evidence.Count > 0 ? pair.Evidence : [firstMention[a], firstMention[b]])
            {
                facts.Add(new RelationFact("RELATED_TO", a, b, mention.Unit, mention.Start, mention.End) { Properties = properties });
            }

            findings.Relations.AddRange(facts);
        }
    }

    // An initiative is about the topics in its name and its clause.
    private static Dictionary<string, HashSet<string>> AddTopics(DocumentFindings findings, List<Mention> initiatives)
    {
        var topicsByUnit = findings.Mentions.Where(m => m.Label == Labels.Topic && !m.Implied).GroupBy(m => m.Unit).ToDictionary(g => g.Key, g => g.ToList());
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var initiative in initiatives)
        {
            if (!topicsByUnit.TryGetValue(initiative.Unit, out var topics))
            {
                continue;
            }

            var clause = initiative.Unit.ClauseAt(initiative.Start);
            foreach (var topic in topics.Where(t => t.Start >= Math.Min(clause.Start, initiative.Start) && t.End <= Math.Max(clause.End, initiative.End)))
            {
                if (!result.TryGetValue(initiative.Id, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    result[initiative.Id] = set;
                }

                if (set.Add(topic.Id))
                {
                    var start = Math.Min(initiative.Start, topic.Start);
                    var end = Math.Max(initiative.End, topic.End);
                    findings.Relations.Add(new RelationFact("ABOUT", initiative.Id, topic.Id, initiative.Unit, start, end));
                }
            }
        }

        return result;
    }

    private sealed class Pair
    {
        public int Sentences { get; set; }

        public int Sections { get; set; }

        public HashSet<string> Topics { get; } = new(StringComparer.Ordinal);

        public List<(Mention First, Mention Second)> Spans { get; } = [];

        public List<Mention> Evidence { get; } = [];
    }
}
