using System.Text;
using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class DocumentUploadsTests
{
    private const string Water = "政协泗阳县委员会召开专题协商会，围绕农村供水保障建言献策。委员们提出建议11条，县水利局现场作了回应。";
    private const string Renewal = "市政协组织部分委员视察城市更新项目，察看老旧小区改造和口袋公园建设情况，提出意见建议23条。";
    private const string WaterFollowUp = "政协泗阳县委员会召开专题协商会，围绕农村供水保障建言献策。会议决定成立专题调研组，下月赴乡镇开展饮水安全调研。";

    [Fact]
    public async Task Two_uploads_with_the_same_name_are_two_documents_and_both_stay_searchable()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();

        var first = await uploads.AddAsync("r1.txt", Text(Water));
        var second = await uploads.AddAsync("r1.txt", Text(Renewal));

        Assert.Equal((UploadStatus.Created, UploadStatus.Created), (first.Status, second.Status));
        Assert.NotEqual(first.DocumentId, second.DocumentId);
        Assert.Equal(1, workspace.PassagesHolding("县水利局"));
        Assert.Equal(1, workspace.PassagesHolding("提出意见建议23条"));
        Assert.Equal("r1.txt", (await workspace.Graph.GetNodeAsync(first.DocumentId!))?.Properties["source"]);
        Assert.True(File.Exists(workspace.Job.Identity.UploadPath(first.DocumentId!, "r1.txt")));
        Assert.True(File.Exists(workspace.Job.Identity.UploadPath(second.DocumentId!, "r1.txt")));
        Assert.Equal(7, (await workspace.Job.CheckAsync()).Documents);
    }

    [Fact]
    public async Task An_upload_whose_text_is_a_documents_is_answered_with_that_document_and_not_stored()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var seed = workspace.InCorpus("000_dab71682d7b0d12b.txt");
        var water = await uploads.AddAsync("供水.txt", Text(Water));
        var before = await workspace.SnapshotAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var copyOfSeed = await uploads.AddAsync("报告.txt", new MemoryStream(Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(seed))));
        var copyOfUpload = await uploads.AddAsync("供水（副本）.md", Text("\uFEFF" + Water + "\r\n"));

        Assert.Equal((UploadStatus.Duplicate, workspace.Job.DocumentIdFor(seed)), (copyOfSeed.Status, copyOfSeed.DocumentId));
        Assert.Equal("000_dab71682d7b0d12b.txt", copyOfSeed.DuplicateOf?.Source);
        Assert.Equal((UploadStatus.Duplicate, water.DocumentId), (copyOfUpload.Status, copyOfUpload.DocumentId));
        Assert.Equal(before, await workspace.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_is_refused_and_changes_nothing_whatever_its_name()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        await uploads.AddAsync("r1.txt", Text(Water));
        var before = await workspace.SnapshotAsync();

        var twoBytes = await uploads.AddAsync("r1.txt", new MemoryStream([0x00, 0x01]));
        var fakePdf = await uploads.AddAsync("r1.pdf", Text(Renewal));
        var noName = await uploads.AddAsync("../", Text(Renewal));

        Assert.Equal(UploadStatus.Refused, twoBytes.Status);
        Assert.Contains("too short to be a document", twoBytes.Reason, StringComparison.Ordinal);
        Assert.Contains("not a PDF", fakePdf.Reason, StringComparison.Ordinal);
        Assert.Contains("no name", noName.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await workspace.SnapshotAsync());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(workspace.Data, "uploads", ".incoming")));
    }

    [Fact]
    public async Task Replacing_keeps_the_id_swaps_the_file_and_the_old_words_are_gone()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var added = await uploads.AddAsync("供水.txt", Text(Water));
        var id = added.DocumentId!;

        var replaced = await uploads.ReplaceAsync(id, "供水（续）.md", Text(WaterFollowUp));
        var again = await uploads.ReplaceAsync(id, "供水（续）.md", Text(WaterFollowUp));

        Assert.Equal((UploadStatus.Replaced, id), (replaced.Status, replaced.DocumentId));
        Assert.Equal(UploadStatus.Unchanged, again.Status);
        Assert.Equal(0, workspace.PassagesHolding("县水利局"));
        Assert.Equal(1, workspace.PassagesHolding("饮水安全调研"));
        Assert.Equal(["供水（续）.md"], Directory.GetFiles(workspace.Job.Identity.UploadFolder(id)).Select(Path.GetFileName));
        Assert.Equal("供水（续）.md", (await workspace.Graph.GetNodeAsync(id))?.Properties["source"]);
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task Replacing_refuses_seeds_unknown_ids_and_another_documents_text_and_changes_nothing()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var water = await uploads.AddAsync("供水.txt", Text(Water));
        await uploads.AddAsync("更新.txt", Text(Renewal));
        var seedId = workspace.Job.DocumentIdFor(workspace.InCorpus("001_1323724233c8d456.txt"));
        var before = await workspace.SnapshotAsync();

        var seed = await uploads.ReplaceAsync(seedId, "x.txt", Text(WaterFollowUp));
        var unknown = await uploads.ReplaceAsync("doc:0000000000000000", "x.txt", Text(WaterFollowUp));
        var other = await uploads.ReplaceAsync(water.DocumentId!, "x.txt", Text(Renewal));
        var deleteSeed = await uploads.DeleteAsync(seedId);

        Assert.Equal(UploadStatus.NotAnUpload, seed.Status);
        Assert.Contains("001_1323724233c8d456.txt", seed.Reason, StringComparison.Ordinal);
        Assert.Equal(UploadStatus.NotFound, unknown.Status);
        Assert.Equal(UploadStatus.Conflict, other.Status);
        Assert.Equal("更新.txt", other.DuplicateOf?.Source);
        Assert.Equal(UploadStatus.NotAnUpload, deleteSeed.Status);
        Assert.Equal(before, await workspace.SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_removes_the_document_from_every_store_and_its_folder()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var before = await workspace.SnapshotAsync();
        var added = await uploads.AddAsync("供水.txt", Text(Water));

        var deleted = await uploads.DeleteAsync(added.DocumentId!);
        var again = await uploads.DeleteAsync(added.DocumentId!);

        Assert.Equal(UploadStatus.Deleted, deleted.Status);
        Assert.Equal(UploadStatus.NotFound, again.Status);
        Assert.False(Directory.Exists(workspace.Job.Identity.UploadFolder(added.DocumentId!)));
        Assert.Equal(before, await workspace.SnapshotAsync());
    }

    public static TheoryData<string, bool> Failures() => new()
    {
        { "add", false }, { "add", true },
        { "replace", false }, { "replace", true },
        { "delete", false }, { "delete", true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_store_failing_in_the_middle_leaves_files_graph_index_and_ledger_as_they_were(string operation, bool afterWriting)
    {
        await using var workspace = await SeededAsync();
        var existing = await workspace.Uploads().AddAsync("供水.txt", Text(Water));
        var before = await workspace.SnapshotAsync();
        var failing = new DocumentUploads(new FailingIngest(workspace.Job, afterWriting), workspace.Ledger, workspace.Job.Identity);

        var outcome = operation switch
        {
            "add" => await failing.AddAsync("更新.txt", Text(Renewal)),
            "replace" => await failing.ReplaceAsync(existing.DocumentId!, "供水（续）.txt", Text(WaterFollowUp)),
            _ => await failing.DeleteAsync(existing.DocumentId!),
        };

        Assert.Equal(UploadStatus.Failed, outcome.Status);
        Assert.IsType<IOException>(outcome.Error);
        Assert.Contains("nothing was changed", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await workspace.SnapshotAsync());
        Assert.Equal(1, workspace.PassagesHolding("县水利局"));
    }

    [Fact]
    public async Task Uploads_the_ledger_lost_are_restored_from_their_folders_with_their_ids()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var added = await uploads.AddAsync("供水.txt", Text(Water));
        var before = await workspace.SnapshotAsync();

        // As after an index rebuilt in a new format: the ledger and the index forget the document.
        workspace.Ledger.Remove(added.DocumentId!);
        workspace.Index.DeleteDocument(added.DocumentId!);
        var restored = await uploads.RestoreAsync();
        var again = await uploads.RestoreAsync();

        Assert.Equal((1, 0), (restored, again));
        Assert.Equal(before, await workspace.SnapshotAsync());
    }

    [Fact]
    public async Task Pruning_never_removes_an_upload_and_a_file_on_disk_with_its_text_takes_its_place_when_it_is_deleted()
    {
        await using var workspace = await SeededAsync();
        var uploads = workspace.Uploads();
        var added = await uploads.AddAsync("供水.txt", Text(Water));
        File.WriteAllText(workspace.InCorpus("供水通报.txt"), Water);
        var id = added.DocumentId!;

        var withCopy = await workspace.IngestAsync(prune: true);
        var deleted = await uploads.DeleteAsync(id);

        var duplicate = Assert.Single(withCopy.Duplicates);
        Assert.Equal(id, duplicate.OriginalId);
        Assert.Equal(0, withCopy.Pruned);
        Assert.Equal(UploadStatus.Deleted, deleted.Status);
        Assert.Null(await workspace.Graph.GetNodeAsync(id));
        Assert.NotNull(await workspace.Graph.GetNodeAsync(workspace.Job.DocumentIdFor(workspace.InCorpus("供水通报.txt"))));
        Assert.Equal(1, workspace.PassagesHolding("县水利局"));
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    private static async Task<IngestWorkspace> SeededAsync()
    {
        var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        return workspace;
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The real ingest, with a store that fails once: before it writes anything, or after it has
    /// written everything. It works again afterwards, for putting back.
    /// </summary>
    private sealed class FailingIngest(IDocumentIngest inner, bool afterWriting) : IDocumentIngest
    {
        private bool _failed;

        public Task<IngestSummary> IngestAsync(DocumentFile document, CancellationToken cancellationToken = default) =>
            FailAsync(() => inner.IngestAsync(document, cancellationToken));

        public Task<IngestSummary> RemoveAsync(string id, CancellationToken cancellationToken = default) =>
            FailAsync(() => inner.RemoveAsync(id, cancellationToken));

        public Task<IngestSummary> IngestOrphansAsync(CancellationToken cancellationToken = default) => inner.IngestOrphansAsync(cancellationToken);

        private async Task<IngestSummary> FailAsync(Func<Task<IngestSummary>> work)
        {
            if (_failed)
            {
                return await work();
            }

            _failed = true;
            if (afterWriting)
            {
                await work();
            }

            throw new IOException("disk full (a test's store)");
        }
    }
}

/// <summary>Uploads over a workspace's own stores.</summary>
internal static class WorkspaceUploads
{
    public static DocumentUploads Uploads(this IngestWorkspace workspace) =>
        new(workspace.Job, workspace.Ledger, workspace.Job.Identity);
}
