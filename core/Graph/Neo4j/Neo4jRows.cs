using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// How the Neo4j store lays out the graph and reads it back. Every node has the label
/// <c>Entity</c> and its schema label, the properties <c>id</c>, <c>name</c>, <c>aliases</c> and its
/// schema properties (merged over its documents), and <c>_sources</c>: one string per document
/// that states it, <c>documentId + U+001F + its version as JSON</c> (with its evidence there).
/// Relations have <c>id</c>, <c>key</c>, their properties and <c>_sources</c> alike. A Document
/// node also lists what its document contributes: <c>_nodes</c> (ids) and <c>_relations</c>
/// (<c>fromId + U+001F + relationId</c>). Properties starting with <c>_</c> are the store's own.
/// </summary>
internal static class Neo4jRows
{
    public const char Separator = '\u001f';

    /// <summary>Returns (id, labels, name, aliases, properties as [key, value] pairs) of <c>n</c>; add the sources column or null.</summary>
    public const string NodeColumns =
        "n.id, [l IN labels(n) WHERE l <> 'Entity'], n.name, n.aliases, [k IN keys(n) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'name', 'aliases'] | [k, n[k]]]";

    /// <summary>Returns (id, type, from, to, key, properties, sources) of <c>r</c>.</summary>
    public const string RelationColumns =
        "r.id, type(r), startNode(r).id, endNode(r).id, r.key, [k IN keys(r) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'key'] | [k, r[k]]], r._sources";

    /// <summary>A label or relation type for a statement: only names the schema knows, so no text from outside reaches Cypher.</summary>
    public static string Name(GraphSchema schema, string name)
    {
        if (!(schema.Labels.ContainsKey(name) || schema.Relations.ContainsKey(name)) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a label or relation type of the schema.", nameof(name));
        }

        return $"`{name}`";
    }

    public static Node ReadNode(JsonElement[] row, GraphSchema schema)
    {
        var labels = PropertyJson.Strings(row[1]);
        var label = labels.FirstOrDefault(schema.Labels.ContainsKey) ?? labels.FirstOrDefault() ?? "";
        return new Node(row[0].GetString()!, label, row[2].GetString() ?? "")
        {
            Aliases = PropertyJson.Strings(row[3]),
            Properties = Pairs(row[4], schema.Labels.GetValueOrDefault(label)?.Properties),
            Evidence = row.Length > 5 ? Evidence(row[5]) : [],
        };
    }

    public static Relation ReadRelation(JsonElement[] row, GraphSchema schema)
    {
        var type = row[1].GetString()!;
        return new Relation(type, row[2].GetString()!, row[3].GetString()!)
        {
            Key = row[4].ValueKind == JsonValueKind.String ? row[4].GetString()! : "",
            Properties = Pairs(row[5], schema.Relations.GetValueOrDefault(type)?.Properties),
            Evidence = Evidence(row[6]),
        };
    }

    /// <summary>The evidence in a <c>_sources</c> list, document by document.</summary>
    public static Evidence[] Evidence(JsonElement sources) => PropertyJson.Strings(sources)
        .SelectMany(source =>
        {
            using var version = JsonDocument.Parse(Version(source));
            return version.RootElement.TryGetProperty("evidence", out var evidence) ? Contributions.ReadEvidence(evidence) : [];
        })
        .ToArray();

    public static string Source(string documentId, string versionJson) => documentId + Separator + versionJson;

    public static string DocumentOf(string source) => source[..source.IndexOf(Separator)];

    public static string Version(string source) => source[(source.IndexOf(Separator) + 1)..];

    private static Dictionary<string, object> Pairs(JsonElement pairs, IReadOnlyDictionary<string, string>? types)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (pairs.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var pair in pairs.EnumerateArray())
        {
            var name = pair[0].GetString()!;
            if (PropertyJson.Read(pair[1], types?.GetValueOrDefault(name)) is { } value)
            {
                result[name] = value;
            }
        }

        return result;
    }
}
