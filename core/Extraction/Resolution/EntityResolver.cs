using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction.Resolution;

/// <summary>
/// Merges the mentions of one id into one node: its name (the canonical name the finders gave),
/// its aliases (every other way the document wrote it, and the vocabulary's), its properties (the
/// first value told wins; roles accumulate) and its evidence (every mention that can be quoted
/// from the original text). An entity none of whose mentions can be quoted is left out.
/// </summary>
internal static class EntityResolver
{
    // Labels whose surfaces are not names (a count, 全年) and make no aliases.
    private static readonly HashSet<string> NoAliases = [Labels.Activity, Labels.Date];

    public static List<Node> Resolve(DocumentFindings findings, DocumentText text, Dictionary<Evidence, string> mentionTexts)
    {
        var nodes = new List<Node>();
        foreach (var group in findings.Mentions.GroupBy(m => m.Id))
        {
            var mentions = NamedFirst(group);
            var first = mentions[0];
            var distinct = new DistinctEvidence();
            foreach (var mention in group)
            {
                if (text.Locate(mention.Unit, mention.Start, mention.End) is { } e && distinct.Add(e))
                {
                    mentionTexts[e] = mention.Surface;
                }
            }

            var evidence = distinct.Items;
            if (evidence.Count == 0)
            {
                continue;
            }

            nodes.Add(new Node(first.Id, first.Label, first.Name)
            {
                Aliases = Aliases(first, mentions),
                Properties = Properties(mentions),
                Evidence = evidence,
            });
        }

        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return nodes;
    }

    // The mentions read in the text first, then the implied ones, each in the order found: a stable
    // partition by two loops (a sort for every entity was a tenth of what resolving allocated).
    private static List<Mention> NamedFirst(IGrouping<string, Mention> group)
    {
        var mentions = new List<Mention>();
        foreach (var mention in group)
        {
            if (!mention.Implied)
            {
                mentions.Add(mention);
            }
        }

        foreach (var mention in group)
        {
            if (mention.Implied)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private static string[] Aliases(Mention first, List<Mention> mentions)
    {
        var aliases = new List<string>();
        foreach (var mention in mentions)
        {
            aliases.AddRange(mention.Aliases);
            if (!mention.Implied && mention.IsName && !NoAliases.Contains(mention.Label))
            {
                aliases.Add(WithoutSpaces(mention.Surface));
            }
        }

        return aliases.Where(a => a.Length >= 2 && a != first.Name).Distinct(StringComparer.Ordinal).ToArray();
    }

    // The surface without its white space; the surface itself when it has none, as most have (a
    // string built from a LINQ filter of every surface was most of what aliases allocated).
    private static string WithoutSpaces(string surface)
    {
        var first = 0;
        while (first < surface.Length && !char.IsWhiteSpace(surface[first]))
        {
            first++;
        }

        if (first == surface.Length)
        {
            return surface;
        }

        var kept = new System.Text.StringBuilder(surface.Length);
        kept.Append(surface, 0, first);
        for (var i = first + 1; i < surface.Length; i++)
        {
            if (!char.IsWhiteSpace(surface[i]))
            {
                kept.Append(surface[i]);
            }
        }

        return kept.ToString();
    }

    private static Dictionary<string, object> Properties(List<Mention> mentions)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            foreach (var (key, value) in mention.Properties)
            {
                if (key == "roles" && value is string[] roles)
                {
                    properties[key] = properties.TryGetValue(key, out var existing) ? ((string[])existing).Union(roles).ToArray() : roles;
                }
                else
                {
                    properties.TryAdd(key, value);
                }
            }
        }

        return properties;
    }
}
