using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class IngestJobTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>A data folder and a copy of the seeds of its own, with the services over them.</summary>
    private sealed class Workspace : IAsyncDisposable
    {
        private readonly TempFolder _folder = new();

        public Workspace()
        {
            Corpus = Path.Combine(_folder.Path, "corpus");
            Directory.CreateDirectory(Corpus);
            foreach (var seed in Directory.GetFiles(Seeds, "*.txt"))
            {
                File.Copy(seed, Path.Combine(Corpus, Path.GetFileName(seed)));
            }

            Services = Open();
        }

        public string Corpus { get; }

        public string Data => Path.Combine(_folder.Path, "data");

        public ServiceProvider Services { get; private set; }

        public IGraphStore Graph => Services.GetRequiredService<IGraphStore>();

        public async Task<IngestSummary> IngestAsync(bool prune = false)
        {
            await Graph.InitializeAsync();
            return await Services.GetRequiredService<IngestJob>().RunAsync([Corpus], prune);
        }

        public IngestJob Job => Services.GetRequiredService<IngestJob>();

        /// <summary>Closes and reopens the stores, as a new process would.</summary>
        public async Task ReopenAsync()
        {
            await Services.DisposeAsync();
            Services = Open();
        }

        public async Task<List<Node>> NodesAsync()
        {
            var nodes = new List<Node>();
            await foreach (var node in Graph.ReadAllNodesAsync())
            {
                nodes.Add(node);
            }

            return nodes;
        }

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            _folder.Dispose();
        }

        private ServiceProvider Open() => new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(Data)
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Ingesting_the_seeds_twice_gives_identical_counts_and_ids()
    {
        await using var workspace = new Workspace();

        var first = await workspace.IngestAsync();
        var countsAfterFirst = await workspace.Graph.CountAsync();
        var idsAfterFirst = (await workspace.NodesAsync()).Select(n => n.Id).ToList();
        await workspace.ReopenAsync();
        var second = await workspace.IngestAsync();

        Assert.Equal((5, 0, 0, 0), (first.New, first.Changed, first.Unchanged, first.Failures.Count));
        Assert.Equal((0, 0, 5, 0), (second.New, second.Changed, second.Unchanged, second.Failures.Count));
        var countsAfterSecond = await workspace.Graph.CountAsync();
        Assert.Equal(countsAfterFirst.NodesByLabel, countsAfterSecond.NodesByLabel);
        Assert.Equal(countsAfterFirst.RelationsByType, countsAfterSecond.RelationsByType);
        Assert.Equal(idsAfterFirst, (await workspace.NodesAsync()).Select(n => n.Id).ToList());
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task A_fresh_data_folder_gives_the_same_ids_for_the_same_files()
    {
        await using var one = new Workspace();
        await using var two = new Workspace();

        await one.IngestAsync();
        await two.IngestAsync();

        Assert.Equal((await one.NodesAsync()).Select(n => n.Id), (await two.NodesAsync()).Select(n => n.Id));
    }

    [Fact]
    public async Task Changing_one_file_changes_only_that_documents_facts()
    {
        await using var workspace = new Workspace();
        await workspace.IngestAsync();
        var changedPath = Path.Combine(workspace.Corpus, "004_2433891f3505c585.txt");
        var changedId = workspace.Job.DocumentIdFor(changedPath);
        var before = await EvidenceOutsideAsync(workspace, changedId);

        File.AppendAllText(changedPath, "\n2024年，区政协组织委员走访民营企业88家。\n");
        var summary = await workspace.IngestAsync();

        Assert.Equal((0, 1, 4), (summary.New, summary.Changed, summary.Unchanged));
        Assert.Equal(before, await EvidenceOutsideAsync(workspace, changedId));
        var document = await workspace.Graph.GetNodeAsync(changedId);
        Assert.NotNull(document);
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task Pruning_removes_a_deleted_files_document_but_keeps_entities_other_documents_state()
    {
        await using var workspace = new Workspace();
        await workspace.IngestAsync();
        var removedPath = Path.Combine(workspace.Corpus, "001_1323724233c8d456.txt");
        var removedId = workspace.Job.DocumentIdFor(removedPath);
        var shared = (await workspace.NodesAsync())
            .Where(n => n.Label != "Document" && n.Evidence.Select(e => e.DocumentId).Distinct().Count() > 1 && n.Evidence.Any(e => e.DocumentId == removedId))
            .ToList();
        Assert.NotEmpty(shared);

        File.Delete(removedPath);
        var summary = await workspace.IngestAsync(prune: true);

        Assert.Equal(1, summary.Pruned);
        Assert.Null(await workspace.Graph.GetNodeAsync(removedId));
        foreach (var node in shared)
        {
            var kept = await workspace.Graph.GetNodeAsync(node.Id);
            Assert.NotNull(kept);
            Assert.DoesNotContain(kept.Evidence, e => e.DocumentId == removedId);
        }

        var report = await workspace.Job.CheckAsync();
        Assert.True(report.IsConsistent);
        Assert.Equal(4, report.Documents);
    }

    [Fact]
    public async Task Unreadable_files_are_reported_and_the_rest_is_ingested()
    {
        await using var workspace = new Workspace();
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var summary = await workspace.IngestAsync();

        Assert.Equal(5, summary.New);
        Assert.Equal(["empty.txt", "image.txt"], summary.Failures.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(summary.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal(5, (await workspace.Job.CheckAsync()).Documents);
    }

    [Fact]
    public async Task A_document_left_pending_by_an_interrupted_run_is_rolled_back_and_ingested_again()
    {
        await using var workspace = new Workspace();
        await workspace.IngestAsync();
        var path = Path.Combine(workspace.Corpus, "003_9b204543b7084597.txt");
        var id = workspace.Job.DocumentIdFor(path);
        var ledger = workspace.Services.GetRequiredService<IngestLedger>();
        ledger.MarkPending(id, path, "interrupted", 1);

        var interrupted = await workspace.Job.CheckAsync();
        var summary = await workspace.IngestAsync();

        Assert.Equal([id], interrupted.Pending);
        Assert.False(interrupted.IsConsistent);
        Assert.Equal((1, 1, 4), (summary.Recovered, summary.New, summary.Unchanged));
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task Check_names_a_document_the_index_lost()
    {
        await using var workspace = new Workspace();
        await workspace.IngestAsync();
        var id = workspace.Job.DocumentIdFor(Path.Combine(workspace.Corpus, "002_c73c5ad59526bd4d.txt"));

        workspace.Services.GetRequiredService<KnowledgeGraph.Core.Search.PassageIndex>().DeleteDocument(id);
        var report = await workspace.Job.CheckAsync();

        Assert.False(report.IsConsistent);
        Assert.Equal([id], report.InGraphNotIndex);
    }

    // Every piece of evidence from documents other than the given one, as comparable strings.
    private static async Task<List<string>> EvidenceOutsideAsync(Workspace workspace, string documentId) =>
        (await workspace.NodesAsync())
            .SelectMany(n => n.Evidence.Where(e => e.DocumentId != documentId).Select(e => $"{n.Id}|{e.PassageId}|{e.Start}|{e.End}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
