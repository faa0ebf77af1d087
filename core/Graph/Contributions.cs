using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// What one document says about a node or a relation (its "version"), as the stores keep it per
/// document in JSON, and how the versions of several documents merge into what the graph shows:
/// label, name, type and property values from the latest version that states them, aliases the
/// union over all versions (the latest first), evidence from all of them.
/// </summary>
internal static class Contributions
{
    public static string Write(Node node, bool withEvidence) => Json(writer =>
    {
        writer.WriteString("label", node.Label);
        writer.WriteString("name", node.Name);
        writer.WritePropertyName("aliases");
        PropertyJson.Write(writer, node.Aliases);
        WriteRest(writer, node.Properties, withEvidence ? node.Evidence : null);
    });

    public static string Write(Relation relation, bool withEvidence) => Json(writer =>
    {
        writer.WriteString("type", relation.Type);
        writer.WriteString("from", relation.From);
        writer.WriteString("to", relation.To);
        writer.WriteString("key", relation.Key);
        WriteRest(writer, relation.Properties, withEvidence ? relation.Evidence : null);
    });

    public static Node ReadNode(string id, string json, GraphSchema schema)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var label = root.GetProperty("label").GetString()!;
        return new Node(id, label, root.GetProperty("name").GetString()!)
        {
            Aliases = PropertyJson.Strings(root.GetProperty("aliases")),
            Properties = PropertyJson.ReadProperties(root.GetProperty("properties"), schema.Labels.GetValueOrDefault(label)?.Properties),
            Evidence = root.TryGetProperty("evidence", out var evidence) ? ReadEvidence(evidence) : [],
        };
    }

    public static Relation ReadRelation(string json, GraphSchema schema)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var type = root.GetProperty("type").GetString()!;
        return new Relation(type, root.GetProperty("from").GetString()!, root.GetProperty("to").GetString()!)
        {
            Key = root.GetProperty("key").GetString()!,
            Properties = PropertyJson.ReadProperties(root.GetProperty("properties"), schema.Relations.GetValueOrDefault(type)?.Properties),
            Evidence = root.TryGetProperty("evidence", out var evidence) ? ReadEvidence(evidence) : [],
        };
    }

    /// <summary>Merges the versions of one node, oldest first.</summary>
    public static Node Merge(IReadOnlyList<Node> versions)
    {
        var latest = versions[^1];
        return latest with
        {
            Aliases = versions.Reverse().SelectMany(v => v.Aliases).Where(a => a != latest.Name).Distinct(StringComparer.Ordinal).ToArray(),
            Properties = MergeProperties(versions.Select(v => v.Properties)),
            Evidence = versions.SelectMany(v => v.Evidence).ToArray(),
        };
    }

    /// <summary>
    /// Every alias of the versions (oldest first), the latest first, the merged name included:
    /// what <see cref="MergeLatest(Node, IReadOnlyList{string}, Node)"/> needs besides the merged node.
    /// </summary>
    public static string[] AliasHistory(IEnumerable<Node> versions) =>
        versions.Reverse().SelectMany(v => v.Aliases).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Merges <paramref name="latest"/>, the newest version, into <paramref name="merged"/> (the
    /// node as it stands, <paramref name="aliasHistory"/> its <see cref="AliasHistory"/>) without the
    /// other versions. Gives what <see cref="Merge(IReadOnlyList{Node})"/> gives only when the same
    /// document's previous version, if any, stated nothing <paramref name="latest"/> leaves out
    /// (<see cref="Covers(Node, Node)"/>).
    /// </summary>
    public static (Node Merged, string[] AliasHistory) MergeLatest(Node merged, IReadOnlyList<string> aliasHistory, Node latest)
    {
        var history = latest.Aliases.Concat(aliasHistory).Distinct(StringComparer.Ordinal).ToArray();
        return (latest with
        {
            Aliases = history.Where(a => a != latest.Name).ToArray(),
            Properties = MergeProperties([merged.Properties, latest.Properties]),
            Evidence = [],
        }, history);
    }

    /// <summary>Merges <paramref name="latest"/> into <paramref name="merged"/>, under the condition of <see cref="Covers(Relation, Relation)"/>.</summary>
    public static Relation MergeLatest(Relation merged, Relation latest) => latest with
    {
        Properties = MergeProperties([merged.Properties, latest.Properties]),
        Evidence = [],
    };

    /// <summary>True when <paramref name="next"/> states every alias and property that <paramref name="previous"/> did.</summary>
    public static bool Covers(Node next, Node previous) =>
        previous.Aliases.All(a => next.Aliases.Contains(a, StringComparer.Ordinal)) && previous.Properties.Keys.All(next.Properties.ContainsKey);

    /// <summary>True when <paramref name="next"/> states every property that <paramref name="previous"/> did.</summary>
    public static bool Covers(Relation next, Relation previous) => previous.Properties.Keys.All(next.Properties.ContainsKey);

    /// <summary>Merges the versions of one relation, oldest first.</summary>
    public static Relation Merge(IReadOnlyList<Relation> versions) => versions[^1] with
    {
        Properties = MergeProperties(versions.Select(v => v.Properties)),
        Evidence = versions.SelectMany(v => v.Evidence).ToArray(),
    };

    public static void WriteEvidence(Utf8JsonWriter writer, IEnumerable<Evidence> evidence)
    {
        writer.WriteStartArray();
        foreach (var e in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("document", e.DocumentId);
            writer.WriteString("passage", e.PassageId);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            writer.WriteString("text", e.Text);
            if (e is { MentionStart: { } mentionStart, MentionEnd: { } mentionEnd })
            {
                writer.WriteNumber("mentionStart", mentionStart);
                writer.WriteNumber("mentionEnd", mentionEnd);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static Evidence[] ReadEvidence(JsonElement array) => array.ValueKind != JsonValueKind.Array ? [] : array.EnumerateArray()
        .Select(e => new Evidence(
            e.GetProperty("document").GetString()!,
            e.GetProperty("passage").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            e.GetProperty("text").GetString()!,
            e.TryGetProperty("mentionStart", out var mentionStart) && mentionStart.ValueKind == JsonValueKind.Number ? mentionStart.GetInt32() : null,
            e.TryGetProperty("mentionEnd", out var mentionEnd) && mentionEnd.ValueKind == JsonValueKind.Number ? mentionEnd.GetInt32() : null))
        .ToArray();

    /// <summary>Evidence as a JSON array string (the stores' and exports' form).</summary>
    public static string EvidenceJson(IEnumerable<Evidence> evidence)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            WriteEvidence(writer, evidence);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, object> MergeProperties(IEnumerable<IReadOnlyDictionary<string, object>> versions)
    {
        var merged = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in versions.SelectMany(v => v))
        {
            merged[name] = value;
        }

        return merged;
    }

    private static void WriteRest(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> properties, IReadOnlyList<Evidence>? evidence)
    {
        writer.WritePropertyName("properties");
        PropertyJson.Write(writer, properties);
        if (evidence is not null)
        {
            writer.WritePropertyName("evidence");
            WriteEvidence(writer, evidence);
        }
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
