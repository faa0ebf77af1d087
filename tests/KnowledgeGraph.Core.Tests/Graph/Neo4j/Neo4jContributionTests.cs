using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using Xunit.Abstractions;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// How the Neo4j store keeps each document's version of an item as a Contribution node of its own,
/// against <see cref="InMemoryNeo4jServer"/>: a document's write touches its own records only.
/// </summary>
public sealed class Neo4jContributionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string OtherVersions = "UNWIND $items AS item MATCH (c:Contribution";

    private readonly InMemoryNeo4jServer server = new();
    private IGraphStore store = null!;

    public Task InitializeAsync()
    {
        store = FakeNeo4j.Store(server);
        return store.InitializeAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Each_document_has_one_contribution_per_node_and_relation_it_states_with_its_own_evidence()
    {
        await store.ReplaceDocumentAsync(Huaian2024());
        await store.ReplaceDocumentAsync(Lianshui2024());

        var contributions = server.CommittedContributions();
        foreach (var graph in new[] { Huaian2024(), Lianshui2024() })
        {
            var own = contributions.Where(c => Text(c, "document") == graph.Document.Id).ToList();
            Assert.Equal(
                graph.Nodes.Prepend(graph.Document).Select(n => "node " + n.Id).Concat(graph.Relations.Select(r => "relation " + r.Id)).Order(StringComparer.Ordinal),
                own.Select(c => $"{Text(c, "kind")} {Text(c, "item")}").Order(StringComparer.Ordinal));
        }

        var committee = contributions.Where(c => Text(c, "item") == HuaianCommittee).OrderBy(c => c["seq"]!.GetValue<long>()).ToList();
        Assert.Equal([HuaianReport, LianshuiReport], committee.Select(c => Text(c, "document")));
        Assert.Contains(HuaianReport, Text(committee[0], "evidence"));
        Assert.DoesNotContain(LianshuiReport, Text(committee[0], "evidence"));
    }

    [Fact]
    public async Task Writing_and_deleting_a_document_leaves_another_documents_contributions_untouched()
    {
        await store.ReplaceDocumentAsync(Huaian2024());
        var before = Own(HuaianReport);
        var created = server.ContributionsCreated;

        await store.ReplaceDocumentAsync(Lianshui2024());
        await store.ReplaceDocumentAsync(Lianshui2024());
        await store.DeleteDocumentAsync(LianshuiReport);

        var lianshui = Lianshui2024();
        Assert.Equal(created + (2 * (1 + lianshui.Nodes.Count + lianshui.Relations.Count)), server.ContributionsCreated);
        Assert.Equal(before, Own(HuaianReport));
        Assert.DoesNotContain(server.CommittedContributions(), c => Text(c, "document") == LianshuiReport);
    }

    [Fact]
    public async Task A_document_stating_shared_nodes_again_in_full_does_not_read_the_other_documents_versions()
    {
        await store.ReplaceDocumentAsync(Huaian2024());
        var sent = server.Statements.Count;

        await store.ReplaceDocumentAsync(Lianshui2024());
        await store.ReplaceDocumentAsync(Lianshui2024());

        Assert.DoesNotContain(server.Statements.Skip(sent), s => s.Text.StartsWith(OtherVersions, StringComparison.Ordinal));
        Assert.Equal(["市政协", "淮安市政协"], (await store.GetNodeAsync(HuaianCommittee))!.Aliases);
    }

    [Fact]
    public async Task A_document_that_stops_stating_a_shared_node_merges_it_again_from_the_other_versions()
    {
        await store.ReplaceDocumentAsync(Huaian2024());
        await store.ReplaceDocumentAsync(Lianshui2024());
        var sent = server.Statements.Count;

        await store.DeleteDocumentAsync(LianshuiReport);

        Assert.Contains(server.Statements.Skip(sent), s => s.Text.StartsWith(OtherVersions, StringComparison.Ordinal));
        var committee = (await store.GetNodeAsync(HuaianCommittee))!;
        Assert.Equal(["淮安市政协"], committee.Aliases);
        Assert.Equal("市", committee.Properties["level"]);
    }

    [Fact]
    public async Task Every_node_a_write_touches_is_locked_in_id_order_before_anything_is_read_from_it()
    {
        await store.ReplaceDocumentAsync(Huaian2024());
        var sent = server.Statements.Count;

        await store.ReplaceDocumentAsync(Lianshui2024());

        var statements = server.Statements.Skip(sent).ToList();
        Assert.StartsWith("UNWIND $documents AS document MATCH (c:Contribution {document: document}) RETURN", statements[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("UNWIND $ids AS id MERGE (n:Entity {id: id}) SET n._lock = true REMOVE n._lock", statements[1].Text, StringComparison.Ordinal);
        var locked = statements[1].Parameters["ids"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        var lianshui = Lianshui2024();
        Assert.Equal(lianshui.Nodes.Prepend(lianshui.Document).Select(n => n.Id).Distinct().Order(StringComparer.Ordinal), locked);
    }

    [Fact]
    public async Task Writing_a_document_that_shares_hub_nodes_sends_as_much_with_150_documents_on_the_hubs_as_with_one()
    {
        var sizes = new List<long>();
        for (var i = 0; i < 150; i++)
        {
            var sent = server.Statements.Count;
            await store.ReplaceDocumentAsync(HubDocument(i));
            sizes.Add(server.Statements.Skip(sent).Sum(s => (long)s.Text.Length + s.Parameters.ToJsonString().Length));
        }

        output.WriteLine($"characters sent per document write: 2nd {sizes[1]}, 150th {sizes[^1]}");
        Assert.Equal(sizes[1], sizes[^1], tolerance: sizes[1] * 0.05);
        Assert.Equal(150, (await store.GetNodeAsync(Jiangsu))!.Evidence.Count);
    }

    [Fact]
    public async Task A_batch_of_documents_costs_a_fixed_number_of_requests_and_leaves_what_writing_them_one_at_a_time_leaves()
    {
        var documents = Enumerable.Range(0, 60).Select(i => HubDocument(i)).ToList();
        var requests = server.Requests;
        foreach (var document in documents.Take(30))
        {
            await store.ReplaceDocumentAsync(document);
        }

        var oneByOne = (server.Requests - requests) / 30.0;
        requests = server.Requests;
        await store.ReplaceDocumentsAsync(documents.Skip(30).ToList());
        var batched = (server.Requests - requests) / 30.0;

        var other = new InMemoryNeo4jServer();
        await using var sequential = FakeNeo4j.Store(other);
        foreach (var document in documents)
        {
            await sequential.ReplaceDocumentAsync(document);
        }

        output.WriteLine($"requests per document: {oneByOne:F1} one at a time, {batched:F2} in a batch of 30");
        Assert.True(batched <= 1, $"{batched:F2} requests per document in a batch");
        Assert.True(batched * 10 <= oneByOne, $"{batched:F2} requests per document in a batch against {oneByOne:F1} one at a time");
        Assert.Equal(await EverythingAsync(sequential), await EverythingAsync(store));
        Assert.Equal(60, (await store.GetNodeAsync(Jiangsu))!.Evidence.Count);
    }

    [Fact]
    public async Task A_batch_costs_the_same_requests_however_many_documents_and_pieces_of_evidence_it_holds()
    {
        // The first batch creates the hub nodes; the others find them standing, as a long ingest does.
        await Requests(Enumerable.Range(0, 5).Select(i => HubDocument(i)));

        var five = await Requests(Enumerable.Range(100, 5).Select(i => HubDocument(i)));
        var fifty = await Requests(Enumerable.Range(200, 50).Select(i => HubDocument(i)));
        var fiftyWithEvidence = await Requests(Enumerable.Range(300, 50).Select(i => HubDocument(i, sentences: 400)));

        output.WriteLine($"requests per batch: 5 documents {five}, 50 documents {fifty}, 50 documents with 400 pieces of evidence on each item {fiftyWithEvidence}");
        Assert.Equal(five, fifty);
        Assert.Equal(fifty, fiftyWithEvidence);
        Assert.InRange(fiftyWithEvidence, 3, 30);
        Assert.Equal(5 + 5 + 50 + 50, (await store.GetNodeAsync(Jiangsu))!.Evidence.Select(e => e.DocumentId).Distinct().Count());
        Assert.Equal(5 + 5 + 50 + (50 * 400), (await store.GetNodeAsync(Jiangsu))!.Evidence.Count);

        async Task<int> Requests(IEnumerable<DocumentGraph> batch)
        {
            var before = server.Requests;
            await store.ReplaceDocumentsAsync(batch.ToList());
            return server.Requests - before;
        }
    }

    // Every node and relation with its properties and evidence, as lines.
    private static async Task<List<string>> EverythingAsync(IGraphStore graph)
    {
        var lines = new List<string>();
        await foreach (var node in graph.ReadAllNodesAsync())
        {
            lines.Add($"{node.Id} {node.Label} {node.Name} [{string.Join(",", node.Aliases)}] {string.Join(",", node.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))} {string.Join(";", node.Evidence)}");
        }

        await foreach (var relation in graph.ReadAllRelationsAsync())
        {
            lines.Add($"{relation.Id} {string.Join(",", relation.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))} {string.Join(";", relation.Evidence)}");
        }

        return lines;
    }

    /// <summary>A small document stating the same province, city and topic as all the others, as a corpus about one province does.</summary>
    private static DocumentGraph HubDocument(int i) => HubDocument(i, sentences: 1);

    /// <summary>The same, saying so in <paramref name="sentences"/> sentences, each a piece of evidence on every item.</summary>
    private static DocumentGraph HubDocument(int i, int sentences)
    {
        var document = $"doc:hub-{i:D4}";
        var evidence = Enumerable.Range(1, sentences).Select(s => E(document, s, 0, "江苏省淮安市民营经济")).ToArray();
        return new DocumentGraph(
            new Node(document, "Document", $"工作报告{i}"),
            [
                Jiangsu省 with { Evidence = evidence },
                淮安市 with { Evidence = evidence },
                new Node(PrivateEconomy, "Topic", "民营经济") { Aliases = ["民营企业"], Evidence = evidence },
            ],
            [new Relation("PART_OF", Huaian, Jiangsu) { Evidence = evidence }, new Relation("MENTIONS", document, PrivateEconomy)],
            []);
    }

    private List<string> Own(string document) => server.CommittedContributions()
        .Where(c => Text(c, "document") == document)
        .Select(c => c.ToJsonString())
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string Text(JsonObject contribution, string name) => contribution[name]!.GetValue<string>();
}
