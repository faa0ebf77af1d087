using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// Replaces or removes one document's contribution inside an explicit transaction, with the same
/// semantics as the SQLite store. Each document's version of an item is a <c>:Contribution</c>
/// node of its own (<see cref="Neo4jRows"/>), so a document's write deletes and creates only its
/// own contributions and never rewrites another document's.
/// </summary>
/// <remarks>
/// <para>Steps: read the document's old contributions; lock every node it touched before or
/// touches now (<c>MERGE</c> and a property set and removed, in id order so that two writers
/// cannot wait on each other in a circle) and read those nodes and the touched relations as they
/// stand; merge; write. With the locks held, a second process writing a document that shares a
/// node waits for this transaction to end and then reads what it committed, so neither loses the
/// other's facts; writers of documents that share nothing do not wait on each other. A deadlock
/// the server still detects is a transient error, and the whole transaction is tried again.</para>
/// <para>Merging is incremental as in the SQLite store: an item the document states for the first
/// time, or again with nothing left out, is merged into the item as it stands (its version is the
/// latest); only an item the document stops stating or states with less than before is merged
/// again from every document's version (<see cref="Contributions"/>). So a hub node stated by
/// thousands of documents costs one node read per write, not thousands.</para>
/// <para>Only labels and relation types of the schema are ever written into a statement; every
/// value is a parameter.</para>
/// </remarks>
internal static class Neo4jDocumentWriter
{
    /// <summary>Applies <paramref name="graph"/> (null to delete) as document <paramref name="documentId"/>'s contribution; true when the document had one before.</summary>
    public static async Task<bool> ApplyAsync(Neo4jTransaction transaction, GraphSchema schema, string documentId, DocumentGraph? graph, CancellationToken cancellationToken)
    {
        var document = new Dictionary<string, object?> { ["document"] = documentId };
        var old = await transaction.RunAsync("MATCH (c:Contribution {document: $document}) RETURN c.kind, c.item, c.data", document, cancellationToken);
        var oldNodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var oldRelations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var row in old.Rows)
        {
            var (kind, item, data) = (row[0].GetString(), row[1].GetString()!, row[2].GetString()!);
            if (kind == Neo4jRows.NodeKind)
            {
                oldNodes[item] = Contributions.ReadNode(item, data, schema);
            }
            else
            {
                oldRelations[item] = Contributions.ReadRelation(data, schema);
            }
        }

        var newNodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in graph is null ? [] : graph.Nodes.Prepend(graph.Document))
        {
            newNodes[node.Id] = node;
        }

        var newRelations = (graph?.Relations ?? []).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var nodeIds = oldNodes.Keys.Union(newNodes.Keys).Order(StringComparer.Ordinal).ToList();
        var standingNodes = await LockNodesAsync(transaction, schema, nodeIds, cancellationToken);
        var relationRefs = oldRelations.Values.Concat(newRelations.Values).DistinctBy(r => r.Id).Select(r => (r.From, r.Id)).ToList();
        var standingRelations = await StandingRelationsAsync(transaction, schema, relationRefs, cancellationToken);

        // Items this document stops stating, or states with less than before, are merged again from every version.
        var fullNodes = oldNodes.Where(o => !newNodes.TryGetValue(o.Key, out var next) || !Contributions.Covers(next, o.Value)).Select(o => o.Key)
            .Concat(newNodes.Keys.Where(id => standingNodes.TryGetValue(id, out var s) && s.AliasHistory is null))
            .ToHashSet(StringComparer.Ordinal);
        var fullRelations = oldRelations.Where(o => !newRelations.TryGetValue(o.Key, out var next) || !Contributions.Covers(next, o.Value)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var nodeVersions = await OtherVersionsAsync(transaction, Neo4jRows.NodeKind, documentId, fullNodes, cancellationToken);
        var relationVersions = await OtherVersionsAsync(transaction, Neo4jRows.RelationKind, documentId, fullRelations, cancellationToken);

        var contributions = new List<Dictionary<string, object?>>();
        var nodes = new List<(Node Node, string[] AliasHistory, long Seq)>();
        var droppedNodes = new List<string>();
        foreach (var id in nodeIds)
        {
            standingNodes.TryGetValue(id, out var standing);
            var seq = standing.Seq;
            if (newNodes.TryGetValue(id, out var stated))
            {
                seq++;
                contributions.Add(Contribution(documentId, Neo4jRows.NodeKind, id, seq, Contributions.Write(stated, withEvidence: false), stated.Evidence));
            }

            if (fullNodes.Contains(id))
            {
                var versions = nodeVersions.GetValueOrDefault(id, []).Select(data => Contributions.ReadNode(id, data, schema)).ToList();
                if (stated is not null)
                {
                    versions.Add(stated);
                }

                if (versions.Count == 0)
                {
                    droppedNodes.Add(id);
                    continue;
                }

                nodes.Add((Contributions.Merge(versions) with { Evidence = [] }, Contributions.AliasHistory(versions), seq));
            }
            else if (stated is not null)
            {
                var (merged, history) = standing is ({ } current, { } aliases, _)
                    ? Contributions.MergeLatest(current, aliases, stated)
                    : Contributions.MergeLatest(new Node(id, stated.Label, stated.Name), [], stated);
                nodes.Add((merged, history, seq));
            }
        }

        var relations = new List<(Relation Relation, long Seq)>();
        var droppedRelations = new List<(string From, string Id)>();
        foreach (var (from, id) in relationRefs)
        {
            var standing = standingRelations.GetValueOrDefault(id);
            var seq = standing.Seq;
            if (newRelations.TryGetValue(id, out var stated))
            {
                seq++;
                contributions.Add(Contribution(documentId, Neo4jRows.RelationKind, id, seq, Contributions.Write(stated, withEvidence: false), stated.Evidence));
            }

            if (fullRelations.Contains(id))
            {
                var versions = relationVersions.GetValueOrDefault(id, []).Select(data => Contributions.ReadRelation(data, schema)).ToList();
                if (stated is not null)
                {
                    versions.Add(stated);
                }

                if (versions.Count == 0)
                {
                    droppedRelations.Add((from, id));
                    continue;
                }

                relations.Add((Contributions.Merge(versions) with { Evidence = [] }, seq));
            }
            else if (stated is not null)
            {
                relations.Add((standing.Relation is { } current ? Contributions.MergeLatest(current, stated) : stated with { Evidence = [] }, seq));
            }
        }

        // This document's own records only: its old contributions go, its new ones come.
        await transaction.RunAsync("MATCH (c:Contribution {document: $document}) DELETE c", document, cancellationToken);
        if (contributions.Count > 0)
        {
            await transaction.RunAsync("UNWIND $rows AS row CREATE (c:Contribution) SET c = row", new Dictionary<string, object?> { ["rows"] = contributions }, cancellationToken);
        }

        // Relations before the nodes they hang on, nodes before the relations that need them.
        if (droppedRelations.Count > 0)
        {
            await transaction.RunAsync(
                "UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->() WHERE r.id = row.id DELETE r",
                new Dictionary<string, object?> { ["rows"] = droppedRelations.Select(r => Row(("from", r.From), ("id", r.Id))).ToList() },
                cancellationToken);
        }

        foreach (var group in nodes.GroupBy(n => n.Node.Label))
        {
            var others = schema.Labels.Keys.Where(l => l != group.Key).Select(l => Neo4jRows.Name(schema, l));
            await transaction.RunAsync(
                $"""
                UNWIND $rows AS row
                MERGE (n:Entity {'{'}id: row.id{'}'})
                SET n = row.properties, n:{Neo4jRows.Name(schema, group.Key)}
                REMOVE n:{string.Join(':', others)}
                """,
                new Dictionary<string, object?> { ["rows"] = group.Select(n => Row(("id", n.Node.Id), ("properties", NodeProperties(n.Node, n.AliasHistory, n.Seq)))).ToList() },
                cancellationToken);
        }

        if (droppedNodes.Count > 0)
        {
            await transaction.RunAsync("UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n", new Dictionary<string, object?> { ["ids"] = droppedNodes }, cancellationToken);
        }

        foreach (var group in relations.GroupBy(r => r.Relation.Type))
        {
            await transaction.RunAsync(
                $"""
                UNWIND $rows AS row
                MATCH (a:Entity {'{'}id: row.from{'}'})
                MATCH (b:Entity {'{'}id: row.to{'}'})
                MERGE (a)-[r:{Neo4jRows.Name(schema, group.Key)} {'{'}id: row.id{'}'}]->(b)
                SET r = row.properties
                """,
                new Dictionary<string, object?>
                {
                    ["rows"] = group.Select(r => Row(("from", r.Relation.From), ("to", r.Relation.To), ("id", r.Relation.Id), ("properties", RelationProperties(r.Relation, r.Seq)))).ToList(),
                },
                cancellationToken);
        }

        return old.Rows.Count > 0;
    }

    /// <summary>
    /// Locks the nodes (creating the missing ones, which this transaction then writes or deletes)
    /// and returns those that stood before, with their <c>_seq</c> and <c>_aliasHistory</c>.
    /// </summary>
    private static async Task<Dictionary<string, (Node? Node, string[]? AliasHistory, long Seq)>> LockNodesAsync(
        Neo4jTransaction transaction, GraphSchema schema, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await transaction.RunAsync(
            $"UNWIND $ids AS id MERGE (n:Entity {{id: id}}) SET n._lock = true REMOVE n._lock RETURN {Neo4jRows.NodeColumns}, n._seq, n._aliasHistory",
            new Dictionary<string, object?> { ["ids"] = ids },
            cancellationToken);
        var standing = new Dictionary<string, (Node?, string[]?, long)>(StringComparer.Ordinal);
        foreach (var row in result.Rows.Where(r => r[2].ValueKind == JsonValueKind.String))
        {
            var seq = row[5].ValueKind == JsonValueKind.Number ? row[5].GetInt64() : 0;
            var history = row[6].ValueKind == JsonValueKind.Array ? PropertyJson.Strings(row[6]) : null;
            standing[row[0].GetString()!] = (Neo4jRows.ReadNode(row, schema), history, seq);
        }

        return standing;
    }

    private static async Task<Dictionary<string, (Relation? Relation, long Seq)>> StandingRelationsAsync(
        Neo4jTransaction transaction, GraphSchema schema, List<(string From, string Id)> refs, CancellationToken cancellationToken)
    {
        if (refs.Count == 0)
        {
            return [];
        }

        var result = await transaction.RunAsync(
            $"UNWIND $rows AS row MATCH (:Entity {{id: row.from}})-[r]->() WHERE r.id = row.id RETURN {Neo4jRows.RelationColumns}, r._seq",
            new Dictionary<string, object?> { ["rows"] = refs.Select(r => Row(("from", r.From), ("id", r.Id))).ToList() },
            cancellationToken);
        return result.Rows.ToDictionary(
            row => row[0].GetString()!,
            row => ((Relation?)Neo4jRows.ReadRelation(row, schema), row[6].ValueKind == JsonValueKind.Number ? row[6].GetInt64() : 0L),
            StringComparer.Ordinal);
    }

    /// <summary>The versions other documents state of these items, oldest first.</summary>
    private static async Task<Dictionary<string, List<string>>> OtherVersionsAsync(
        Neo4jTransaction transaction, string kind, string documentId, HashSet<string> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var result = await transaction.RunAsync(
            "UNWIND $items AS item MATCH (c:Contribution {kind: $kind, item: item}) WHERE c.document <> $document RETURN c.item, c.data ORDER BY c.item, c.seq",
            new Dictionary<string, object?> { ["items"] = items.Order(StringComparer.Ordinal).ToList(), ["kind"] = kind, ["document"] = documentId },
            cancellationToken);
        var versions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var item = row[0].GetString()!;
            if (!versions.TryGetValue(item, out var list))
            {
                versions[item] = list = [];
            }

            list.Add(row[1].GetString()!);
        }

        return versions;
    }

    private static Dictionary<string, object?> Contribution(string documentId, string kind, string item, long seq, string data, IReadOnlyList<Evidence> evidence) => Row(
        ("document", documentId), ("kind", kind), ("item", item), ("seq", seq), ("data", data), ("evidence", Contributions.EvidenceJson(evidence)));

    private static Dictionary<string, object?> NodeProperties(Node node, string[] aliasHistory, long seq)
    {
        var properties = node.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        properties["id"] = node.Id;
        properties["name"] = node.Name;
        properties["aliases"] = node.Aliases;
        properties["_aliasHistory"] = aliasHistory;
        properties["_seq"] = seq;
        return properties;
    }

    private static Dictionary<string, object?> RelationProperties(Relation relation, long seq)
    {
        var properties = relation.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        properties["id"] = relation.Id;
        properties["key"] = relation.Key;
        properties["_seq"] = seq;
        return properties;
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
