using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>The read queries of the SQLite store, over one open connection (graph-schema/schema.sql).</summary>
internal sealed class SqliteGraphReader(SqliteConnection connection, GraphSchema schema) : IGraphStoreReader, IAsyncDisposable
{
    private const string NodeColumns = "n.nid, n.id, n.label, n.name, n.aliases, n.properties";

    // A relation with the ids of its ends: r joined to its start f and its end t.
    private const string RelationColumns = "r.rid, r.type, f.id, t.id, r.key, r.properties";

    // Start nodes are taken in the order of their id followed by '|' (nodes_by_relation_order): the order of the relation ids they start.
    private const string RelationOrder = "id || '|'";

    private readonly SqliteEvidence evidence = new(connection);

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken) =>
        (await WithEvidenceAsync(await connection.QueryAsync($"SELECT {NodeColumns} FROM nodes n WHERE n.id = $id", ReadNode, cancellationToken, ("$id", id)), cancellationToken)).SingleOrDefault();

    public async Task<List<Node>> FindNodesAsync(string text, string? label, int limit, CancellationToken cancellationToken)
    {
        // Rank: 0 the name is the text, 1 an alias is, 2 a name or alias contains it. An alias is
        // looked for in the JSON of the aliases first, which holds it as it is unless the text has
        // characters JSON escapes.
        var plain = !text.Any(c => c is '"' or '\\' || char.IsControl(c));
        var rows = await connection.QueryAsync(
            $"""
            SELECT {NodeColumns} FROM nodes n
             WHERE ($label IS NULL OR n.label = $label)
               AND (instr(n.name, $text) > 0
                    OR (n.aliases IS NOT NULL AND ($plain = 0 OR instr(n.aliases, $text) > 0)
                        AND EXISTS (SELECT 1 FROM json_each(n.aliases) a WHERE instr(a.value, $text) > 0)))
             ORDER BY CASE WHEN n.name = $text THEN 0
                           WHEN n.aliases IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(n.aliases) a WHERE a.value = $text) THEN 1
                           ELSE 2 END,
                      length(n.name), n.id
             LIMIT $limit
            """,
            ReadNode,
            cancellationToken,
            ("$text", text),
            ("$label", label),
            ("$plain", plain ? 1 : 0),
            ("$limit", limit));
        return rows.Select(r => r.Node).ToList();
    }

    // node_names holds every name and alias by its key (graph-schema/schema.sql).
    public async Task<List<Node>> FindNamedAsync(string key, string? label, int limit, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            $"""
            SELECT {NodeColumns} FROM node_names k JOIN nodes n ON n.nid = k.nid
             WHERE k.key = $key AND ($label IS NULL OR n.label = $label)
             ORDER BY k.named DESC, length(n.name), n.id
             LIMIT $limit
            """,
            ReadNode,
            cancellationToken,
            ("$key", key),
            ("$label", label),
            ("$limit", limit));
        return rows.Select(r => r.Node).ToList();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var nodes = await connection.QueryAsync("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label", r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        var relations = await connection.QueryAsync("SELECT type, count(*) FROM relations GROUP BY type ORDER BY type", r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        return new GraphCounts(nodes.ToDictionary(x => x.Item1, x => x.Item2), relations.ToDictionary(x => x.Item1, x => x.Item2));
    }

    public async Task<List<Node>> ListDocumentsAsync(CancellationToken cancellationToken) =>
        (await connection.QueryAsync($"SELECT {NodeColumns} FROM nodes n WHERE n.label = 'Document' ORDER BY n.id", ReadNode, cancellationToken)).Select(r => r.Node).ToList();

    // Two statements, so that a label's page is read from the (label, id) index.
    public async Task<List<Node>> ListNodesAsync(string? label, string afterId, int limit, CancellationToken cancellationToken) => (label is null
        ? await connection.QueryAsync($"SELECT {NodeColumns} FROM nodes n WHERE n.id > $after ORDER BY n.id LIMIT $limit", ReadNode, cancellationToken, ("$after", afterId), ("$limit", limit))
        : await connection.QueryAsync(
            $"SELECT {NodeColumns} FROM nodes n WHERE n.label = $label AND n.id > $after ORDER BY n.id LIMIT $limit",
            ReadNode,
            cancellationToken,
            ("$label", label),
            ("$after", afterId),
            ("$limit", limit))).Select(r => r.Node).ToList();

    /// <summary>The next page of nodes after <paramref name="afterId"/> in id order, with evidence.</summary>
    public async Task<List<Node>> NodesAfterAsync(string afterId, int count, CancellationToken cancellationToken) =>
        await WithEvidenceAsync(
            await connection.QueryAsync($"SELECT {NodeColumns} FROM nodes n WHERE n.id > $after ORDER BY n.id LIMIT $count", ReadNode, cancellationToken, ("$after", afterId), ("$count", count)),
            cancellationToken);

    /// <summary>
    /// The next page of relations after <paramref name="afterId"/> in id order, with evidence: the
    /// rest of its start node's relations, then those of the next start nodes.
    /// </summary>
    public async Task<List<Relation>> RelationsAfterAsync(string afterId, int count, CancellationToken cancellationToken)
    {
        var page = new List<(long Rid, Relation Relation)>();
        var bar = afterId.IndexOf('|');
        var key = "";
        if (afterId.Length > 0)
        {
            var start = bar < 0 ? afterId : afterId[..bar];
            var own = await connection.QueryAsync(
                $"SELECT {RelationColumns} FROM nodes f JOIN relations r ON r.from_nid = f.nid JOIN nodes t ON t.nid = r.to_nid WHERE f.id = $from",
                ReadRelation,
                cancellationToken,
                ("$from", start));
            page.AddRange(own.Where(r => string.CompareOrdinal(r.Relation.Id, afterId) > 0).OrderBy(r => r.Relation.Id, StringComparer.Ordinal).Take(count));
            key = start + "|";
        }

        while (page.Count < count)
        {
            var starts = await connection.QueryAsync(
                $"""
                SELECT n.nid, n.id FROM nodes n
                 WHERE n.{RelationOrder} > $key AND EXISTS (SELECT 1 FROM relations r WHERE r.from_nid = n.nid)
                 ORDER BY n.{RelationOrder} LIMIT $limit
                """,
                r => (Nid: r.GetInt64(0), Id: r.GetString(1)),
                cancellationToken,
                ("$key", key),
                ("$limit", Math.Max(8, count / 4)));
            if (starts.Count == 0)
            {
                break;
            }

            var relations = await connection.QueryAsync(
                $"SELECT {RelationColumns} FROM json_each($nids) j JOIN relations r ON r.from_nid = j.value JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid",
                ReadRelation,
                cancellationToken,
                ("$nids", JsonSerializer.Serialize(starts.Select(s => s.Nid))));
            var byStart = relations.ToLookup(r => r.Relation.From, StringComparer.Ordinal);
            foreach (var start in starts)
            {
                page.AddRange(byStart[start.Id].OrderBy(r => r.Relation.Id, StringComparer.Ordinal).Take(count - page.Count));
            }

            key = starts[^1].Id + "|";
        }

        return await WithEvidenceAsync(page, cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await connection.QueryAsync($"SELECT {NodeColumns} FROM json_each($ids) j JOIN nodes n ON n.id = j.value", ReadNode, cancellationToken, ("$ids", SqliteCommands.JsonList(ids.Distinct(StringComparer.Ordinal)))))
        .Select(r => r.Node).ToList();

    public async Task<IReadOnlyList<Step>> ExpandAsync(IReadOnlyCollection<string> from, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int maxSteps, CancellationToken cancellationToken)
    {
        const string Filter = """
            ($types = '[]' OR r.type IN (SELECT value FROM json_each($types)))
            AND ($labels = '[]' OR o.label IN (SELECT value FROM json_each($labels)))
            """;
        const string Key = "CASE WHEN r.key = '' THEN '' ELSE '|' || r.key END";
        return await connection.QueryAsync(
            $"""
            SELECT s.id, o.id, s.id || '|' || r.type || '|' || o.id || {Key} FROM json_each($ids) j
              JOIN nodes s ON s.id = j.value JOIN relations r ON r.from_nid = s.nid JOIN nodes o ON o.nid = r.to_nid
             WHERE {Filter}
            UNION ALL
            SELECT s.id, o.id, o.id || '|' || r.type || '|' || s.id || {Key} FROM json_each($ids) j
              JOIN nodes s ON s.id = j.value JOIN relations r ON r.to_nid = s.nid JOIN nodes o ON o.nid = r.from_nid
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

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        // A relation id is From|Type|To or From|Type|To|Key: no id or key holds '|'.
        var keys = steps.Select(s => s.RelationId).Distinct(StringComparer.Ordinal).Select(id => id.Split('|')).Where(p => p.Length is 3 or 4)
            .Select(p => new[] { p[0], p[1], p[2], p.Length == 4 ? p[3] : "" });
        var rows = await connection.QueryAsync(
            $"""
            SELECT {RelationColumns} FROM json_each($keys) j
              JOIN nodes f ON f.id = j.value ->> 0 JOIN nodes t ON t.id = j.value ->> 2
              JOIN relations r ON r.from_nid = f.nid AND r.type = j.value ->> 1 AND r.to_nid = t.nid AND r.key = j.value ->> 3
            """,
            ReadRelation,
            cancellationToken,
            ("$keys", JsonSerializer.Serialize(keys)));
        return await WithEvidenceAsync(rows, cancellationToken);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyCollection<string> ids, IReadOnlyList<string> relationTypes, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            $"""
            SELECT {RelationColumns} FROM json_each($ids) j
              JOIN nodes f ON f.id = j.value JOIN relations r ON r.from_nid = f.nid JOIN nodes t ON t.nid = r.to_nid
             WHERE t.id IN (SELECT value FROM json_each($ids))
               AND ($types = '[]' OR r.type IN (SELECT value FROM json_each($types)))
            """,
            ReadRelation,
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(ids.Distinct(StringComparer.Ordinal))),
            ("$types", SqliteCommands.JsonList(relationTypes)));
        return await WithEvidenceAsync(rows, cancellationToken);
    }

    public ValueTask DisposeAsync() => evidence.DisposeAsync();

    private async Task<List<Node>> WithEvidenceAsync(List<(long Nid, Node Node)> rows, CancellationToken cancellationToken)
    {
        var found = await evidence.ReadAsync(SqliteRows.NodeKind, rows.Select(r => r.Nid), cancellationToken);
        return rows.Select(r => found.TryGetValue(r.Nid, out var e) ? r.Node with { Evidence = e } : r.Node).ToList();
    }

    private async Task<List<Relation>> WithEvidenceAsync(List<(long Rid, Relation Relation)> rows, CancellationToken cancellationToken)
    {
        var found = await evidence.ReadAsync(SqliteRows.RelationKind, rows.Select(r => r.Rid), cancellationToken);
        return rows.Select(r => found.TryGetValue(r.Rid, out var e) ? r.Relation with { Evidence = e } : r.Relation).ToList();
    }

    private (long Nid, Node Node) ReadNode(SqliteDataReader row)
    {
        var label = row.GetString(2);
        return (row.GetInt64(0), new Node(row.GetString(1), label, row.GetString(3))
        {
            Aliases = SqliteVersions.ReadStrings(row.IsDBNull(4) ? null : row.GetString(4)),
            Properties = SqliteVersions.ReadProperties(row.IsDBNull(5) ? null : row.GetString(5), schema.Labels.GetValueOrDefault(label)?.Properties),
        });
    }

    private (long Rid, Relation Relation) ReadRelation(SqliteDataReader row)
    {
        var type = row.GetString(1);
        return (row.GetInt64(0), new Relation(type, row.GetString(2), row.GetString(3))
        {
            Key = row.GetString(4),
            Properties = SqliteVersions.ReadProperties(row.IsDBNull(5) ? null : row.GetString(5), schema.Relations.GetValueOrDefault(type)?.Properties),
        });
    }
}
