using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

// The statements Neo4jGraphStore sends, each recognised by its text and carried out over the fake graph.
internal sealed partial class InMemoryNeo4jServer
{
    /// <summary>Runs one statement on <paramref name="graph"/>; a write where <paramref name="readOnly"/> fails (our store writes in explicit transactions only).</summary>
    private JsonObject Run(FakeGraph graph, JsonObject? body, bool readOnly)
    {
        var sent = body?["statement"]?.GetValue<string>() ?? throw new StatementFailure("Neo.ClientError.Request.Invalid", "The body has no statement.");
        var p = body["parameters"] as JsonObject ?? [];
        lock (gate)
        {
            Statements.Add((sent, (JsonObject)p.DeepClone()));
        }

        if (Fail(sent) is { } code)
        {
            throw new StatementFailure(code, "Failed on purpose by the test.");
        }

        var statement = Regex.Replace(sent, @"\s+", " ").Trim();
        if (statement.StartsWith("CREATE CONSTRAINT ", StringComparison.Ordinal) || statement.StartsWith("CREATE INDEX ", StringComparison.Ordinal)
            || statement.StartsWith("CREATE TEXT INDEX ", StringComparison.Ordinal))
        {
            return Result([], []);
        }

        if (UpsertNodes.Match(statement) is { Success: true } upsertNodes)
        {
            Writable(readOnly, statement);
            var removed = upsertNodes.Groups["others"].Value.Split(':').Select(l => l.Trim('`')).ToList();
            foreach (var row in Rows(p, "rows"))
            {
                var node = graph.Entity(Text(row["id"])!) ?? graph.Add(["Entity"], new JsonObject { ["id"] = row["id"]!.DeepClone() });
                node.Properties = Properties(row["properties"]);
                node.Labels.Add(upsertNodes.Groups["label"].Value);
                node.Labels.ExceptWith(removed);
            }

            return Result([], []);
        }

        if (UpsertRelations.Match(statement) is { Success: true } upsertRelations)
        {
            Writable(readOnly, statement);
            var type = upsertRelations.Groups["type"].Value;
            foreach (var row in Rows(p, "rows"))
            {
                if (graph.Entity(Text(row["from"])!) is not { } a || graph.Entity(Text(row["to"])!) is not { } b)
                {
                    continue;
                }

                var relationship = graph.Relationships.FirstOrDefault(r => r.Type == type && r.Start == a && r.End == b && Text(r.Properties["id"]) == Text(row["id"]))
                    ?? graph.Connect(type, a, b, new JsonObject { ["id"] = row["id"]!.DeepClone() });
                relationship.Properties = Properties(row["properties"]);
            }

            return Result([], []);
        }

        switch (statement)
        {
            case $"MATCH (n:Entity {{id: $id}}) RETURN {NodeColumns}, {NodeEvidence}":
                return Result(["n.id", "labels", "n.name", "n.aliases", "properties", "evidence"], graph.Entities().Where(n => Text(n["id"]) == Text(p["id"])).Select(n => NodeRow(graph, n, evidence: true)));

            case $"MATCH (n:Entity) WHERE ($label IS NULL OR $label IN labels(n)) AND (n.name CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $text)) WITH n, CASE WHEN n.name = $text THEN 0 WHEN $text IN coalesce(n.aliases, []) THEN 1 ELSE 2 END AS rank ORDER BY rank, size(n.name), n.id LIMIT $limit RETURN {NodeColumns}":
            {
                var text = Text(p["text"])!;
                var label = Text(p["label"]);
                return Result(
                    ["n.id", "labels", "n.name", "n.aliases", "properties"],
                    graph.Entities()
                        .Where(n => (label is null || n.Labels.Contains(label)) && (Text(n["name"])!.Contains(text, StringComparison.Ordinal) || Strings(n["aliases"]).Any(a => a.Contains(text, StringComparison.Ordinal))))
                        .OrderBy(n => Text(n["name"]) == text ? 0 : Strings(n["aliases"]).Contains(text) ? 1 : 2)
                        .ThenBy(n => Text(n["name"])!.Length)
                        .ThenBy(n => Text(n["id"]), StringComparer.Ordinal)
                        .Take(p["limit"]!.GetValue<int>())
                        .Select(n => NodeRow(graph, n, evidence: false)));
            }

            case $"MATCH (n:Entity) WHERE ($label IS NULL OR $label IN labels(n)) WITH n, [x IN [n.name] + coalesce(n.aliases, []) | trim(reduce(s = x, q IN $quotes | replace(s, q, '')))] AS keys WHERE $key IN keys WITH n, CASE WHEN keys[0] = $key THEN 0 ELSE 1 END AS rank ORDER BY rank, size(n.name), n.id LIMIT $limit RETURN {NodeColumns}":
            {
                var key = Text(p["key"])!;
                var label = Text(p["label"]);
                var quotes = Strings(p["quotes"]);
                string Unquoted(string x) => quotes.Aggregate(x, (s, q) => s.Replace(q, "", StringComparison.Ordinal)).Trim();
                return Result(
                    ["n.id", "labels", "n.name", "n.aliases", "properties"],
                    graph.Entities()
                        .Select(n => (Node: n, Keys: Strings(n["aliases"]).Prepend(Text(n["name"])!).Select(Unquoted).ToList()))
                        .Where(x => (label is null || x.Node.Labels.Contains(label)) && x.Keys.Contains(key))
                        .OrderBy(x => x.Keys[0] == key ? 0 : 1)
                        .ThenBy(x => Text(x.Node["name"])!.Length)
                        .ThenBy(x => Text(x.Node["id"]), StringComparer.Ordinal)
                        .Take(p["limit"]!.GetValue<int>())
                        .Select(x => NodeRow(graph, x.Node, evidence: false)));
            }

            case "MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label, count(*) AS count ORDER BY label":
                return Result(
                    ["label", "count"],
                    graph.Entities().SelectMany(n => n.Labels).Where(l => l != "Entity").GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => new JsonArray(g.Key, g.LongCount())));

            case "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type":
                return Result(["type", "count"], graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new JsonArray(g.Key, g.LongCount())));

            case $"MATCH (n:Document) RETURN {NodeColumns} ORDER BY n.id":
                return Result(["n.id", "labels", "n.name", "n.aliases", "properties"], graph.Nodes.Where(n => n.Labels.Contains("Document")).OrderBy(n => Text(n["id"]), StringComparer.Ordinal).Select(n => NodeRow(graph, n, evidence: false)));

            case $"MATCH (n:Entity) WHERE ($label IS NULL OR $label IN labels(n)) AND n.id > $after WITH n ORDER BY n.id LIMIT $limit RETURN {NodeColumns}":
            {
                var label = Text(p["label"]);
                return Result(
                    ["n.id", "labels", "n.name", "n.aliases", "properties"],
                    graph.Entities().Where(n => (label is null || n.Labels.Contains(label)) && string.CompareOrdinal(Text(n["id"]), Text(p["after"])) > 0)
                        .OrderBy(n => Text(n["id"]), StringComparer.Ordinal).Take(p["limit"]!.GetValue<int>()).Select(n => NodeRow(graph, n, evidence: false)));
            }

            case $"MATCH (n:Entity) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $count RETURN {NodeColumns}, {NodeEvidence}":
                return Result(
                    ["n.id", "labels", "n.name", "n.aliases", "properties", "evidence"],
                    graph.Entities().Where(n => string.CompareOrdinal(Text(n["id"]), Text(p["after"])) > 0).OrderBy(n => Text(n["id"]), StringComparer.Ordinal)
                        .Take(p["count"]!.GetValue<int>()).Select(n => NodeRow(graph, n, evidence: true)));

            case $"MATCH (:Entity)-[r]->(:Entity) WHERE r.id > $after WITH r ORDER BY r.id LIMIT $count RETURN {RelationColumns}, {RelationEvidence}":
                return Result(
                    ["r.id", "type", "from", "to", "key", "properties", "evidence"],
                    graph.Relationships.Where(r => string.CompareOrdinal(Text(r.Properties["id"]), Text(p["after"])) > 0).OrderBy(r => Text(r.Properties["id"]), StringComparer.Ordinal)
                        .Take(p["count"]!.GetValue<int>()).Select(r => RelationRow(graph, r, evidence: true)));

            case $"UNWIND $ids AS id MATCH (n:Entity {{id: id}}) RETURN {NodeColumns}":
                return Result(["n.id", "labels", "n.name", "n.aliases", "properties"], Strings(p["ids"]).Select(graph.Entity).OfType<FakeNode>().Select(n => NodeRow(graph, n, evidence: false)));

            case "UNWIND $ids AS id MATCH (s:Entity {id: id})-[r]-(n:Entity) WHERE (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)) RETURN s.id, n.id, r.id ORDER BY s.id, n.id, r.id LIMIT $max":
            {
                var types = Strings(p["types"]);
                var labels = Strings(p["labels"]);
                var steps = new List<(string S, string N, string R)>();
                foreach (var s in Strings(p["ids"]).Select(graph.Entity).OfType<FakeNode>())
                {
                    // Undirected: a relationship is walked from either end (a loop from both).
                    foreach (var r in graph.Relationships.Where(r => types.Length == 0 || types.Contains(r.Type)))
                    {
                        foreach (var (end, other) in new[] { (r.Start, r.End), (r.End, r.Start) })
                        {
                            if (end == s && other.Labels.Contains("Entity") && (labels.Length == 0 || other.Labels.Overlaps(labels)))
                            {
                                steps.Add((Text(s["id"])!, Text(other["id"])!, Text(r.Properties["id"])!));
                            }
                        }
                    }
                }

                return Result(
                    ["s.id", "n.id", "r.id"],
                    steps.OrderBy(x => x.S, StringComparer.Ordinal).ThenBy(x => x.N, StringComparer.Ordinal).ThenBy(x => x.R, StringComparer.Ordinal)
                        .Take(p["max"]!.GetValue<int>()).Select(x => new JsonArray(x.S, x.N, x.R)));
            }

            case $"UNWIND $rows AS row MATCH (:Entity {{id: row.from}})-[r]-(:Entity {{id: row.to}}) WHERE r.id = row.id WITH DISTINCT r RETURN {RelationColumns}, {RelationEvidence}":
            {
                var found = new List<FakeRelationship>();
                foreach (var row in Rows(p, "rows"))
                {
                    found.AddRange(graph.Relationships.Where(r => Text(r.Properties["id"]) == Text(row["id"])
                        && ((Text(r.Start["id"]) == Text(row["from"]) && Text(r.End["id"]) == Text(row["to"])) || (Text(r.End["id"]) == Text(row["from"]) && Text(r.Start["id"]) == Text(row["to"])))));
                }

                return Result(["r.id", "type", "from", "to", "key", "properties", "evidence"], found.Distinct().Select(r => RelationRow(graph, r, evidence: true)));
            }

            case $"MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND (size($types) = 0 OR type(r) IN $types) RETURN {RelationColumns}, {RelationEvidence}":
            {
                var ids = Strings(p["ids"]);
                var types = Strings(p["types"]);
                return Result(
                    ["r.id", "type", "from", "to", "key", "properties", "evidence"],
                    graph.Relationships.Where(r => ids.Contains(Text(r.Start["id"])) && ids.Contains(Text(r.End["id"])) && (types.Length == 0 || types.Contains(r.Type)))
                        .Select(r => RelationRow(graph, r, evidence: true)));
            }

            case "UNWIND $documents AS document MATCH (c:Contribution {document: document}) RETURN c.document, c.kind, c.item, c.data":
            {
                var documents = Strings(p["documents"]);
                return Result(
                    ["c.document", "c.kind", "c.item", "c.data"],
                    documents.SelectMany(d => graph.Contributions().Where(c => Text(c["document"]) == d))
                        .Select(c => new JsonArray(c["document"].Copy(), c["kind"].Copy(), c["item"].Copy(), c["data"].Copy())));
            }

            case $"UNWIND $ids AS id MERGE (n:Entity {{id: id}}) SET n._lock = true REMOVE n._lock RETURN {NodeColumns}, n._seq, n._aliasHistory":
                Writable(readOnly, statement);
                return Result(
                    ["n.id", "labels", "n.name", "n.aliases", "properties", "n._seq", "n._aliasHistory"],
                    Strings(p["ids"]).Select(id => graph.Entity(id) ?? graph.Add(["Entity"], new JsonObject { ["id"] = id }))
                        .Select(n => NodeRow(graph, n, evidence: false).Also(n["_seq"].Copy(), n["_aliasHistory"].Copy())));

            case $"UNWIND $rows AS row MATCH (:Entity {{id: row.from}})-[r]->() WHERE r.id = row.id RETURN {RelationColumns}, r._seq":
                return Result(
                    ["r.id", "type", "from", "to", "key", "properties", "r._seq"],
                    Rows(p, "rows").SelectMany(row => graph.Relationships.Where(r => Text(r.Start["id"]) == Text(row["from"]) && r.Start.Labels.Contains("Entity") && Text(r.Properties["id"]) == Text(row["id"])))
                        .Select(r => RelationRow(graph, r, evidence: false).Also(r.Properties["_seq"].Copy())));

            case "UNWIND $items AS item MATCH (c:Contribution {kind: $kind, item: item}) WHERE NOT c.document IN $documents RETURN c.item, c.data ORDER BY c.item, c.seq":
            {
                var items = Strings(p["items"]);
                var documents = Strings(p["documents"]);
                return Result(
                    ["c.item", "c.data"],
                    items.SelectMany(item => graph.Contributions().Where(c => Text(c["kind"]) == Text(p["kind"]) && Text(c["item"]) == item && !documents.Contains(Text(c["document"]))))
                        .OrderBy(c => Text(c["item"]), StringComparer.Ordinal).ThenBy(c => c["seq"]!.GetValue<long>())
                        .Select(c => new JsonArray(c["item"].Copy(), c["data"].Copy())));
            }

            case "UNWIND $documents AS document MATCH (c:Contribution {document: document}) DELETE c":
            {
                Writable(readOnly, statement);
                var documents = Strings(p["documents"]);
                graph.Nodes.RemoveAll(n => n.Labels.Contains("Contribution") && documents.Contains(Text(n["document"])));
                return Result([], []);
            }

            case "UNWIND $rows AS row CREATE (c:Contribution) SET c = row":
                Writable(readOnly, statement);
                foreach (var row in Rows(p, "rows"))
                {
                    var properties = Properties(row);
                    if (graph.Contributions().Any(c => Text(c["document"]) == Text(properties["document"]) && Text(c["kind"]) == Text(properties["kind"]) && Text(c["item"]) == Text(properties["item"])))
                    {
                        throw new StatementFailure("Neo.ClientError.Schema.ConstraintValidationFailed", $"Node already exists with label `Contribution` and properties document, kind, item = {properties["document"]}, {properties["kind"]}, {properties["item"]}");
                    }

                    graph.Add(["Contribution"], properties);
                    ContributionsCreated++;
                }

                return Result([], []);

            case "UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->() WHERE r.id = row.id DELETE r":
                Writable(readOnly, statement);
                foreach (var row in Rows(p, "rows"))
                {
                    graph.Relationships.RemoveAll(r => Text(r.Start["id"]) == Text(row["from"]) && r.Start.Labels.Contains("Entity") && Text(r.Properties["id"]) == Text(row["id"]));
                }

                return Result([], []);

            case "UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n":
                Writable(readOnly, statement);
                foreach (var node in Strings(p["ids"]).Select(graph.Entity).OfType<FakeNode>().ToList())
                {
                    graph.Relationships.RemoveAll(r => r.Start == node || r.End == node);
                    graph.Nodes.Remove(node);
                }

                return Result([], []);

            default:
                throw new StatementFailure("Neo.ClientError.Statement.SyntaxError", $"The in-memory Neo4j fake does not know this statement (teach it in {nameof(InMemoryNeo4jServer)}): {statement}");
        }
    }

    private static void Writable(bool readOnly, string statement)
    {
        if (readOnly)
        {
            throw new StatementFailure("Neo.ClientError.Request.Invalid", $"The in-memory Neo4j fake runs writes in explicit transactions only: {statement}");
        }
    }

    private static JsonArray NodeRow(FakeGraph graph, FakeNode n, bool evidence)
    {
        var row = new JsonArray(
            n["id"].Copy(),
            new JsonArray(n.Labels.Where(l => l != "Entity").Select(l => (JsonNode?)l).ToArray()),
            n["name"].Copy(),
            n["aliases"].Copy(),
            Pairs(n.Properties, "id", "name", "aliases"));
        return evidence ? row.Also(Evidence(graph, "node", Text(n["id"])!)) : row;
    }

    private static JsonArray RelationRow(FakeGraph graph, FakeRelationship r, bool evidence)
    {
        var row = new JsonArray(
            r.Properties["id"].Copy(),
            r.Type,
            r.Start["id"].Copy(),
            r.End["id"].Copy(),
            r.Properties["key"].Copy(),
            Pairs(r.Properties, "id", "key"));
        return evidence ? row.Also(Evidence(graph, "relation", Text(r.Properties["id"])!)) : row;
    }

    private static JsonArray Evidence(FakeGraph graph, string kind, string item) => new(
        graph.Contributions().Where(c => Text(c["kind"]) == kind && Text(c["item"]) == item).OrderBy(c => c["seq"]!.GetValue<long>()).Select(c => c["evidence"].Copy()).ToArray());

    private static JsonArray Pairs(JsonObject properties, params string[] left) => new(
        properties.Where(p => !p.Key.StartsWith('_') && !left.Contains(p.Key)).Select(p => (JsonNode?)new JsonArray(p.Key, p.Value.Copy())).ToArray());

    /// <summary>A map parameter as node or relationship properties: Neo4j keeps no null-valued property.</summary>
    private static JsonObject Properties(JsonNode? map)
    {
        var properties = new JsonObject();
        foreach (var (key, value) in map as JsonObject ?? [])
        {
            if (value is not null)
            {
                properties[key] = value.DeepClone();
            }
        }

        return properties;
    }

    private static IEnumerable<JsonObject> Rows(JsonObject parameters, string name) => (parameters[name] as JsonArray ?? []).OfType<JsonObject>();

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string[] Strings(JsonNode? value) => (value as JsonArray ?? []).Select(Text).OfType<string>().ToArray();

    private static JsonObject Result(string[] fields, IEnumerable<JsonArray> rows) => new()
    {
        ["data"] = new JsonObject
        {
            ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()),
            ["values"] = new JsonArray(rows.Select(r => (JsonNode?)r).ToArray()),
        },
        ["bookmarks"] = new JsonArray("FB:fake"),
    };

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Failure(HttpStatusCode status, string code, string message) =>
        Answer(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) });

    private sealed class StatementFailure(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
