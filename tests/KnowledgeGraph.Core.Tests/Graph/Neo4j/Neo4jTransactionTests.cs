using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// A document's write is one transaction of the Neo4j store, against <see cref="InMemoryNeo4jServer"/>
/// failing part way: nothing of a failed write stays, and a transient failure runs it again whole.
/// </summary>
public sealed class Neo4jTransactionTests : IAsyncLifetime
{
    private readonly InMemoryNeo4jServer server = new();
    private IGraphStore store = null!;

    public async Task InitializeAsync()
    {
        store = FakeNeo4j.Store(server);
        await store.ReplaceDocumentAsync(Huaian2024());
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_write_that_fails_after_some_of_its_statements_leaves_the_graph_as_it_was()
    {
        var before = await Everything();
        // The relation upserts and the removal of nodes come after the contributions are replaced.
        server.Fail = statement => statement.Contains("[r:`PART_OF`", StringComparison.Ordinal) || statement.Contains("DETACH DELETE", StringComparison.Ordinal)
            ? "Neo.ClientError.Schema.ConstraintValidationFailed"
            : null;

        await Assert.ThrowsAsync<GraphStoreException>(() => store.ReplaceDocumentAsync(Lianshui2024()));
        await Assert.ThrowsAsync<GraphStoreException>(() => store.DeleteDocumentAsync(HuaianReport));

        server.Fail = _ => null;
        Assert.Equal(before, await Everything());
        Assert.DoesNotContain(server.CommittedContributions(), c => c["document"]!.GetValue<string>() == LianshuiReport);
    }

    [Fact]
    public async Task A_write_failing_transiently_is_run_again_whole_and_counts_its_facts_once()
    {
        var failures = 0;
        server.Fail = statement => statement.Contains("[r:`PART_OF`", StringComparison.Ordinal) && failures++ == 0 ? "Neo.TransientError.Transaction.DeadlockDetected" : null;

        await store.ReplaceDocumentAsync(Lianshui2024());

        Assert.True(failures >= 2, "the first attempt failed and a second one ran");
        Assert.Equal(12, (await store.CountAsync()).Relations);
        Assert.Equal(2, (await store.GetNodeAsync(HuaianCommittee))!.Evidence.Count);
        Assert.Equal(Lianshui2024().Nodes.Count + Lianshui2024().Relations.Count + 1, server.CommittedContributions().Count(c => c["document"]!.GetValue<string>() == LianshuiReport));
    }

    private async Task<List<string>> Everything()
    {
        var items = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync())
        {
            items.Add($"{node.Id} {node.Label} {node.Name} [{string.Join(",", node.Aliases)}] {string.Join(",", node.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))} {node.Evidence.Count}");
        }

        await foreach (var relation in store.ReadAllRelationsAsync())
        {
            items.Add($"{relation.Id} {string.Join(",", relation.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))} {relation.Evidence.Count}");
        }

        return items;
    }
}
