using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Sqlite;
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
        Assert.Equal(2L, (long?)await connection.Command("SELECT count(*) FROM passages").ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_store_opened_again_on_the_same_file_sees_what_was_written()
    {
        await Store.ReplaceDocumentAsync(SampleGraphs.Huaian2024());

        await using var reopened = new SqliteGraphStore(DatabasePath, GraphSchema.Load(), SchemaSql);

        Assert.Equal("淮安市", (await reopened.GetNodeAsync(SampleGraphs.Huaian))?.Name);
    }

    [Fact]
    public async Task Documents_written_from_several_threads_are_all_kept()
    {
        var graphs = Enumerable.Range(0, 8).Select(i => SampleGraphs.Village2024() with
        {
            Document = new Node($"doc:village-{i}", "Document", $"乡村振兴专题协商{i}"),
            Relations = [new Relation("MENTIONS", $"doc:village-{i}", SampleGraphs.RuralRevitalisation)],
            Nodes = [new Node(SampleGraphs.RuralRevitalisation, "Topic", "乡村振兴") { Evidence = [SampleGraphs.E($"doc:village-{i}", 1, 0, "乡村振兴")] }],
        });

        await Task.WhenAll(graphs.Select(g => Task.Run(() => Store.ReplaceDocumentAsync(g))));

        Assert.Equal(8, (await Store.ListDocumentsAsync()).Count);
        Assert.Equal(8, (await Store.GetNodeAsync(SampleGraphs.RuralRevitalisation))!.Evidence.Count);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_with_GraphStoreException()
    {
        var path = folder.Write("broken/graph.db", "这不是一个数据库文件，而是一段文字。".PadRight(200, '。'));
        await using var broken = new SqliteGraphStore(path, GraphSchema.Load(), SchemaSql);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => broken.CountAsync());

        Assert.Contains(path, error.Message);
    }

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(DatabasePath, GraphSchema.Load(), SchemaSql));

    private static string SchemaSql => Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.sql");
}
