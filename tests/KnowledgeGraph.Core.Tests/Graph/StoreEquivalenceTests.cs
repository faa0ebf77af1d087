using System.Globalization;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Neo4j;
using KnowledgeGraph.Core.Graph.Sqlite;
using KnowledgeGraph.Core.Tests.Graph.Neo4j;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// The SQLite store and the Neo4j store (through <see cref="InMemoryNeo4jServer"/>) given the same
/// random sequence of document replacements and deletions read back the same graph after every
/// step: the same nodes with the same label, name, aliases in the same order, properties and
/// evidence, the same relations, counts and documents. The documents share nodes, state them with
/// different aliases and properties, drop them, and state one id under two labels.
/// </summary>
public sealed class StoreEquivalenceTests : IAsyncLifetime
{
    private static readonly string[] AliasPool = ["甲", "乙", "丙", "丁"];

    private readonly TempFolder folder = new();
    private SqliteGraphStore sqlite = null!;
    private Neo4jGraphStore neo4j = null!;

    public Task InitializeAsync()
    {
        sqlite = new SqliteGraphStore(Path.Combine(folder.Path, "graph.db"), GraphSchema.Load(), Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.sql"));
        neo4j = FakeNeo4j.Store(new InMemoryNeo4jServer());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await sqlite.DisposeAsync();
        await neo4j.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Both_stores_read_back_the_same_graph_after_every_write(int seed)
    {
        var random = new Random(seed);
        for (var step = 0; step < 40; step++)
        {
            var document = $"doc:{random.Next(5)}";
            if (random.Next(4) == 0)
            {
                Assert.Equal(await sqlite.DeleteDocumentAsync(document), await neo4j.DeleteDocumentAsync(document));
            }
            else
            {
                var graph = RandomDocument(random, document);
                await sqlite.ReplaceDocumentAsync(graph);
                await neo4j.ReplaceDocumentAsync(graph);
            }

            Assert.Equal(await DumpAsync(sqlite), await DumpAsync(neo4j));
        }

        Assert.NotEmpty(await DumpAsync(sqlite));
    }

    private static DocumentGraph RandomDocument(Random random, string document)
    {
        Evidence[] Evidence() => Enumerable.Range(0, random.Next(3)).Select(i => E(document, random.Next(1, 9), random.Next(100), $"句子{i}")).ToArray();
        string[] Aliases() => AliasPool.Where(_ => random.Next(2) == 0).OrderBy(_ => random.Next()).ToArray();

        var nodes = new List<Node>();
        foreach (var i in Enumerable.Range(1, 3).Where(_ => random.Next(3) > 0))
        {
            var properties = new Dictionary<string, object> { ["code"] = $"32080{i}" };
            if (random.Next(2) == 0)
            {
                properties["level"] = random.Next(2) == 0 ? "city" : "county";
            }

            nodes.Add(new Node($"place:{i}", "Place", random.Next(2) == 0 ? $"地方{i}" : $"地区{i}") { Aliases = Aliases(), Properties = properties, Evidence = Evidence() });
        }

        foreach (var c in new[] { "a", "b" }.Where(_ => random.Next(2) == 0))
        {
            var properties = random.Next(2) == 0 ? Props(("level", "市")) : Props(("place", "地方1"), ("session", $"第{random.Next(1, 3)}届"));
            nodes.Add(new Node($"committee:{c}", "Committee", $"政协{c}") { Aliases = Aliases(), Properties = properties, Evidence = Evidence() });
        }

        if (random.Next(2) == 0)
        {
            // One id stated as a topic by some documents and as a body by others: the latest label wins.
            nodes.Add(random.Next(2) == 0
                ? new Node("shared:x", "Topic", "共同事项") { Properties = Props(("synonyms", new[] { "共同", "事项" })), Evidence = Evidence() }
                : new Node("shared:x", "Body", "共同机构") { Aliases = Aliases(), Properties = Props(("kind", "媒体")), Evidence = Evidence() });
        }

        var relations = new List<Relation>();
        foreach (var node in nodes.Where(_ => random.Next(3) > 0))
        {
            relations.Add(new Relation("MENTIONS", document, node.Id)
            {
                Properties = random.Next(2) == 0 ? Props(("count", (long)random.Next(1, 4))) : [],
                Evidence = Evidence(),
            });
        }

        var places = nodes.Where(n => n.Label == "Place").Select(n => n.Id).ToList();
        foreach (var committee in nodes.Where(n => n.Label == "Committee" && places.Count > 0 && random.Next(2) == 0))
        {
            relations.Add(new Relation("LOCATED_IN", committee.Id, places[random.Next(places.Count)]) { Evidence = Evidence() });
        }

        for (var i = 0; i + 1 < places.Count; i++)
        {
            if (random.Next(2) == 0)
            {
                relations.Add(new Relation("PART_OF", places[i], places[i + 1]) { Evidence = Evidence() });
            }
        }

        var title = random.Next(2) == 0 ? "工作报告" : "协商纪要";
        return new DocumentGraph(
            new Node(document, "Document", title) { Properties = Props(("year", (long)random.Next(2023, 2026))) },
            nodes,
            relations,
            []);
    }

    /// <summary>Everything a store reads back, as lines; evidence sorted, since its order is the store's own.</summary>
    private static async Task<List<string>> DumpAsync(IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync())
        {
            lines.Add($"node {node.Id} {node.Label} {node.Name} aliases=[{string.Join(",", node.Aliases)}] {Properties(node.Properties)} {Evidence(node.Evidence)}");
            var read = await store.GetNodeAsync(node.Id);
            Assert.Equal(Evidence(node.Evidence), Evidence(read!.Evidence));
        }

        await foreach (var relation in store.ReadAllRelationsAsync())
        {
            lines.Add($"relation {relation.Id} {relation.Key} {Properties(relation.Properties)} {Evidence(relation.Evidence)}");
        }

        var counts = await store.CountAsync();
        lines.Add($"counts {string.Join(",", counts.NodesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal))} {string.Join(",", counts.RelationsByType.OrderBy(p => p.Key, StringComparer.Ordinal))}");
        lines.Add($"documents {string.Join(",", (await store.ListDocumentsAsync()).Select(d => $"{d.Id}:{d.Name}"))}");
        return lines;
    }

    private static string Properties(IReadOnlyDictionary<string, object> properties) => string.Join(
        ";",
        properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.GetType().Name}:{(p.Value is string[] list ? string.Join("|", list) : Convert.ToString(p.Value, CultureInfo.InvariantCulture))}"));

    private static string Evidence(IEnumerable<Evidence> evidence) => string.Join(";", evidence.Select(e => e.ToString()).Order(StringComparer.Ordinal));
}
