using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// Replaces or removes the contributions of a batch of documents inside one explicit transaction,
/// with the same semantics as the SQLite store (<see cref="ContributionBatch"/>). Each document's
/// version of an item is a <c>:Contribution</c> node of its own (<see cref="Neo4jRows"/>), so a
/// write deletes and creates only the batch's own contributions and never rewrites another
/// document's.
/// </summary>
/// <remarks>
/// <para>Steps, each one request for the whole batch (<c>UNWIND</c> over its rows, cut into
/// requests of at most <see cref="MaxRowsPerRequest"/> rows): read the documents' old
/// contributions; lock every node the batch touched before or touches now (<c>MERGE</c> and a
/// property set and removed, in id order so that two writers cannot wait on each other in a
/// circle) and read those nodes and the touched relations as they stand; read the other
/// documents' versions of the items to merge from all their versions; merge; write. So a batch
/// costs a fixed number of requests (some 30, and more only for very large batches), whatever
/// number of documents it holds. With the locks held, a second process writing a document that
/// shares a node waits for this transaction to end and then reads what it committed, so neither
/// loses the other's facts. A deadlock the server still detects is a transient error, and the
/// whole transaction is tried again.</para>
/// <para>Only labels and relation types of the schema are ever written into a statement; every
/// value is a parameter.</para>
/// </remarks>
internal static class Neo4jDocumentWriter
{
    /// <summary>Rows sent in one request at most, so that no request body grows without bound.</summary>
    public const int MaxRowsPerRequest = 2000;

    /// <summary>Applies the writes in order; for each, whether the document had a contribution before.</summary>
    public static async Task<bool[]> ApplyAsync(Neo4jTransaction transaction, GraphSchema schema, IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        var batch = new ContributionBatch(writes);
        var documents = new Dictionary<string, object?> { ["documents"] = batch.DocumentIds.ToList() };
        var old = await transaction.RunAsync(
            "UNWIND $documents AS document MATCH (c:Contribution {document: document}) RETURN c.document, c.kind, c.item, c.data", documents, cancellationToken);
        foreach (var group in old.Rows.GroupBy(row => row[0].GetString()!, StringComparer.Ordinal))
        {
            var rows = group.Select(row => (Kind: row[1].GetString(), Item: row[2].GetString()!, Data: row[3].GetString()!)).ToList();
            batch.SetPrevious(
                group.Key,
                rows.Where(r => r.Kind == Neo4jRows.NodeKind).Select(r => Contributions.ReadNode(r.Item, r.Data, schema)),
                rows.Where(r => r.Kind != Neo4jRows.NodeKind).Select(r => Contributions.ReadRelation(r.Data, schema)));
        }

        var nodeSeqs = await LockNodesAsync(transaction, schema, batch, cancellationToken);
        var relationSeqs = await StandingRelationsAsync(transaction, schema, batch, cancellationToken);
        await OtherVersionsAsync(transaction, schema, batch, cancellationToken);
        var result = batch.Merge();

        // Each document that states an item gives its version the next number, in batch order.
        var contributions = new List<Dictionary<string, object?>>();
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            var (nodes, relations) = batch.Stated(i);
            var documentId = batch.Writes[i].DocumentId;
            foreach (var node in nodes.Values)
            {
                var seq = nodeSeqs[node.Id] = nodeSeqs.GetValueOrDefault(node.Id) + 1;
                contributions.Add(Contribution(documentId, Neo4jRows.NodeKind, node.Id, seq, Contributions.Write(node, withEvidence: false), node.Evidence));
            }

            foreach (var relation in relations.Values)
            {
                var seq = relationSeqs[relation.Id] = relationSeqs.GetValueOrDefault(relation.Id) + 1;
                contributions.Add(Contribution(documentId, Neo4jRows.RelationKind, relation.Id, seq, Contributions.Write(relation, withEvidence: false), relation.Evidence));
            }
        }

        // The batch's own records only: its old contributions go, its new ones come.
        await transaction.RunAsync("UNWIND $documents AS document MATCH (c:Contribution {document: document}) DELETE c", documents, cancellationToken);
        await RunRowsAsync(transaction, "UNWIND $rows AS row CREATE (c:Contribution) SET c = row", contributions, cancellationToken);

        // Relations before the nodes they hang on, nodes before the relations that need them.
        await RunRowsAsync(
            transaction,
            "UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->() WHERE r.id = row.id DELETE r",
            result.DroppedRelations.Select(r => Row(("from", r.From), ("id", r.Id))).ToList(),
            cancellationToken);
        foreach (var group in result.Nodes.GroupBy(n => n.Node.Label))
        {
            var others = schema.Labels.Keys.Where(l => l != group.Key).Select(l => Neo4jRows.Name(schema, l));
            await RunRowsAsync(
                transaction,
                $"""
                UNWIND $rows AS row
                MERGE (n:Entity {'{'}id: row.id{'}'})
                SET n = row.properties, n:{Neo4jRows.Name(schema, group.Key)}
                REMOVE n:{string.Join(':', others)}
                """,
                group.Select(n => Row(("id", n.Node.Id), ("properties", NodeProperties(n.Node, n.AliasHistory, nodeSeqs.GetValueOrDefault(n.Node.Id))))).ToList(),
                cancellationToken);
        }

        if (result.DroppedNodes.Count > 0)
        {
            await transaction.RunAsync("UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n", new Dictionary<string, object?> { ["ids"] = result.DroppedNodes }, cancellationToken);
        }

        foreach (var group in result.Relations.GroupBy(r => r.Type))
        {
            await RunRowsAsync(
                transaction,
                $"""
                UNWIND $rows AS row
                MATCH (a:Entity {'{'}id: row.from{'}'})
                MATCH (b:Entity {'{'}id: row.to{'}'})
                MERGE (a)-[r:{Neo4jRows.Name(schema, group.Key)} {'{'}id: row.id{'}'}]->(b)
                SET r = row.properties
                """,
                group.Select(r => Row(("from", r.From), ("to", r.To), ("id", r.Id), ("properties", RelationProperties(r, relationSeqs.GetValueOrDefault(r.Id))))).ToList(),
                cancellationToken);
        }

        return batch.DocumentIds.Select(batch.HadPrevious).ToArray();
    }

    /// <summary>
    /// Locks the touched nodes (creating the missing ones, which this transaction then writes or
    /// deletes), gives the batch those that stood before, and returns the <c>_seq</c> of each.
    /// </summary>
    private static async Task<Dictionary<string, long>> LockNodesAsync(Neo4jTransaction transaction, GraphSchema schema, ContributionBatch batch, CancellationToken cancellationToken)
    {
        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        if (batch.NodeIds.Count == 0)
        {
            return seqs;
        }

        var result = await transaction.RunAsync(
            $"UNWIND $ids AS id MERGE (n:Entity {{id: id}}) SET n._lock = true REMOVE n._lock RETURN {Neo4jRows.NodeColumns}, n._seq, n._aliasHistory",
            new Dictionary<string, object?> { ["ids"] = batch.NodeIds },
            cancellationToken);
        foreach (var row in result.Rows.Where(r => r[2].ValueKind == JsonValueKind.String))
        {
            var history = row[6].ValueKind == JsonValueKind.Array ? PropertyJson.Strings(row[6]) : null;
            var node = Neo4jRows.ReadNode(row, schema);
            batch.SetStanding(new StandingNode(node, history));
            seqs[node.Id] = row[5].ValueKind == JsonValueKind.Number ? row[5].GetInt64() : 0;
        }

        return seqs;
    }

    private static async Task<Dictionary<string, long>> StandingRelationsAsync(Neo4jTransaction transaction, GraphSchema schema, ContributionBatch batch, CancellationToken cancellationToken)
    {
        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        if (batch.Relations.Count == 0)
        {
            return seqs;
        }

        var result = await transaction.RunAsync(
            $"UNWIND $rows AS row MATCH (:Entity {{id: row.from}})-[r]->() WHERE r.id = row.id RETURN {Neo4jRows.RelationColumns}, r._seq",
            new Dictionary<string, object?> { ["rows"] = batch.Relations.Select(r => Row(("from", r.From), ("id", r.Id))).ToList() },
            cancellationToken);
        foreach (var row in result.Rows)
        {
            var relation = Neo4jRows.ReadRelation(row, schema);
            batch.SetStanding(relation);
            seqs[relation.Id] = row[6].ValueKind == JsonValueKind.Number ? row[6].GetInt64() : 0;
        }

        return seqs;
    }

    /// <summary>Gives the batch the versions documents outside it state of the items to merge from all their versions, oldest first.</summary>
    private static async Task OtherVersionsAsync(Neo4jTransaction transaction, GraphSchema schema, ContributionBatch batch, CancellationToken cancellationToken)
    {
        foreach (var (kind, items) in new[] { (Neo4jRows.NodeKind, batch.FullNodes), (Neo4jRows.RelationKind, batch.FullRelations) })
        {
            if (items.Count == 0)
            {
                continue;
            }

            var result = await transaction.RunAsync(
                "UNWIND $items AS item MATCH (c:Contribution {kind: $kind, item: item}) WHERE NOT c.document IN $documents RETURN c.item, c.data ORDER BY c.item, c.seq",
                new Dictionary<string, object?> { ["items"] = items.Order(StringComparer.Ordinal).ToList(), ["kind"] = kind, ["documents"] = batch.DocumentIds.ToList() },
                cancellationToken);
            foreach (var group in result.Rows.GroupBy(row => row[0].GetString()!, StringComparer.Ordinal))
            {
                if (kind == Neo4jRows.NodeKind)
                {
                    batch.SetOtherVersions(group.Key, group.Select(row => Contributions.ReadNode(group.Key, row[1].GetString()!, schema)).ToList());
                }
                else
                {
                    batch.SetOtherVersions(group.Key, group.Select(row => Contributions.ReadRelation(row[1].GetString()!, schema)).ToList());
                }
            }
        }
    }

    // One statement over many rows, in requests of at most MaxRowsPerRequest rows; none when there are none.
    private static async Task RunRowsAsync(Neo4jTransaction transaction, string statement, List<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += MaxRowsPerRequest)
        {
            var chunk = rows.GetRange(start, Math.Min(MaxRowsPerRequest, rows.Count - start));
            await transaction.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = chunk }, cancellationToken);
        }
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
