using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Sqlite;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Graph.Sqlite;

/// <summary>The graph store contract on the embedded SQLite store, each test in its own data folder.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private readonly TempFolder folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "data", GraphStores.SqliteFileName);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_graph_is_one_file_in_the_data_folder_in_WAL_mode()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal("wal", (string?)await connection.Command("PRAGMA journal_mode").ExecuteScalarAsync());
        // The two sentences are one compressed block of the document's passages.
        Assert.Equal(1L, (long?)await connection.Command("SELECT count(*) FROM passages").ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_store_opened_again_on_the_same_file_sees_what_was_written()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());

        await using var reopened = new SqliteGraphStore(DatabasePath, GraphSchema.Load(), SchemaSql);

        Assert.Equal("淮安市", (await reopened.GetNodeAsync(SampleGraphs.Huaian))?.Name);
    }

    [Fact]
    public async Task A_snapshot_reads_the_graph_as_it_was_when_opened_while_documents_are_written_and_deleted()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
        await Store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
        var nodes = await Ids(Store.ReadAllNodesAsync());
        var relations = await Ids(Store.ReadAllRelationsAsync());

        await using (var snapshot = await ((IGraphSnapshotSource)Store).OpenSnapshotAsync(CancellationToken.None))
        {
            await Store.DeleteDocumentAsync(SampleGraphs.HuaianReport);
            await Store.ReplaceDocumentAsync(SampleGraphs.Village2024());

            Assert.Equal(nodes, await Ids(snapshot.ReadAllNodesAsync(CancellationToken.None)));
            Assert.Equal(relations, await Ids(snapshot.ReadAllRelationsAsync(CancellationToken.None)));
        }

        Assert.DoesNotContain(SampleGraphs.HuaianReport, await Ids(Store.ReadAllNodesAsync()));
        Assert.Contains(SampleGraphs.VillageReport, await Ids(Store.ReadAllNodesAsync()));
    }

    [Fact]
    public async Task Compacting_keeps_the_graph_as_it_is_and_gives_back_the_room_of_what_was_removed()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
        await Store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
        await Store.ReplaceDocumentAsync(SampleGraphs.Village2024());
        await Store.DeleteDocumentAsync(SampleGraphs.VillageReport);
        var nodes = await Ids(Store.ReadAllNodesAsync());
        var relations = await Ids(Store.ReadAllRelationsAsync());
        var counts = await Store.CountAsync();
        var huaian = await Store.GetNodeAsync(SampleGraphs.Huaian);

        await ((IGraphCompaction)Store).CompactAsync(CancellationToken.None);

        Assert.Equal(nodes, await Ids(Store.ReadAllNodesAsync()));
        Assert.Equal(relations, await Ids(Store.ReadAllRelationsAsync()));
        Assert.Equal(counts.Nodes, (await Store.CountAsync()).Nodes);
        Assert.Equal(counts.Relations, (await Store.CountAsync()).Relations);
        Assert.Equal(JsonSerializer.Serialize(huaian), JsonSerializer.Serialize(await Store.GetNodeAsync(SampleGraphs.Huaian)));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal(0L, (long?)await connection.Command("PRAGMA freelist_count").ExecuteScalarAsync());
        Assert.Equal("ok", (string?)await connection.Command("PRAGMA integrity_check").ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_with_GraphStoreException()
    {
        var path = folder.Write("broken/graph.db", "这不是一个数据库文件，而是一段文字。".PadRight(200, '。'));
        await using var broken = new SqliteGraphStore(path, GraphSchema.Load(), SchemaSql);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => broken.CountAsync());

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_the_store_exactly_as_it_was()
    {
        // The 涟水 report is stored without 淮安's committee and PART_OF 涟水县政协→淮安市政协, then
        // written again with them, and the database refuses that relation after the rest of the
        // document (the committee's new alias and evidence among it) has been written.
        var full = SampleGraphs.Lianshui2024();
        var partOf = full.Relations.Single(r => r.From == SampleGraphs.LianshuiCommittee && r.Type == "PART_OF");
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
        await Store.ReplaceDocumentAsync(full with
        {
            Nodes = full.Nodes.Where(n => n.Id != SampleGraphs.HuaianCommittee).ToArray(),
            Relations = full.Relations.Where(r => r != partOf).ToArray(),
        });
        var before = await SnapshotAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync(
                "CREATE TRIGGER boom BEFORE INSERT ON relations WHEN NEW.type = 'PART_OF' AND NEW.from_nid = (SELECT nid FROM nodes WHERE id = $from) BEGIN SELECT RAISE(ABORT, 'boom'); END"
                    .Replace("$from", $"'{partOf.From}'"),
                CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store.ReplaceDocumentAsync(full));

        Assert.Contains("boom", error.Message);
        Assert.Equal(before, await SnapshotAsync());
        var committee = (await Store.GetNodeAsync(SampleGraphs.HuaianCommittee))!;
        Assert.Equal(["淮安市政协"], committee.Aliases);
        Assert.Equal(SampleGraphs.HuaianReport, Assert.Single(committee.Evidence).DocumentId);
        Assert.Equal(SampleGraphs.LianshuiReport, Assert.Single((await Store.GetNodeAsync(SampleGraphs.LianshuiCommittee))!.Evidence).DocumentId);
    }

    [Fact]
    public async Task Reads_while_documents_are_replaced_and_deleted_never_fail()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());
        await Store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
        using var done = new CancellationTokenSource();
        var states = new System.Collections.Concurrent.ConcurrentDictionary<(long, long), bool>();
        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 150; i++)
                {
                    await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024(withVisit: i % 2 == 0));
                    states[await CountPairAsync()] = true;
                    await Store.DeleteDocumentAsync(SampleGraphs.LianshuiReport);
                    states[await CountPairAsync()] = true;
                    await Store.ReplaceDocumentAsync(SampleGraphs.Lianshui2024());
                    states[await CountPairAsync()] = true;
                }
            }
            finally
            {
                await done.CancelAsync();
            }
        });
        var seen = new System.Collections.Concurrent.ConcurrentBag<(long, long)>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var path = await Store.FindShortestPathAsync(SampleGraphs.LianshuiCommittee, SampleGraphs.Visit, 4);
                Assert.True(path is null || path.Nodes.Count == path.Relations.Count + 1);
                var neighbours = await Store.GetNeighborsAsync(SampleGraphs.Lianshui, new NeighborQuery(Depth: 2));
                var ids = neighbours.Nodes.Select(n => n.Id).ToHashSet();
                Assert.All(neighbours.Relations, r => Assert.True(ids.Contains(r.From) && ids.Contains(r.To), $"{r.Id} hangs on a node the neighbourhood lacks"));
                await Store.GetNodeAsync(SampleGraphs.Visit);
                seen.Add(await CountPairAsync());
                reads++;
            }

            return reads;
        })).ToList();

        await writer;
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
        Assert.All(seen, pair => Assert.True(states.ContainsKey(pair), $"counts {pair} are no state the writer left"));
    }

    private async Task<(long Nodes, long Relations)> CountPairAsync()
    {
        var counts = await Store.CountAsync();
        return (counts.Nodes, counts.Relations);
    }

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(DatabasePath, GraphSchema.Load(), SchemaSql));

    /// <summary>Everything the store reads back, as JSON, to compare two moments.</summary>
    private async Task<string> SnapshotAsync()
    {
        var nodes = new List<Node>();
        await foreach (var node in Store.ReadAllNodesAsync())
        {
            nodes.Add(node);
        }

        var relations = new List<Relation>();
        await foreach (var relation in Store.ReadAllRelationsAsync())
        {
            relations.Add(relation);
        }

        return JsonSerializer.Serialize(new { nodes, relations, counts = await Store.CountAsync(), documents = await Store.ListDocumentsAsync() });
    }

    private static string SchemaSql => Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.sql");

    private static async Task<List<string>> Ids<T>(IAsyncEnumerable<T> items)
    {
        var ids = new List<string>();
        await foreach (var item in items)
        {
            ids.Add(item switch { Node n => n.Id, Relation r => r.Id, _ => "" });
        }

        return ids;
    }
}
