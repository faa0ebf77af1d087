using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Ingest.Commands;
using Spectre.Console.Testing;

namespace KnowledgeGraph.Ingest.Tests.Commands;

/// <summary><c>check</c> (and <c>ingest</c>) on data folders that are empty, missing, half made or held by another process: a line that says so and the right exit code.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kg-check-");

    private string Data => Path.Combine(folder.FullName, "data");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task An_empty_data_folder_is_consistent_and_is_left_empty()
    {
        Directory.CreateDirectory(Data);
        var console = new TestConsole { Profile = { Width = 300 } };

        var exit = await CheckCommand.RunAsync(Data, console, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains($"The data folder {Data} holds nothing ingested yet", console.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Data));
    }

    [Fact]
    public async Task A_missing_data_folder_is_named_and_not_created()
    {
        var console = new TestConsole { Profile = { Width = 300 } };

        var exit = await CheckCommand.RunAsync(Data, console, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains($"There is no data folder at {Data}", console.Output);
        Assert.False(Directory.Exists(Data));
    }

    [Fact]
    public async Task A_file_given_as_the_data_folder_is_refused()
    {
        var file = Path.Combine(folder.FullName, "notes.txt");
        await File.WriteAllTextAsync(file, "不是数据目录");
        var console = new TestConsole { Profile = { Width = 300 } };

        Assert.Equal(2, await CheckCommand.RunAsync(file, console, CancellationToken.None));
        Assert.Contains("is a file, not a data folder", console.Output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_folder_left_by_an_ingest_killed_before_its_first_index_commit_is_rolled_back_and_consistent(bool emptyIndexFolder)
    {
        // What a kill in the first second leaves: the batch marked pending, its document in the
        // graph, and no index commit yet (no index folder, or one with no commit in it).
        const string document = "doc:0123456789abcdef";
        using (var ledger = IngestLedger.Open(Data))
        {
            ledger.MarkPending(document, Path.Combine(folder.FullName, "corpus", "report.txt"), "0123", 2048);
        }

        await using (var graph = GraphStores.Create(new GraphStoreOptions { DataFolder = Data }))
        {
            await graph.ReplaceDocumentAsync(new DocumentGraph(
                new Node(document, "Document", "政协某市委员会常务委员会工作报告"),
                [new Node("topic:民营经济", "Topic", "民营经济") { Evidence = [new Evidence(document, $"{document}:s1:p1:t1", 3, 7, "关于民营经济的调研")] }],
                [new Relation("MENTIONS", document, "topic:民营经济")],
                [new Passage($"{document}:s1:p1:t1", document, $"{document}:s1", "关于民营经济的调研", 0, 9)]));
        }

        if (emptyIndexFolder)
        {
            Directory.CreateDirectory(PassageIndex.FolderIn(Data));
        }

        var console = new TestConsole { Profile = { Width = 300 } };

        var exit = await CheckCommand.RunAsync(Data, console, CancellationToken.None);

        Assert.True(exit == 0, console.Output);
        Assert.Contains("1 document(s) left half-written by an interrupted ingest rolled back", console.Output);
        Assert.Contains("0 documents in the graph, 0 passages in the index", console.Output);
        Assert.Contains("consistent", console.Output);
    }

    [Fact]
    public async Task A_data_folder_whose_index_another_process_holds_is_named_with_what_to_do()
    {
        Directory.CreateDirectory(Data);
        using var held = PassageIndex.Open(PassageIndex.FolderIn(Data), JiebaSegmenter.Load());
        var check = new TestConsole { Profile = { Width = 300 } };
        var ingest = new TestConsole { Profile = { Width = 300 } };

        var checkExit = await CheckCommand.RunAsync(Data, check, CancellationToken.None);
        var ingestExit = await IngestCommand.RunAsync([folder.FullName], Data, prune: false, parallel: 0, ingest, CancellationToken.None);

        Assert.Equal((2, 2), (checkExit, ingestExit));
        Assert.Contains("is in use by another process", check.Output);
        Assert.Contains("is in use by another process", ingest.Output);
        Assert.DoesNotContain("   at ", check.Output + ingest.Output);
    }

    [Fact]
    public async Task A_damaged_graph_file_is_named_without_a_stack_trace()
    {
        Directory.CreateDirectory(Data);
        await File.WriteAllTextAsync(Path.Combine(Data, GraphStores.SqliteFileName), new string('坏', 3000));
        var console = new TestConsole { Profile = { Width = 300 } };

        var exit = await CheckCommand.RunAsync(Data, console, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains($"The graph in {Data} cannot be used", console.Output);
        Assert.DoesNotContain("   at ", console.Output);
    }
}
