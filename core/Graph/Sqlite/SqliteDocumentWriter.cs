using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// Replaces or removes one document's contribution inside the caller's transaction: its old
/// contributions, evidence and passages go, the new ones are recorded, and every node and relation
/// it touched, before or now, is merged again from the documents that still state it (or removed
/// when none does).
/// </summary>
internal static class SqliteDocumentWriter
{
    /// <summary>Applies <paramref name="graph"/> (null to delete) as document <paramref name="documentId"/>'s contribution; true when the document had one before.</summary>
    public static async Task<bool> ApplyAsync(SqliteConnection connection, GraphSchema schema, string documentId, DocumentGraph? graph, CancellationToken cancellationToken)
    {
        var document = ("$document", (object?)documentId);
        var old = await connection.QueryAsync(
            "SELECT kind, item_id FROM contributions WHERE document_id = $document", r => (Kind: r.GetString(0), Id: r.GetString(1)), cancellationToken, document);
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

        var nodeIds = old.Where(o => o.Kind == "node").Select(o => o.Id).Union(nodes.Select(n => n.Id)).ToList();
        var relationIds = old.Where(o => o.Kind == "relation").Select(o => o.Id).Union(relations.Select(r => r.Id)).ToList();
        var mergedNodes = (await VersionsAsync(connection, "node", nodeIds, cancellationToken))
            .ToDictionary(g => g.Key, g => Contributions.Merge(g.Value.Select(json => Contributions.ReadNode(g.Key, json, schema)).ToList()));
        var mergedRelations = (await VersionsAsync(connection, "relation", relationIds, cancellationToken))
            .ToDictionary(g => g.Key, g => Contributions.Merge(g.Value.Select(json => Contributions.ReadRelation(json, schema)).ToList()));

        // Relations before the nodes they hang on, nodes before the relations that need them.
        var gone = ("$ids", (object?)SqliteCommands.JsonList(relationIds.Where(id => !mergedRelations.ContainsKey(id))));
        await connection.ExecuteAsync("DELETE FROM relations WHERE id IN (SELECT value FROM json_each($ids))", cancellationToken, gone);
        await UpsertNodesAsync(connection, mergedNodes.Values, cancellationToken);
        gone = ("$ids", SqliteCommands.JsonList(nodeIds.Where(id => !mergedNodes.ContainsKey(id))));
        await connection.ExecuteAsync("DELETE FROM nodes WHERE id IN (SELECT value FROM json_each($ids))", cancellationToken, gone);
        await UpsertRelationsAsync(connection, mergedRelations.Values, cancellationToken);
        return old.Count > 0;
    }

    private static async Task RecordAsync(SqliteConnection connection, string documentId, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var seq = (long)(await connection.Command("SELECT coalesce(max(seq), 0) + 1 FROM contributions").ExecuteScalarAsync(cancellationToken))!;
        await using var contribution = connection.Command(
            "INSERT INTO contributions (document_id, kind, item_id, seq, data) VALUES ($document, $kind, $item, $seq, $data)",
            ("$document", documentId), ("$kind", ""), ("$item", ""), ("$seq", seq), ("$data", ""));
        await using var evidence = connection.Command(
            """INSERT INTO evidence (document_id, kind, item_id, passage_id, start, "end", text) VALUES ($document, $kind, $item, $passage, $start, $end, $text)""",
            ("$document", documentId), ("$kind", ""), ("$item", ""), ("$passage", ""), ("$start", 0), ("$end", 0), ("$text", ""));
        var items = nodes.Select(n => ("node", n.Id, Contributions.Write(n, withEvidence: false), n.Evidence))
            .Concat(relations.Select(r => ("relation", r.Id, Contributions.Write(r, withEvidence: false), r.Evidence)));
        foreach (var (kind, id, data, itemEvidence) in items)
        {
            Set(contribution, ("$kind", kind), ("$item", id), ("$data", data));
            await contribution.ExecuteNonQueryAsync(cancellationToken);
            foreach (var e in itemEvidence)
            {
                Set(evidence, ("$kind", kind), ("$item", id), ("$passage", e.PassageId), ("$start", e.Start), ("$end", e.End), ("$text", e.Text));
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

    private static async Task UpsertNodesAsync(SqliteConnection connection, IEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        await using var upsert = connection.Command(
            """
            INSERT INTO nodes (id, label, name, aliases, properties) VALUES ($id, $label, $name, $aliases, $properties)
            ON CONFLICT (id) DO UPDATE SET label = excluded.label, name = excluded.name, aliases = excluded.aliases, properties = excluded.properties
            """,
            ("$id", ""), ("$label", ""), ("$name", ""), ("$aliases", ""), ("$properties", ""));
        await using var clearNames = connection.Command("DELETE FROM node_names WHERE node_id = $id", ("$id", ""));
        await using var addName = connection.Command("INSERT OR IGNORE INTO node_names (name, node_id, is_alias) VALUES ($name, $id, $alias)", ("$name", ""), ("$id", ""), ("$alias", 0));
        foreach (var node in nodes)
        {
            Set(upsert, ("$id", node.Id), ("$label", node.Label), ("$name", node.Name), ("$aliases", PropertyJson.ToJson(node.Aliases)), ("$properties", PropertyJson.ToJson(node.Properties)));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
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
