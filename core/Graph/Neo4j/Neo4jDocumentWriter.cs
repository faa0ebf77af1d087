using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// Replaces or removes one document's contribution inside an explicit transaction, with the same
/// semantics as the SQLite store: the document's old and new items are read with their
/// <c>_sources</c>, merged again in memory from the documents that still state them, and written
/// back in batches (<c>UNWIND $rows … MERGE</c>); items no document states any more are deleted.
/// Only labels and relation types of the schema are ever written into a statement.
/// </summary>
internal static class Neo4jDocumentWriter
{
    public static async Task<bool> ApplyAsync(Neo4jTransaction transaction, GraphSchema schema, string documentId, DocumentGraph? graph, CancellationToken cancellationToken)
    {
        var owned = await transaction.RunAsync(
            "OPTIONAL MATCH (d:Entity {id: $document}) RETURN d._nodes, d._relations", new Dictionary<string, object?> { ["document"] = documentId }, cancellationToken);
        var oldNodes = owned.Rows.Count > 0 ? PropertyJson.Strings(owned.Rows[0][0]) : [];
        var oldRelations = (owned.Rows.Count > 0 ? PropertyJson.Strings(owned.Rows[0][1]) : [])
            .Select(s => (From: Neo4jRows.DocumentOf(s), Id: Neo4jRows.Version(s)));

        var newNodes = graph is null ? [] : graph.Nodes.Prepend(graph.Document).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var newRelations = (graph?.Relations ?? []).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var nodeIds = oldNodes.Union(newNodes.Keys).ToList();
        var relationRefs = oldRelations.Concat(newRelations.Values.Select(r => (r.From, r.Id))).DistinctBy(r => r.Id).ToList();

        var nodeSources = await SourcesAsync(transaction, "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id, n._sources", new() { ["ids"] = nodeIds }, cancellationToken);
        var relationSources = await SourcesAsync(
            transaction,
            "UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->() WHERE r.id = row.id RETURN r.id, r._sources",
            new() { ["rows"] = relationRefs.Select(r => Row(("from", r.From), ("id", r.Id))).ToList() },
            cancellationToken);

        // Each item's sources without this document's, plus its new version; merged, or dropped when none is left.
        var nodes = new List<Node>();
        var droppedNodes = new List<string>();
        foreach (var id in nodeIds)
        {
            var sources = Rebuild(nodeSources.GetValueOrDefault(id), documentId, newNodes.TryGetValue(id, out var node) ? Contributions.Write(node, withEvidence: true) : null);
            if (sources.Count == 0)
            {
                droppedNodes.Add(id);
                continue;
            }

            nodes.Add(Contributions.Merge(sources.Select(s => Contributions.ReadNode(id, Neo4jRows.Version(s), schema)).ToList()) with { Evidence = [] });
            nodeSources[id] = sources;
        }

        var relations = new List<Relation>();
        var droppedRelations = new List<(string From, string Id)>();
        foreach (var (from, id) in relationRefs)
        {
            var sources = Rebuild(relationSources.GetValueOrDefault(id), documentId, newRelations.TryGetValue(id, out var relation) ? Contributions.Write(relation, withEvidence: true) : null);
            if (sources.Count == 0)
            {
                droppedRelations.Add((from, id));
                continue;
            }

            relations.Add(Contributions.Merge(sources.Select(s => Contributions.ReadRelation(Neo4jRows.Version(s), schema)).ToList()) with { Evidence = [] });
            relationSources[id] = sources;
        }

        // Relations before the nodes they hang on, nodes before the relations that need them.
        if (droppedRelations.Count > 0)
        {
            await transaction.RunAsync(
                "UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->() WHERE r.id = row.id DELETE r",
                new Dictionary<string, object?> { ["rows"] = droppedRelations.Select(r => Row(("from", r.From), ("id", r.Id))).ToList() },
                cancellationToken);
        }

        foreach (var group in nodes.GroupBy(n => n.Label))
        {
            var others = schema.Labels.Keys.Where(l => l != group.Key).Select(l => Neo4jRows.Name(schema, l));
            await transaction.RunAsync(
                $"""
                UNWIND $rows AS row
                MERGE (n:Entity {'{'}id: row.id{'}'})
                WITH n, row, n._nodes AS ownNodes, n._relations AS ownRelations
                SET n = row.properties
                SET n._nodes = ownNodes, n._relations = ownRelations, n:{Neo4jRows.Name(schema, group.Key)}
                REMOVE n:{string.Join(':', others)}
                """,
                new Dictionary<string, object?> { ["rows"] = group.Select(n => Row(("id", n.Id), ("properties", NodeProperties(n, nodeSources[n.Id])))).ToList() },
                cancellationToken);
        }

        if (droppedNodes.Count > 0)
        {
            await transaction.RunAsync("UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n", new Dictionary<string, object?> { ["ids"] = droppedNodes }, cancellationToken);
        }

        foreach (var group in relations.GroupBy(r => r.Type))
        {
            await transaction.RunAsync(
                $"""
                UNWIND $rows AS row
                MATCH (a:Entity {'{'}id: row.from{'}'})
                MATCH (b:Entity {'{'}id: row.to{'}'})
                MERGE (a)-[r:{Neo4jRows.Name(schema, group.Key)} {'{'}id: row.id{'}'}]->(b)
                SET r = row.properties
                """,
                new Dictionary<string, object?> { ["rows"] = group.Select(r => Row(("from", r.From), ("to", r.To), ("id", r.Id), ("properties", RelationProperties(r, relationSources[r.Id])))).ToList() },
                cancellationToken);
        }

        if (graph is not null)
        {
            await transaction.RunAsync(
                "MATCH (d:Entity {id: $document}) SET d._nodes = $nodes, d._relations = $relations",
                new Dictionary<string, object?>
                {
                    ["document"] = documentId,
                    ["nodes"] = newNodes.Keys.ToList(),
                    ["relations"] = newRelations.Values.Select(r => Neo4jRows.Source(r.From, r.Id)).ToList(),
                },
                cancellationToken);
        }

        return oldNodes.Length > 0;
    }

    private static List<string> Rebuild(List<string>? sources, string documentId, string? newVersion)
    {
        var rebuilt = (sources ?? []).Where(s => Neo4jRows.DocumentOf(s) != documentId).ToList();
        if (newVersion is not null)
        {
            rebuilt.Add(Neo4jRows.Source(documentId, newVersion));
        }

        return rebuilt;
    }

    private static async Task<Dictionary<string, List<string>>> SourcesAsync(Neo4jTransaction transaction, string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(statement, parameters, cancellationToken);
        return result.Rows
            .Where(row => row[0].ValueKind == JsonValueKind.String)
            .ToDictionary(row => row[0].GetString()!, row => PropertyJson.Strings(row[1]).ToList(), StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> NodeProperties(Node node, List<string> sources)
    {
        var properties = node.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        properties["id"] = node.Id;
        properties["name"] = node.Name;
        properties["aliases"] = node.Aliases;
        properties["_sources"] = sources;
        return properties;
    }

    private static Dictionary<string, object?> RelationProperties(Relation relation, List<string> sources)
    {
        var properties = relation.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        properties["id"] = relation.Id;
        properties["key"] = relation.Key;
        properties["_sources"] = sources;
        return properties;
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
