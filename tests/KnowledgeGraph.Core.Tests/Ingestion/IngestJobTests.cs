using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class IngestJobTests
{
    [Fact]
    public async Task Ingesting_the_seeds_twice_gives_identical_counts_and_ids()
    {
        await using var workspace = new IngestWorkspace();

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
    public async Task Batches_of_one_document_or_of_many_leave_the_same_graph_and_index()
    {
        await using var one = new IngestWorkspace();
        await using var many = new IngestWorkspace();
        await one.Graph.InitializeAsync();
        await many.Graph.InitializeAsync();

        var single = await one.Job.WithBatches(1).RunAsync([one.Corpus]);
        var batched = await many.Job.WithBatches(64).RunAsync([many.Corpus]);

        Assert.Equal((5, 5), (single.New, batched.New));
        Assert.Equal(Stores(await one.SnapshotAsync()), Stores(await many.SnapshotAsync()));

        // The ledger rows name each workspace's own files.
        static List<string> Stores(List<string> lines) => lines.Where(l => !l.StartsWith("ledger ", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task A_graph_file_of_the_older_layout_is_rebuilt_and_the_next_run_reads_every_document_again()
    {
        await using var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        var counts = await workspace.Graph.CountAsync();
        var ids = (await workspace.NodesAsync()).Select(n => n.Id).ToList();

        await workspace.ReopenAsync(() =>
        {
            // Schema 1 kept nodes, relations and evidence by their text ids.
            var path = Path.Combine(workspace.Data, GraphStores.SqliteFileName);
            File.Delete(path);
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', properties TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID;
                INSERT INTO nodes VALUES ('place:320800', 'Place', '淮安市', '[]', '{}');
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        });
        var rebuilt = await workspace.IngestAsync();

        Assert.Equal((5, 5, 0), (rebuilt.Lost, rebuilt.New, rebuilt.Unchanged));
        Assert.Equal(counts.NodesByLabel, (await workspace.Graph.CountAsync()).NodesByLabel);
        Assert.Equal(counts.RelationsByType, (await workspace.Graph.CountAsync()).RelationsByType);
        Assert.Equal(ids, (await workspace.NodesAsync()).Select(n => n.Id).ToList());
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task A_rerun_over_unchanged_files_writes_nothing_and_leaves_the_topic_model_as_it_was()
    {
        await using var workspace = new IngestWorkspace();
        var first = await workspace.IngestAsync();
        await workspace.ReopenAsync();

        var second = await workspace.IngestAsync();

        Assert.NotNull(first.Topics);
        Assert.Null(second.Topics);
        Assert.Equal((0, 0, 5), (second.New, second.Changed, second.Unchanged));
    }

    [Fact]
    public async Task A_fresh_data_folder_gives_the_same_ids_for_the_same_files()
    {
        await using var one = new IngestWorkspace();
        await using var two = new IngestWorkspace();

        await one.IngestAsync();
        await two.IngestAsync();

        Assert.Equal((await one.NodesAsync()).Select(n => n.Id), (await two.NodesAsync()).Select(n => n.Id));
    }

    [Fact]
    public async Task A_data_folder_moved_away_from_its_corpus_keeps_the_ids_and_reads_no_file_again()
    {
        await using var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        var before = await workspace.SnapshotAsync();

        // From outside the folder that holds the corpus, the files' paths relative to the data
        // folder's parent no longer give the ids they were stored under.
        await workspace.MoveDataAsync(Path.Combine("moved", "away", "data"));
        var again = await workspace.IngestAsync(prune: true);

        Assert.Equal((0, 0, 5, 0, 0), (again.New, again.Changed, again.Unchanged, again.Duplicates.Count, again.Pruned));
        Assert.Equal(before, await workspace.SnapshotAsync());
    }

    [Fact]
    public async Task Changing_one_file_changes_only_that_documents_facts()
    {
        await using var workspace = new IngestWorkspace();
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
        await using var workspace = new IngestWorkspace();
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
        await using var workspace = new IngestWorkspace();
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(workspace.Corpus, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var summary = await workspace.IngestAsync();

        Assert.Equal(5, summary.New);
        Assert.Equal(["empty.txt", "image.txt"], summary.Failures.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(summary.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal(5, (await workspace.Job.CheckAsync()).Documents);
    }

    [Fact]
    public async Task Files_that_are_not_documents_are_reported_saying_why_and_the_rest_is_ingested()
    {
        await using var workspace = new IngestWorkspace();
        File.WriteAllText(workspace.InCorpus("notice.txt"), "关于召开常委会议的通知");
        File.WriteAllText(workspace.InCorpus("nul.txt"), "政协委员围绕农村供水开展调研\0\0提出建议十一条，相关部门逐条办理。");
        File.WriteAllText(workspace.InCorpus("page.pdf"), "<html><body>政协委员围绕农村供水开展调研，提出建议十一条。</body></html>");
        File.WriteAllText(workspace.InCorpus("brief.txt"), "本报讯 政协泗阳县委员会召开常委会议，听取农村供水保障工作情况通报。委员们提出建议11条。");

        var summary = await workspace.IngestAsync();

        Assert.Equal(6, summary.New);
        var reasons = summary.Failures.ToDictionary(f => Path.GetFileName(f.Path), f => f.Reason);
        Assert.Equal(["notice.txt", "nul.txt", "page.pdf"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("too short to be a document", reasons["notice.txt"], StringComparison.Ordinal);
        Assert.StartsWith("binary file", reasons["nul.txt"], StringComparison.Ordinal);
        Assert.StartsWith("the file is named .pdf but is not a PDF", reasons["page.pdf"], StringComparison.Ordinal);
        Assert.Equal(6, (await workspace.Job.CheckAsync()).Documents);
    }

    [Fact]
    public async Task Documents_ingested_before_fingerprints_were_kept_are_read_again_once_and_their_duplicates_found()
    {
        await using var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        ForgetFingerprints(workspace);
        var copy = workspace.InCorpus("copy.txt");
        File.Copy(workspace.InCorpus("002_c73c5ad59526bd4d.txt"), copy);
        await workspace.Job.RunAsync([copy]);
        ForgetFingerprints(workspace);
        Assert.Equal(6, (await workspace.Job.CheckAsync()).Documents);

        var upgrade = await workspace.IngestAsync();
        var after = await workspace.IngestAsync();

        Assert.Equal((0, 5), (upgrade.New, upgrade.Changed));
        Assert.Equal(copy, Assert.Single(upgrade.Duplicates).Path);
        Assert.Equal((0, 0, 5), (after.New, after.Changed, after.Unchanged));
        Assert.Equal(5, (await workspace.Job.CheckAsync()).Documents);
    }

    [Fact]
    public async Task A_document_left_pending_by_an_interrupted_run_is_rolled_back_and_ingested_again()
    {
        await using var workspace = new IngestWorkspace();
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
        await using var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        var id = workspace.Job.DocumentIdFor(Path.Combine(workspace.Corpus, "002_c73c5ad59526bd4d.txt"));

        workspace.Services.GetRequiredService<KnowledgeGraph.Core.Search.PassageIndex>().DeleteDocument(id);
        var report = await workspace.Job.CheckAsync();

        Assert.False(report.IsConsistent);
        Assert.Equal([id], report.InGraphNotIndex);
    }

    // Every piece of evidence from documents other than the given one, as comparable strings.
    private static async Task<List<string>> EvidenceOutsideAsync(IngestWorkspace workspace, string documentId) =>
        (await workspace.NodesAsync())
            .SelectMany(n => n.Evidence.Where(e => e.DocumentId != documentId).Select(e => $"{n.Id}|{e.PassageId}|{e.Start}|{e.End}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    // As a ledger written before fingerprints were kept: every row without one.
    private static void ForgetFingerprints(IngestWorkspace workspace)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(workspace.Data, "ingest.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET text_hash = ''";
        command.ExecuteNonQuery();
    }
}
