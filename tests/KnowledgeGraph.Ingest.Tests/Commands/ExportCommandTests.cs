using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Export;
using KnowledgeGraph.Ingest.Commands;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Ingest.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kg-export-");

    private string Data => Path.Combine(folder.FullName, "data");

    private string Out => Path.Combine(folder.FullName, "out");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task The_graph_in_the_data_folder_is_exported_and_the_files_are_listed()
    {
        await using (var store = GraphStores.Create(new GraphStoreOptions { DataFolder = Data }))
        {
            const string document = "doc:huaian-2024";
            await store.ReplaceDocumentAsync(new DocumentGraph(
                new Node(document, "Document", "政协淮安市委员会常务委员会工作报告"),
                [new Node("topic:民营经济", "Topic", "民营经济") { Evidence = [new Evidence(document, $"{document}:s1:p1:t1", 10, 14, "民营经济")] }],
                [new Relation("MENTIONS", document, "topic:民营经济")],
                []));
        }

        var output = new StringWriter();

        var exit = await ExportCommand.RunAsync(ExportFormat.Neo4jCsv, Out, Data, output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Exported 2 nodes and 1 relations", output.ToString());
        Assert.True(File.Exists(Path.Combine(Out, "nodes_Topic.csv")));
        Assert.True(File.Exists(Path.Combine(Out, "relationships_MENTIONS.csv")));
        Assert.Contains(Path.Combine(Out, "README.txt"), output.ToString());
    }

    [Fact]
    public async Task A_graph_that_fails_half_way_through_the_export_is_reported_without_a_stack_trace_and_leaves_no_files()
    {
        await using (var store = GraphStores.Create(new GraphStoreOptions { DataFolder = Data }))
        {
            const string document = "doc:huaian-2024";
            await store.ReplaceDocumentAsync(new DocumentGraph(
                new Node(document, "Document", "政协淮安市委员会常务委员会工作报告"),
                [new Node("topic:民营经济", "Topic", "民营经济")],
                [new Relation("MENTIONS", document, "topic:民营经济")],
                []));
        }

        // The nodes export, then the relations cannot be read.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Data, GraphStores.SqliteFileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE relations SET properties = '{not json'";
            await corrupt.ExecuteNonQueryAsync();
        }

        var errors = new StringWriter();

        var exit = await ExportCommand.RunAsync(ExportFormat.Neo4jCsv, Out, Data, new StringWriter(), errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("Export failed", errors.ToString());
        Assert.DoesNotContain("   at ", errors.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(Out));
    }

    [Fact]
    public async Task A_data_folder_without_a_graph_is_reported_and_nothing_is_created()
    {
        var errors = new StringWriter();

        var exit = await ExportCommand.RunAsync(ExportFormat.Json, Out, Data, new StringWriter(), errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("ingest documents first", errors.ToString());
        Assert.False(Directory.Exists(Data));
    }
}
