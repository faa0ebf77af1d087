using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>The read queries of the SQLite store, over one open connection.</summary>
internal sealed class SqliteGraphReader(SqliteConnection connection, GraphSchema schema) : IGraphStoreReader
{
    private const string NodeColumns = "n.id, n.label, n.name, n.aliases, n.properties";

    private const string RelationColumns = "r.id, r.type, r.from_id, r.to_id, r.key, r.properties";

    private const string NodeEvidence = """
        (SELECT json_group_array(json_object('document', e.document_id, 'passage', e.passage_id, 'start', e.start, 'end', e."end", 'text', e.text,
                                             'mentionStart', e.mention_start, 'mentionEnd', e.mention_end)
                 ORDER BY e.document_id, e.start, e.rowid)
           FROM evidence e WHERE e.kind = 'node' AND e.item_id = n.id)
        """;

    private const string RelationEvidence = """
        (SELECT json_group_array(json_object('document', e.document_id, 'passage', e.passage_id, 'start', e.start, 'end', e."end", 'text', e.text,
                                             'mentionStart', e.mention_start, 'mentionEnd', e.mention_end)
                 ORDER BY e.document_id, e.start, e.rowid)
           FROM evidence e WHERE e.kind = 'relation' AND e.item_id = r.id)
        """;

    private const string InIds = "(SELECT value FROM json_each($ids))";

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken) =>
        (await connection.QueryAsync($"SELECT {NodeColumns}, {NodeEvidence} FROM nodes n WHERE n.id = $id", ReadNode, cancellationToken, ("$id", id))).SingleOrDefault();

    public Task<List<Node>> FindNodesAsync(string text, string? label, int limit, CancellationToken cancellationToken) =>
        // Rank: 0 the name is the text, 1 an alias is, 2 a name or alias contains it.
        connection.QueryAsync(
            $"""
            SELECT {NodeColumns}, NULL FROM nodes n
            JOIN (SELECT node_id, MIN(CASE WHEN name = $text THEN is_alias ELSE 2 END) AS rank
                    FROM node_names WHERE instr(name, $text) > 0 GROUP BY node_id) m ON m.node_id = n.id
            WHERE $label IS NULL OR n.label = $label
            ORDER BY m.rank, length(n.name), n.id
            LIMIT $limit
            """,
            ReadNode,
            cancellationToken,
            ("$text", text),
            ("$label", label),
            ("$limit", limit));

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var nodes = await connection.QueryAsync("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label", r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        var relations = await connection.QueryAsync("SELECT type, count(*) FROM relations GROUP BY type ORDER BY type", r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        return new GraphCounts(nodes.ToDictionary(x => x.Item1, x => x.Item2), relations.ToDictionary(x => x.Item1, x => x.Item2));
    }

    public Task<List<Node>> ListDocumentsAsync(CancellationToken cancellationToken) =>
        connection.QueryAsync($"SELECT {NodeColumns}, NULL FROM nodes n WHERE n.label = 'Document' ORDER BY n.id", ReadNode, cancellationToken);

    // Two statements, so that a label uses the (label, id) index.
    public Task<List<Node>> ListNodesAsync(string? label, string afterId, int limit, CancellationToken cancellationToken) => label is null
        ? connection.QueryAsync($"SELECT {NodeColumns}, NULL FROM nodes n WHERE n.id > $after ORDER BY n.id LIMIT $limit", ReadNode, cancellationToken, ("$after", afterId), ("$limit", limit))
        : connection.QueryAsync(
            $"SELECT {NodeColumns}, NULL FROM nodes n WHERE n.label = $label AND n.id > $after ORDER BY n.id LIMIT $limit",
            ReadNode,
            cancellationToken,
            ("$label", label),
            ("$after", afterId),
            ("$limit", limit));

    /// <summary>The next page of nodes after <paramref name="afterId"/> in id order, with evidence.</summary>
    public Task<List<Node>> NodesAfterAsync(string afterId, int count, CancellationToken cancellationToken) =>
        connection.QueryAsync($"SELECT {NodeColumns}, {NodeEvidence} FROM nodes n WHERE n.id > $after ORDER BY n.id LIMIT $count", ReadNode, cancellationToken, ("$after", afterId), ("$count", count));

    public Task<List<Relation>> RelationsAfterAsync(string afterId, int count, CancellationToken cancellationToken) =>
        connection.QueryAsync($"SELECT {RelationColumns}, {RelationEvidence} FROM relations r WHERE r.id > $after ORDER BY r.id LIMIT $count", ReadRelation, cancellationToken, ("$after", afterId), ("$count", count));

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await connection.QueryAsync($"SELECT {NodeColumns}, NULL FROM nodes n WHERE n.id IN {InIds}", ReadNode, cancellationToken, ("$ids", SqliteCommands.JsonList(ids)));

    public async Task<IReadOnlyList<Step>> ExpandAsync(IReadOnlyCollection<string> from, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int maxSteps, CancellationToken cancellationToken)
    {
        const string Filter = """
            ($types = '[]' OR r.type IN (SELECT value FROM json_each($types)))
            AND ($labels = '[]' OR n.label IN (SELECT value FROM json_each($labels)))
            """;
        return await connection.QueryAsync(
            $"""
            SELECT f.value, r.to_id, r.id FROM json_each($ids) f
              JOIN relations r ON r.from_id = f.value JOIN nodes n ON n.id = r.to_id
             WHERE {Filter}
            UNION ALL
            SELECT f.value, r.from_id, r.id FROM json_each($ids) f
              JOIN relations r ON r.to_id = f.value JOIN nodes n ON n.id = r.from_id
             WHERE {Filter}
            ORDER BY 1, 2, 3
            LIMIT $max
            """,
            r => new Step(r.GetString(0), r.GetString(1), r.GetString(2)),
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(from)),
            ("$types", SqliteCommands.JsonList(relationTypes)),
            ("$labels", SqliteCommands.JsonList(labels)),
            ("$max", maxSteps));
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken) =>
        await connection.QueryAsync(
            $"SELECT {RelationColumns}, {RelationEvidence} FROM relations r WHERE r.id IN {InIds}",
            ReadRelation,
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(steps.Select(s => s.RelationId))));

    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyCollection<string> ids, IReadOnlyList<string> relationTypes, CancellationToken cancellationToken) =>
        await connection.QueryAsync(
            $"""
            SELECT {RelationColumns}, {RelationEvidence} FROM relations r
             WHERE r.from_id IN {InIds} AND r.to_id IN {InIds}
               AND ($types = '[]' OR r.type IN (SELECT value FROM json_each($types)))
            """,
            ReadRelation,
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(ids)),
            ("$types", SqliteCommands.JsonList(relationTypes)));

    private Node ReadNode(SqliteDataReader row)
    {
        var label = row.GetString(1);
        using var aliases = JsonDocument.Parse(row.GetString(3));
        using var properties = JsonDocument.Parse(row.GetString(4));
        return new Node(row.GetString(0), label, row.GetString(2))
        {
            Aliases = PropertyJson.Strings(aliases.RootElement),
            Properties = PropertyJson.ReadProperties(properties.RootElement, schema.Labels.GetValueOrDefault(label)?.Properties),
            Evidence = ReadEvidence(row, 5),
        };
    }

    private Relation ReadRelation(SqliteDataReader row)
    {
        var type = row.GetString(1);
        using var properties = JsonDocument.Parse(row.GetString(5));
        return new Relation(type, row.GetString(2), row.GetString(3))
        {
            Key = row.GetString(4),
            Properties = PropertyJson.ReadProperties(properties.RootElement, schema.Relations.GetValueOrDefault(type)?.Properties),
            Evidence = ReadEvidence(row, 6),
        };
    }

    private static Evidence[] ReadEvidence(SqliteDataReader row, int column)
    {
        if (row.IsDBNull(column))
        {
            return [];
        }

        using var evidence = JsonDocument.Parse(row.GetString(column));
        return Contributions.ReadEvidence(evidence.RootElement);
    }
}
