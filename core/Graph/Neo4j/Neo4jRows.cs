using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// How the Neo4j store lays out the graph and reads it back.
/// </summary>
/// <remarks>
/// <para>The graph as it reads: every node has the label <c>Entity</c> and its schema label, the
/// properties <c>id</c>, <c>name</c>, <c>aliases</c> and its schema properties, merged over the
/// documents that state it; relations have <c>id</c>, <c>key</c> and their properties. Properties
/// starting with <c>_</c> are the store's own: <c>_seq</c> (the number given to the latest version
/// of the item) and, on nodes, <c>_aliasHistory</c> (every alias over all versions, the latest
/// first, the name included).</para>
/// <para>What each document says: one <c>:Contribution</c> node per document and item, with
/// <c>document</c>, <c>kind</c> (<c>node</c> or <c>relation</c>), <c>item</c> (the item's id),
/// <c>seq</c> (later versions of one item have larger numbers), <c>data</c> (the version as JSON,
/// <see cref="Contributions"/>) and <c>evidence</c> (a JSON array). Contributions carry no
/// <c>Entity</c> label and no relationships, so no read of the graph meets them.</para>
/// </remarks>
internal static class Neo4jRows
{
    public const string NodeKind = "node";
    public const string RelationKind = "relation";

    /// <summary>Returns (id, labels, name, aliases, properties as [key, value] pairs) of <c>n</c>.</summary>
    public const string NodeColumns =
        "n.id, [l IN labels(n) WHERE l <> 'Entity'], n.name, n.aliases, [k IN keys(n) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'name', 'aliases'] | [k, n[k]]]";

    /// <summary>The evidence of <c>n</c>: one JSON array per contribution, oldest first.</summary>
    public const string NodeEvidence =
        "COLLECT { MATCH (c:Contribution {kind: 'node', item: n.id}) RETURN c.evidence ORDER BY c.seq }";

    /// <summary>Returns (id, type, from, to, key, properties) of <c>r</c>.</summary>
    public const string RelationColumns =
        "r.id, type(r), startNode(r).id, endNode(r).id, r.key, [k IN keys(r) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'key'] | [k, r[k]]]";

    /// <summary>The evidence of <c>r</c>: one JSON array per contribution, oldest first.</summary>
    public const string RelationEvidence =
        "COLLECT { MATCH (c:Contribution {kind: 'relation', item: r.id}) RETURN c.evidence ORDER BY c.seq }";

    /// <summary>A label or relation type for a statement: only names the schema knows, so no text from outside reaches Cypher.</summary>
    public static string Name(GraphSchema schema, string name)
    {
        if (!(schema.Labels.ContainsKey(name) || schema.Relations.ContainsKey(name)) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a label or relation type of the schema.", nameof(name));
        }

        return $"`{name}`";
    }

    /// <summary>A node from <see cref="NodeColumns"/>, with its evidence when the row goes on with <see cref="NodeEvidence"/>.</summary>
    public static Node ReadNode(JsonElement[] row, GraphSchema schema, bool withEvidence = false)
    {
        var labels = PropertyJson.Strings(row[1]);
        var label = labels.FirstOrDefault(schema.Labels.ContainsKey) ?? labels.FirstOrDefault() ?? "";
        return new Node(row[0].GetString()!, label, row[2].GetString() ?? "")
        {
            Aliases = PropertyJson.Strings(row[3]),
            Properties = Pairs(row[4], schema.Labels.GetValueOrDefault(label)?.Properties),
            Evidence = withEvidence ? Evidence(row[5]) : [],
        };
    }

    /// <summary>A relation from <see cref="RelationColumns"/>, with its evidence when the row goes on with <see cref="RelationEvidence"/>.</summary>
    public static Relation ReadRelation(JsonElement[] row, GraphSchema schema, bool withEvidence = false)
    {
        var type = row[1].GetString()!;
        return new Relation(type, row[2].GetString()!, row[3].GetString()!)
        {
            Key = row[4].ValueKind == JsonValueKind.String ? row[4].GetString()! : "",
            Properties = Pairs(row[5], schema.Relations.GetValueOrDefault(type)?.Properties),
            Evidence = withEvidence ? Evidence(row[6]) : [],
        };
    }

    /// <summary>The evidence of a list of contributions' <c>evidence</c> values (JSON arrays), in order.</summary>
    public static Evidence[] Evidence(JsonElement arrays) => PropertyJson.Strings(arrays)
        .SelectMany(json =>
        {
            using var array = JsonDocument.Parse(json);
            return Contributions.ReadEvidence(array.RootElement);
        })
        .ToArray();

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
