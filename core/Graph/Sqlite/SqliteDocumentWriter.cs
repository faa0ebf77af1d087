using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// Replaces or removes one document's contribution inside the caller's transaction: its old
/// contributions, evidence and passages go, the new ones are recorded, and every node and relation
/// it touched, before or now, is merged again (or removed when no document states it any more).
/// </summary>
/// <remarks>
/// A shared item (a province, a topic) may be stated by thousands of documents, so merging it from
/// all their versions on every write would make ingest quadratic. An item the document states
/// again with nothing left out, or for the first time, is merged into the item as it stands: the
/// new version is the latest, so its label, name and property values win, and its aliases go
/// first (<see cref="Contributions.MergeLatest(Node, IReadOnlyList{string}, Node)"/>); evidence is
/// read per document anyway. Only an item the document stops stating, or states with less than
/// before, or that a deleted document stated, is merged again from all its versions.
/// </remarks>
internal static class SqliteDocumentWriter
{
    /// <summary>Applies <paramref name="graph"/> (null to delete) as document <paramref name="documentId"/>'s contribution; true when the document had one before.</summary>
    public static async Task<bool> ApplyAsync(SqliteConnection connection, GraphSchema schema, string documentId, DocumentGraph? graph, CancellationToken cancellationToken)
    {
        var document = ("$document", (object?)documentId);
        var old = await connection.QueryAsync(
            "SELECT kind, item_id, data FROM contributions WHERE document_id = $document",
            r => (Kind: r.GetString(0), Id: r.GetString(1), Data: r.GetString(2)),
            cancellationToken,
            document);
        foreach (var table in new[] { "contributions", "evidence", "passages" })
        {
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE document_id = $document", cancellationToken, document);
        }

        var nodes = graph is null ? [] : graph.Nodes.Prepend(graph.Document).ToList();
        var relations = graph?.Relations ?? [];
        if (graph is not null)
        {
            await RecordAsync(connection, documentId, nodes, relations, graph.Passages, cancellationToken);
        }

        var oldNodes = old.Where(o => o.Kind == "node").ToDictionary(o => o.Id, o => Contributions.ReadNode(o.Id, o.Data, schema), StringComparer.Ordinal);
        var oldRelations = old.Where(o => o.Kind == "relation").ToDictionary(o => o.Id, o => Contributions.ReadRelation(o.Data, schema), StringComparer.Ordinal);
        var mergedNodes = await MergeNodesAsync(connection, schema, oldNodes, nodes, cancellationToken);
        var mergedRelations = await MergeRelationsAsync(connection, schema, oldRelations, relations, cancellationToken);

        // Relations before the nodes they hang on, nodes before the relations that need them.
        var relationIds = oldRelations.Keys.Union(relations.Select(r => r.Id));
        var gone = ("$ids", (object?)SqliteCommands.JsonList(relationIds.Where(id => !mergedRelations.ContainsKey(id))));
        await connection.ExecuteAsync("DELETE FROM relations WHERE id IN (SELECT value FROM json_each($ids))", cancellationToken, gone);
        await UpsertNodesAsync(connection, mergedNodes.Values, cancellationToken);
        var nodeIds = oldNodes.Keys.Union(nodes.Select(n => n.Id));
        gone = ("$ids", SqliteCommands.JsonList(nodeIds.Where(id => !mergedNodes.ContainsKey(id))));
        await connection.ExecuteAsync("DELETE FROM nodes WHERE id IN (SELECT value FROM json_each($ids))", cancellationToken, gone);
        await UpsertRelationsAsync(connection, mergedRelations.Values, cancellationToken);
        return old.Count > 0;
    }

    /// <summary>The touched nodes as they now merge, with their alias history; a node missing here has no version left.</summary>
    private static async Task<Dictionary<string, (Node Node, string[] AliasHistory)>> MergeNodesAsync(
        SqliteConnection connection, GraphSchema schema, Dictionary<string, Node> previous, IReadOnlyList<Node> nodes, CancellationToken cancellationToken)
    {
        var stated = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            stated[node.Id] = node;
        }

        var full = previous.Where(p => !stated.TryGetValue(p.Key, out var next) || !Contributions.Covers(next, p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var current = await CurrentNodesAsync(connection, schema, stated.Keys.Where(id => !full.Contains(id)), cancellationToken);
        var merged = new Dictionary<string, (Node, string[])>(StringComparer.Ordinal);
        foreach (var node in stated.Values.Where(n => !full.Contains(n.Id)))
        {
            if (!current.TryGetValue(node.Id, out var standing))
            {
                merged[node.Id] = Contributions.MergeLatest(new Node(node.Id, node.Label, node.Name), [], node);
            }
            else if (standing.AliasHistory is null)
            {
                full.Add(node.Id);
            }
            else
            {
                merged[node.Id] = Contributions.MergeLatest(standing.Node, standing.AliasHistory, node);
            }
        }

        foreach (var (id, versions) in await VersionsAsync(connection, "node", full, cancellationToken))
        {
            var read = versions.Select(json => Contributions.ReadNode(id, json, schema)).ToList();
            merged[id] = (Contributions.Merge(read) with { Evidence = [] }, Contributions.AliasHistory(read));
        }

        return merged;
    }

    /// <summary>The touched relations as they now merge; a relation missing here has no version left.</summary>
    private static async Task<Dictionary<string, Relation>> MergeRelationsAsync(
        SqliteConnection connection, GraphSchema schema, Dictionary<string, Relation> previous, IReadOnlyList<Relation> relations, CancellationToken cancellationToken)
    {
        var stated = relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var full = previous.Where(p => !stated.TryGetValue(p.Key, out var next) || !Contributions.Covers(next, p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var current = await CurrentRelationsAsync(connection, schema, stated.Keys.Where(id => !full.Contains(id)), cancellationToken);
        var merged = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var relation in stated.Values.Where(r => !full.Contains(r.Id)))
        {
            merged[relation.Id] = current.TryGetValue(relation.Id, out var standing)
                ? Contributions.MergeLatest(standing, relation)
                : Contributions.MergeLatest(relation with { Properties = new Dictionary<string, object>() }, relation);
        }

        foreach (var (id, versions) in await VersionsAsync(connection, "relation", full, cancellationToken))
        {
            merged[id] = Contributions.Merge(versions.Select(json => Contributions.ReadRelation(json, schema)).ToList()) with { Evidence = [] };
        }

        return merged;
    }

    /// <summary>The nodes as they stand, with their alias history (null where the store has none yet).</summary>
    private static async Task<Dictionary<string, (Node Node, string[]? AliasHistory)>> CurrentNodesAsync(
        SqliteConnection connection, GraphSchema schema, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            """
            SELECT n.id, n.label, n.name, n.properties, h.aliases FROM json_each($ids) j
              JOIN nodes n ON n.id = j.value LEFT JOIN node_alias_history h ON h.node_id = n.id
            """,
            r =>
            {
                var label = r.GetString(1);
                using var properties = JsonDocument.Parse(r.GetString(3));
                var node = new Node(r.GetString(0), label, r.GetString(2))
                {
                    Properties = PropertyJson.ReadProperties(properties.RootElement, schema.Labels.GetValueOrDefault(label)?.Properties),
                };
                if (r.IsDBNull(4))
                {
                    return (node, (string[]?)null);
                }

                using var history = JsonDocument.Parse(r.GetString(4));
                return (node, PropertyJson.Strings(history.RootElement).ToArray());
            },
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(ids)));
        return rows.ToDictionary(r => r.node.Id, r => (r.node, r.Item2), StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, Relation>> CurrentRelationsAsync(
        SqliteConnection connection, GraphSchema schema, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            "SELECT r.id, r.type, r.from_id, r.to_id, r.key, r.properties FROM json_each($ids) j JOIN relations r ON r.id = j.value",
            r =>
            {
                var type = r.GetString(1);
                using var properties = JsonDocument.Parse(r.GetString(5));
                return new Relation(type, r.GetString(2), r.GetString(3))
                {
                    Key = r.GetString(4),
                    Properties = PropertyJson.ReadProperties(properties.RootElement, schema.Relations.GetValueOrDefault(type)?.Properties),
                };
            },
            cancellationToken,
            ("$ids", SqliteCommands.JsonList(ids)));
        return rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    private static async Task RecordAsync(SqliteConnection connection, string documentId, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var seq = (long)(await connection.Command("SELECT coalesce(max(seq), 0) + 1 FROM contributions").ExecuteScalarAsync(cancellationToken))!;
        await using var contribution = connection.Command(
            "INSERT INTO contributions (document_id, kind, item_id, seq, data) VALUES ($document, $kind, $item, $seq, $data)",
            ("$document", documentId), ("$kind", ""), ("$item", ""), ("$seq", seq), ("$data", ""));
        await using var evidence = connection.Command(
            """
            INSERT INTO evidence (document_id, kind, item_id, passage_id, start, "end", text, mention_start, mention_end)
            VALUES ($document, $kind, $item, $passage, $start, $end, $text, $mentionStart, $mentionEnd)
            """,
            ("$document", documentId), ("$kind", ""), ("$item", ""), ("$passage", ""), ("$start", 0), ("$end", 0), ("$text", ""), ("$mentionStart", null), ("$mentionEnd", null));
        var items = nodes.Select(n => ("node", n.Id, Contributions.Write(n, withEvidence: false), n.Evidence))
            .Concat(relations.Select(r => ("relation", r.Id, Contributions.Write(r, withEvidence: false), r.Evidence)));
        foreach (var (kind, id, data, itemEvidence) in items)
        {
            Set(contribution, ("$kind", kind), ("$item", id), ("$data", data));
            await contribution.ExecuteNonQueryAsync(cancellationToken);
            foreach (var e in itemEvidence)
            {
                Set(evidence, ("$kind", kind), ("$item", id), ("$passage", e.PassageId), ("$start", e.Start), ("$end", e.End), ("$text", e.Text),
                    ("$mentionStart", (object?)e.MentionStart ?? DBNull.Value), ("$mentionEnd", (object?)e.MentionEnd ?? DBNull.Value));
                await evidence.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var passage = connection.Command(
            """INSERT OR REPLACE INTO passages (id, document_id, section_id, text, start, "end", data) VALUES ($id, $document, $section, $text, $start, $end, $data)""",
            ("$id", ""), ("$document", documentId), ("$section", ""), ("$text", ""), ("$start", 0), ("$end", 0), ("$data", ""));
        foreach (var p in passages)
        {
            var data = PropertyJson.ToJson(new Dictionary<string, object?>
            {
                ["committee"] = p.Committee, ["city"] = p.City, ["province"] = p.Province, ["year"] = p.Year, ["entityIds"] = p.EntityIds,
            });
            Set(passage, ("$id", p.Id), ("$section", p.SectionId), ("$text", p.Text), ("$start", p.Start), ("$end", p.End), ("$data", data));
            await passage.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Each item's versions (JSON), oldest first.</summary>
    private static async Task<Dictionary<string, List<string>>> VersionsAsync(SqliteConnection connection, string kind, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            "SELECT item_id, data FROM contributions WHERE kind = $kind AND item_id IN (SELECT value FROM json_each($ids)) ORDER BY item_id, seq",
            r => (Id: r.GetString(0), Data: r.GetString(1)),
            cancellationToken,
            ("$kind", kind),
            ("$ids", SqliteCommands.JsonList(ids)));
        return rows.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Data).ToList(), StringComparer.Ordinal);
    }

    private static async Task UpsertNodesAsync(SqliteConnection connection, IEnumerable<(Node Node, string[] AliasHistory)> nodes, CancellationToken cancellationToken)
    {
        await using var upsert = connection.Command(
            """
            INSERT INTO nodes (id, label, name, aliases, properties) VALUES ($id, $label, $name, $aliases, $properties)
            ON CONFLICT (id) DO UPDATE SET label = excluded.label, name = excluded.name, aliases = excluded.aliases, properties = excluded.properties
            """,
            ("$id", ""), ("$label", ""), ("$name", ""), ("$aliases", ""), ("$properties", ""));
        await using var clearNames = connection.Command("DELETE FROM node_names WHERE node_id = $id", ("$id", ""));
        await using var addName = connection.Command("INSERT OR IGNORE INTO node_names (name, node_id, is_alias) VALUES ($name, $id, $alias)", ("$name", ""), ("$id", ""), ("$alias", 0));
        await using var setHistory = connection.Command(
            "INSERT INTO node_alias_history (node_id, aliases) VALUES ($id, $aliases) ON CONFLICT (node_id) DO UPDATE SET aliases = excluded.aliases",
            ("$id", ""), ("$aliases", ""));
        foreach (var (node, history) in nodes)
        {
            Set(setHistory, ("$id", node.Id), ("$aliases", PropertyJson.ToJson(history)));
            Set(upsert, ("$id", node.Id), ("$label", node.Label), ("$name", node.Name), ("$aliases", PropertyJson.ToJson(node.Aliases)), ("$properties", PropertyJson.ToJson(node.Properties)));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            await setHistory.ExecuteNonQueryAsync(cancellationToken);
            Set(clearNames, ("$id", node.Id));
            await clearNames.ExecuteNonQueryAsync(cancellationToken);
            foreach (var (name, alias) in node.Aliases.Select(a => (a, 1)).Prepend((node.Name, 0)))
            {
                Set(addName, ("$name", name), ("$id", node.Id), ("$alias", alias));
                await addName.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task UpsertRelationsAsync(SqliteConnection connection, IEnumerable<Relation> relations, CancellationToken cancellationToken)
    {
        await using var upsert = connection.Command(
            """
            INSERT INTO relations (id, type, from_id, to_id, key, properties) VALUES ($id, $type, $from, $to, $key, $properties)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id, key = excluded.key, properties = excluded.properties
            """,
            ("$id", ""), ("$type", ""), ("$from", ""), ("$to", ""), ("$key", ""), ("$properties", ""));
        foreach (var relation in relations)
        {
            Set(upsert, ("$id", relation.Id), ("$type", relation.Type), ("$from", relation.From), ("$to", relation.To), ("$key", relation.Key), ("$properties", PropertyJson.ToJson(relation.Properties)));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }
    }
}
