namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>The read queries of the Neo4j store; every value is a parameter.</summary>
internal sealed class Neo4jGraphReader(Neo4jQueryClient client, GraphSchema schema) : IGraphStoreReader
{
    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken) =>
        (await NodesAsync($"MATCH (n:Entity {{id: $id}}) RETURN {Neo4jRows.NodeColumns}, {Neo4jRows.NodeEvidence}", new() { ["id"] = id }, cancellationToken, withEvidence: true)).SingleOrDefault();

    public Task<List<Node>> FindNodesAsync(string text, string? label, int limit, CancellationToken cancellationToken) => NodesAsync(
        $"""
        MATCH (n:Entity)
        WHERE ($label IS NULL OR $label IN labels(n)) AND (n.name CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $text))
        WITH n, CASE WHEN n.name = $text THEN 0 WHEN $text IN coalesce(n.aliases, []) THEN 1 ELSE 2 END AS rank
        ORDER BY rank, size(n.name), n.id
        LIMIT $limit
        RETURN {Neo4jRows.NodeColumns}
        """,
        new() { ["text"] = text, ["label"] = label, ["limit"] = limit },
        cancellationToken);

    // Each name's key (NodeNames.Key) made in the query: the quotation marks removed one by one, then trimmed.
    public Task<List<Node>> FindNamedAsync(string key, string? label, int limit, CancellationToken cancellationToken) => NodesAsync(
        $"""
        MATCH (n:Entity)
        WHERE ($label IS NULL OR $label IN labels(n))
        WITH n, [x IN [n.name] + coalesce(n.aliases, []) | trim(reduce(s = x, q IN $quotes | replace(s, q, '')))] AS keys
        WHERE $key IN keys
        WITH n, CASE WHEN keys[0] = $key THEN 0 ELSE 1 END AS rank
        ORDER BY rank, size(n.name), n.id
        LIMIT $limit
        RETURN {Neo4jRows.NodeColumns}
        """,
        new() { ["key"] = key, ["label"] = label, ["quotes"] = NodeNames.QuotationMarks.Select(c => c.ToString()).ToList(), ["limit"] = limit },
        cancellationToken);

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var nodes = await client.RunAsync(
            "MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label, count(*) AS count ORDER BY label", null, cancellationToken);
        var relations = await client.RunAsync("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type", null, cancellationToken);
        return new GraphCounts(
            nodes.Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt64()),
            relations.Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt64()));
    }

    public Task<List<Node>> ListDocumentsAsync(CancellationToken cancellationToken) =>
        NodesAsync($"MATCH (n:Document) RETURN {Neo4jRows.NodeColumns} ORDER BY n.id", [], cancellationToken);

    public Task<List<Node>> ListNodesAsync(string? label, string afterId, int limit, CancellationToken cancellationToken) => NodesAsync(
        $"MATCH (n:Entity) WHERE ($label IS NULL OR $label IN labels(n)) AND n.id > $after WITH n ORDER BY n.id LIMIT $limit RETURN {Neo4jRows.NodeColumns}",
        new() { ["label"] = label, ["after"] = afterId, ["limit"] = limit },
        cancellationToken);

    public Task<List<Node>> NodesAfterAsync(string afterId, int count, CancellationToken cancellationToken) => NodesAsync(
        $"MATCH (n:Entity) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $count RETURN {Neo4jRows.NodeColumns}, {Neo4jRows.NodeEvidence}",
        new() { ["after"] = afterId, ["count"] = count },
        cancellationToken,
        withEvidence: true);

    public Task<List<Relation>> RelationsAfterAsync(string afterId, int count, CancellationToken cancellationToken) => RelationsAsync(
        $"MATCH (:Entity)-[r]->(:Entity) WHERE r.id > $after WITH r ORDER BY r.id LIMIT $count RETURN {Neo4jRows.RelationColumns}, {Neo4jRows.RelationEvidence}",
        new() { ["after"] = afterId, ["count"] = count },
        cancellationToken);

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await NodesAsync($"UNWIND $ids AS id MATCH (n:Entity {{id: id}}) RETURN {Neo4jRows.NodeColumns}", new() { ["ids"] = ids }, cancellationToken);

    public async Task<IReadOnlyList<Step>> ExpandAsync(IReadOnlyCollection<string> from, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int maxSteps, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(
            """
            UNWIND $ids AS id
            MATCH (s:Entity {id: id})-[r]-(n:Entity)
            WHERE (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
            RETURN s.id, n.id, r.id
            ORDER BY s.id, n.id, r.id
            LIMIT $max
            """,
            new Dictionary<string, object?> { ["ids"] = from, ["types"] = relationTypes, ["labels"] = labels, ["max"] = maxSteps },
            cancellationToken);
        return result.Rows.Select(r => new Step(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!)).ToArray();
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken) => await RelationsAsync(
        $"""
        UNWIND $rows AS row
        MATCH (:Entity {'{'}id: row.from{'}'})-[r]-(:Entity {'{'}id: row.to{'}'})
        WHERE r.id = row.id
        WITH DISTINCT r
        RETURN {Neo4jRows.RelationColumns}, {Neo4jRows.RelationEvidence}
        """,
        new() { ["rows"] = steps.Select(s => new Dictionary<string, object?> { ["from"] = s.From, ["to"] = s.To, ["id"] = s.RelationId }).ToList() },
        cancellationToken);

    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyCollection<string> ids, IReadOnlyList<string> relationTypes, CancellationToken cancellationToken) => await RelationsAsync(
        $"""
        MATCH (a:Entity)-[r]->(b:Entity)
        WHERE a.id IN $ids AND b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
        RETURN {Neo4jRows.RelationColumns}, {Neo4jRows.RelationEvidence}
        """,
        new() { ["ids"] = ids, ["types"] = relationTypes },
        cancellationToken);

    private async Task<List<Node>> NodesAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken, bool withEvidence = false) =>
        (await client.RunAsync(statement, parameters, cancellationToken)).Rows.Select(row => Neo4jRows.ReadNode(row, schema, withEvidence)).ToList();

    // Every relation the store reads goes out with its evidence.
    private async Task<List<Relation>> RelationsAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await client.RunAsync(statement, parameters, cancellationToken)).Rows.Select(row => Neo4jRows.ReadRelation(row, schema, withEvidence: true)).ToList();
}
