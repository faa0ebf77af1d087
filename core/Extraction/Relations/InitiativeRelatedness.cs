using System.Globalization;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// How initiatives relate to each other beyond PART_OF and VERSION_OF: RELATED_TO, only where a
/// sentence links the two (<see cref="InitiativeLinks"/>: joined, one the means of or within the
/// other, one driving, extending, upgrading or made part of the other) or where a sub-brand's name
/// holds its brand's and the document names that brand too (“书香政协·东湖书苑”, “党建+协商” beside
/// “党建+”; the sentence naming the sub-brand is the evidence). Each linking sentence adds its weight as an
/// independent piece of evidence (weight = 1 − Π(1 − wᵢ)), and a committee that runs both or a
/// topic both are about add theirs to a pair so linked; none of these relates a pair alone.
/// </summary>
/// <remarks>
/// Being named in one section, or only listed in one sentence, is no link: on the 2026 government
/// work reports nearly every such pair was unrelated. At most
/// <see cref="ExtractionOptions.MaxInitiativesPerSection"/> initiatives of a sentence are paired,
/// so the work stays linear in the document's length. An initiative is about the topics named in
/// its name or its clause (ABOUT). The relation runs from the smaller id to the larger; its
/// evidence is the stretch of each linking sentence from one name to the other.
/// </remarks>
internal static class InitiativeRelatedness
{
    public static void Add(DocumentFindings findings, ExtractionOptions options)
    {
        var named = findings.Mentions.Where(m => m.Label == Labels.Initiative && !m.Implied).ToList();
        var topicsOf = AddTopics(findings, named);
        var initiatives = named.Where(m => !InitiativeLinks.IsFieldOrScenario(m)).ToList();
        var runners = findings.Relations.Where(r => r.Type == "RAN").GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Select(r => r.From).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // A brand named on its own (not only as the first part of “书香政协·东湖书苑” or inside
        // “人工智能+医疗”): a sub-brand is related to it by name only then, the document speaking of both.
        var brands = StandingAlone(initiatives).GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), Pair>();
        foreach (var unit in initiatives.GroupBy(m => m.Unit))
        {
            var inUnit = unit.OrderBy(m => m.Start).Take(options.MaxInitiativesPerSection).ToList();
            for (var i = 0; i < inUnit.Count; i++)
            {
                for (var j = i + 1; j < inUnit.Count; j++)
                {
                    if (inUnit[i].Id == inUnit[j].Id || InitiativeLinks.Read(inUnit[i], inUnit[j]) is not { } link
                        || (link == "sub-brand" && !brands.ContainsKey(inUnit[i].Name)))
                    {
                        continue;
                    }

                    var pair = PairOf(pairs, inUnit[i].Id, inUnit[j].Id);
                    pair.Links.Add(link);
                    pair.Spans.Add((inUnit[i], inUnit[j]));
                    if (link == "sub-brand")
                    {
                        pair.ShowBrand(brands[inUnit[i].Name]);
                    }
                }
            }
        }

        // A sub-brand whose name holds its brand's (“书香政协·委员讲堂”, “党建+协商”) is linked to it
        // where it is named, when the document also names the brand on its own; the first sentence
        // naming the brand is shown beside the sub-brand's.
        var names = brands.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var compound in initiatives)
        {
            if (InitiativeLinks.ParentByName(compound.Name, names) is { } parent && brands[parent] is var brand && brand.Id != compound.Id)
            {
                var pair = PairOf(pairs, brand.Id, compound.Id);
                if (pair.Spans.All(s => s.First.Unit != compound.Unit))
                {
                    pair.Links.Add("sub-brand by name");
                    pair.Spans.Add((compound, compound));
                    pair.ShowBrand(brand);
                }
            }
        }

        foreach (var ((a, b), pair) in pairs)
        {
            var sentences = pair.Spans.Select(s => s.First.Unit).Distinct().Count();
            var reasons = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"linked in {sentences} sentence(s): {string.Join(", ", pair.Links.Distinct())}"),
            };
            var weights = Enumerable.Repeat(options.SentenceCoMentionWeight, Math.Min(3, sentences)).ToList();
            if (runners.TryGetValue(a, out var ra) && runners.TryGetValue(b, out var rb) && ra.FirstOrDefault(rb.Contains) is { } shared)
            {
                reasons.Add("run by " + shared[(shared.IndexOf(':') + 1)..]);
                weights.Add(options.SharedCommitteeWeight);
            }

            if (topicsOf.TryGetValue(a, out var ta) && topicsOf.TryGetValue(b, out var tb))
            {
                foreach (var topic in ta.Where(tb.Contains).Order(StringComparer.Ordinal).Take(2))
                {
                    reasons.Add("shared topic " + topic["topic:".Length..]);
                    weights.Add(options.SharedTopicWeight);
                }
            }

            var weight = 1 - weights.Aggregate(1.0, (product, w) => product * (1 - w));
            if (weight < options.MinimumRelatedWeight)
            {
                continue;
            }

            var properties = new Dictionary<string, object> { ["weight"] = Math.Round(weight, 4), ["reasons"] = reasons.ToArray() };
            foreach (var (first, second) in pair.Spans)
            {
                findings.Relations.Add(new RelationFact("RELATED_TO", a, b, first.Unit, first.Start, second.End) { Properties = properties });
            }

            foreach (var brand in pair.Context)
            {
                findings.Relations.Add(new RelationFact("RELATED_TO", a, b, brand.Unit, brand.Start, brand.End) { Properties = properties });
            }
        }
    }

    // The mentions neither inside a longer initiative mention of their sentence (人工智能+ read
    // inside “人工智能+医疗”) nor the first part of a joined name (书香政协 of “书香政协·东湖书苑”).
    private static IEnumerable<Mention> StandingAlone(List<Mention> initiatives) =>
        initiatives.GroupBy(m => m.Unit).SelectMany(unit => unit.Where(m =>
            !unit.Any(o => o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start)
            && !(m.End < m.Unit.Text.Length && Joints.Contains(m.Unit.Text[m.End]))));

    private const string Joints = "·•‧—－";

    // The evidence gathered for two initiatives, keyed by the smaller id first; added when new.
    private static Pair PairOf(Dictionary<(string, string), Pair> pairs, string one, string other)
    {
        var key = string.CompareOrdinal(one, other) < 0 ? (one, other) : (other, one);
        if (!pairs.TryGetValue(key, out var pair))
        {
            pair = new Pair();
            pairs[key] = pair;
        }

        return pair;
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
        public List<string> Links { get; } = [];

        public List<(Mention First, Mention Second)> Spans { get; } = [];

        // Sentences shown beside the linking ones without weighing: where the brand of a
        // sub-brand linked by name is named on its own.
        public List<Mention> Context { get; } = [];

        // Shows the sentence naming the brand on its own, unless a span already stands in it.
        public void ShowBrand(Mention brand)
        {
            if (Spans.All(s => s.First.Unit != brand.Unit) && Context.All(c => c.Unit != brand.Unit))
            {
                Context.Add(brand);
            }
        }
    }
}
