using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Topics;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Reads files and folders into the graph and the index: each file is loaded, checked and
/// extracted in parallel; one writer then commits documents one at a time, to the graph and the
/// index together, in the ledger's pending → complete protocol.
/// </summary>
/// <remarks>
/// <para>Incremental: a document is identified as <see cref="DocumentIdentity"/> says (a file on
/// disk by its path, an upload by its content when it arrived) and its content hash; unchanged
/// files are skipped, changed ones replaced.</para>
/// <para>One text, one document: a file whose text is a stored document's (after decoding and
/// normalisation) is recorded as its duplicate and not stored again (<see cref="DuplicateContent"/>);
/// when that document changes or goes, its duplicate is ingested in its place.</para>
/// <para>Crash-safe: a document is marked pending in the ledger only once its graph is ready,
/// then written to the graph (one transaction) and the index (one commit), then marked
/// complete. A run that finds pending documents (an earlier run was killed between the writes)
/// removes them from both stores first, so they are ingested anew.</para>
/// <para>Bounded memory: at most a few documents per core are in flight; a corpus is streamed.</para>
/// </remarks>
public sealed class IngestJob(
    IGraphStore graph,
    PassageIndex index,
    IngestLedger ledger,
    IDocumentExtractor extractor,
    GraphSchema schema,
    DocumentIdentity identity,
    int maxDegreeOfParallelism = 0,
    TopicMaintenance? topics = null,
    AssociationMaintenance? associations = null) : IDocumentIngest
{
    // Documents written together under one index commit, at most.
    private const int MaxBatch = 64;

    private readonly DocumentPreparation _preparation = new(ledger, extractor, schema);
    private readonly int _workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>How this job knows documents.</summary>
    public DocumentIdentity Identity => identity;

    /// <summary>The same job preparing <paramref name="workers"/> documents at once.</summary>
    public IngestJob WithParallelism(int workers) => new(graph, index, ledger, extractor, schema, identity, workers, topics, associations);

    /// <summary>The stable id of the document at <paramref name="path"/>.</summary>
    public string DocumentIdFor(string path) => identity.ForPath(path).Id;

    /// <summary>Ingests every file under <paramref name="paths"/>; with <paramref name="prune"/>, also removes documents whose file is gone.</summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, bool prune = false, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var recovered = await RecoverAsync(cancellationToken);
        var failures = new List<IngestFailure>();
        var files = ListFiles(paths, failures);

        // Pruned first, so that the duplicates of a pruned document are seen as orphans at once.
        var pruned = prune ? await PruneAsync(cancellationToken) : 0;
        var tally = new IngestTally(files.Count, files.Sum(f => f.Bytes), progress);
        var duplicates = new DuplicateContent(ledger);
        await IngestFilesAsync(files, tally, duplicates, cancellationToken);
        await IngestOrphansAsync(tally, duplicates, cancellationToken);
        return Summary(tally, failures, pruned, recovered, clock);
    }

    /// <summary>
    /// Ingests one file as the document <see cref="DocumentFile.Id"/>, whatever its path (an
    /// upload, read from its temporary file). A file that is not a document, or a duplicate, is
    /// reported in the summary, never thrown; a store that fails throws. Duplicates of the
    /// document's earlier text stay as they are until <see cref="IngestOrphansAsync(CancellationToken)"/>.
    /// </summary>
    public async Task<IngestSummary> IngestAsync(DocumentFile document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clock = Stopwatch.StartNew();
        var recovered = await RecoverAsync(cancellationToken);
        var bytes = File.Exists(document.Source) ? new FileInfo(document.Source).Length : 0;
        var tally = new IngestTally(1, bytes, progress: null);
        await IngestFilesAsync([new SourceFile(document, bytes)], tally, new DuplicateContent(ledger), cancellationToken);
        return Summary(tally, [], pruned: 0, recovered, clock);
    }

    /// <summary>
    /// Removes the document <paramref name="id"/> from the graph, the index and the ledger. Its
    /// file is left alone, and so are its duplicates until <see cref="IngestOrphansAsync(CancellationToken)"/>.
    /// </summary>
    public async Task<IngestSummary> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var recovered = await RecoverAsync(cancellationToken);
        var known = ledger.Find(id) is not null;
        await RemoveDocumentAsync(id, cancellationToken);
        return Summary(new IngestTally(0, 0, progress: null), [], known ? 1 : 0, recovered, clock);
    }

    /// <summary>
    /// Ingests the files recorded as duplicates of a document that has since changed or gone,
    /// each as a document of its own (or as the duplicate of another that holds its text). Every
    /// <see cref="RunAsync"/> does this at its end.
    /// </summary>
    public async Task<IngestSummary> IngestOrphansAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var tally = new IngestTally(0, 0, progress: null);
        var found = await IngestOrphansAsync(tally, new DuplicateContent(ledger), cancellationToken);
        return Summary(tally, [], pruned: 0, recovered: 0, clock, refreshTopics: found > 0);
    }

    /// <summary>Removes from both stores every document an interrupted run left pending. Returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = ledger.All().Where(e => !e.Complete).ToList();
        foreach (var entry in pending)
        {
            await RemoveDocumentAsync(entry.Id, cancellationToken);
        }

        return pending.Count;
    }

    /// <summary>Compares the ledger, the graph's documents and the index's documents.</summary>
    public async Task<ConsistencyReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var entries = ledger.All();
        var complete = entries.Where(e => e.IsStored).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var inGraph = (await graph.ListDocumentsAsync(cancellationToken)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var inIndex = index.DocumentIds();
        return new ConsistencyReport(
            entries.Where(e => !e.Complete).Select(e => e.Id).ToList(),
            Except(inGraph, inIndex),
            Except(inIndex, inGraph),
            Except(complete, inGraph),
            Except(inGraph, complete),
            inGraph.Count,
            index.Count());
    }

    // Prepares the files in parallel and sorts what comes out, in file order: failures and
    // unchanged files are counted, duplicates recorded, documents to store committed in batches.
    private async Task IngestFilesAsync(IReadOnlyList<SourceFile> files, IngestTally tally, DuplicateContent duplicates, CancellationToken cancellationToken)
    {
        var ready = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(_workers * 2) { SingleReader = true });
        var producing = Task.Run(() => PrepareAllAsync(files, ready.Writer, cancellationToken), cancellationToken);

        var batch = new List<Prepared>(MaxBatch);
        while (await ready.Reader.WaitToReadAsync(cancellationToken))
        {
            // Take what is ready now, up to a batch: one index commit then serves them all.
            while (batch.Count < MaxBatch && ready.Reader.TryRead(out var item))
            {
                if (item.Failure is { } failure)
                {
                    tally.Failed(item.File.Path, item.File.Bytes, failure.Reason);
                }
                else if (item.Graph is null)
                {
                    Unchanged(item, tally, duplicates);
                }
                else if (duplicates.OriginalOf(item.TextHash, item.Id, item.File.Path) is { } original)
                {
                    await RecordDuplicateAsync(item, original, tally, cancellationToken);
                }
                else
                {
                    duplicates.Claim(item.TextHash, item.Id, item.File.Path);
                    batch.Add(item);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch, tally, cancellationToken);
                batch.Clear();
            }
        }

        await producing;
    }

    // A file unchanged since the last run. A duplicate is named again as long as its original
    // still holds its text; else it is an orphan, left to the end of the run.
    private static void Unchanged(Prepared item, IngestTally tally, DuplicateContent duplicates)
    {
        if (item.Previous?.DuplicateOf is not { } originalId)
        {
            tally.Same(item.File.Path, item.File.Bytes);
        }
        else if (duplicates.OriginalOf(item.TextHash, item.Id, item.File.Path) is { } original && original.OriginalId == originalId)
        {
            tally.Duplicate(original, item.File.Bytes);
        }
        else
        {
            tally.Deferred(item.File.Path, item.File.Bytes);
        }
    }

    // Records a file as a duplicate. If it was a document of its own until now (its text changed
    // to another document's), that document is taken out of both stores first, under the
    // pending mark, so that a crash leaves it to be rolled back.
    private async Task RecordDuplicateAsync(Prepared item, IngestDuplicate original, IngestTally tally, CancellationToken cancellationToken)
    {
        if (item.Previous is { IsStored: true })
        {
            ledger.MarkPending([Entry(item)]);
            await graph.DeleteDocumentAsync(item.Id, CancellationToken.None);
            index.DeleteDocument(item.Id);
        }

        ledger.MarkDuplicate(Entry(item), original.OriginalId);
        tally.Duplicate(original, item.File.Bytes);
        cancellationToken.ThrowIfCancellationRequested();
    }

    // Duplicates whose original changed or went are ingested as documents of their own (or as
    // duplicates of another document that holds their text).
    private async Task<int> IngestOrphansAsync(IngestTally tally, DuplicateContent duplicates, CancellationToken cancellationToken)
    {
        var orphans = new List<SourceFile>();
        foreach (var entry in duplicates.Orphans())
        {
            ledger.Remove(entry.Id);
            if (File.Exists(entry.Path))
            {
                orphans.Add(new SourceFile(new DocumentFile(entry.Id, entry.Path, entry.Kind), new FileInfo(entry.Path).Length));
            }
        }

        if (orphans.Count > 0)
        {
            tally.Expect(orphans.Count, orphans.Sum(f => f.Bytes));
            await IngestFilesAsync(orphans, tally, duplicates, cancellationToken);
        }

        return orphans.Count;
    }

    // The topic model and the learned associations follow the corpus: made when missing or when
    // enough has changed.
    private IngestSummary Summary(IngestTally tally, List<IngestFailure> failures, int pruned, int recovered, Stopwatch clock, bool refreshTopics = true)
    {
        failures.AddRange(tally.Failures);
        var topicRefresh = refreshTopics ? topics?.Refresh(index) : null;
        var associationRefresh = refreshTopics ? associations?.Refresh(index) : null;
        return new IngestSummary(tally.Created, tally.Changed, tally.Unchanged, failures, pruned, recovered, tally.EntitiesByLabel, tally.RelationsByType, tally.TotalBytes, clock.Elapsed)
        {
            Topics = topicRefresh,
            Associations = associationRefresh,
            Duplicates = tally.Duplicates,
        };
    }

    // Writes a batch of documents. All are marked pending first; each goes to the graph in its
    // own transaction and is staged in the index; one index commit makes them all visible; then
    // they are marked complete. A document the graph refuses is taken out again (graph and
    // index) and forgotten by the ledger only after the commit, so that a crash at any point
    // leaves it pending for the next run to roll back.
    private async Task CommitAsync(List<Prepared> batch, IngestTally tally, CancellationToken cancellationToken)
    {
        ledger.MarkPending(batch.Select(Entry));
        var stored = new List<Prepared>(batch.Count);
        var refused = new List<(Prepared Item, string Reason)>();
        try
        {
            foreach (var item in batch)
            {
                try
                {
                    await graph.ReplaceDocumentAsync(item.Graph!, CancellationToken.None);
                    index.Stage(item.Graph!);
                    stored.Add(item);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await graph.DeleteDocumentAsync(item.Id, CancellationToken.None);
                    index.StageDelete(item.Id);
                    refused.Add((item, e.Message));
                }
            }

            index.Commit();
        }
        catch
        {
            // The index could not commit: take every document of the batch out again.
            foreach (var item in batch)
            {
                await RemoveDocumentAsync(item.Id, CancellationToken.None);
            }

            throw;
        }

        ledger.MarkComplete(stored.Select(Entry));
        foreach (var (item, reason) in refused)
        {
            ledger.Remove(item.Id);
            tally.Failed(item.File.Path, item.File.Bytes, $"could not be stored: {reason}");
        }

        foreach (var item in stored)
        {
            tally.Stored(item.File.Path, item.File.Bytes, isNew: item.Previous is not { IsStored: true }, item.Graph!);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static LedgerEntry Entry(Prepared item) =>
        new(item.Id, item.File.Path, item.Hash, Complete: false, item.File.Bytes) { Kind = item.File.Document.Kind, TextHash = item.TextHash };

    private async Task RemoveDocumentAsync(string id, CancellationToken cancellationToken)
    {
        await graph.DeleteDocumentAsync(id, cancellationToken);
        index.DeleteDocument(id);
        ledger.Remove(id);
    }

    private async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        // Uploads are removed only when asked (DELETE): never because a file is missing.
        var gone = ledger.All().Where(e => e.Kind == DocumentKind.File && !File.Exists(e.Path)).ToList();
        foreach (var entry in gone)
        {
            await RemoveDocumentAsync(entry.Id, cancellationToken);
        }

        return gone.Count;
    }

    private async Task PrepareAllAsync(IReadOnlyList<SourceFile> files, ChannelWriter<Prepared> output, CancellationToken cancellationToken)
    {
        try
        {
            // Up to one task per worker in flight; results go out in file order, so a run is
            // deterministic whatever the timing.
            var inFlight = new Task<Prepared>[files.Count];
            var next = 0;
            for (var i = 0; i < files.Count; i++)
            {
                while (i - next >= _workers || (next < i && inFlight[next].IsCompleted))
                {
                    await output.WriteAsync(await inFlight[next], cancellationToken);
                    inFlight[next++] = null!;
                }

                var file = files[i];
                inFlight[i] = Task.Run(() => _preparation.Prepare(file, cancellationToken), cancellationToken);
            }

            for (; next < files.Count; next++)
            {
                await output.WriteAsync(await inFlight[next], cancellationToken);
                inFlight[next] = null!;
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    private List<SourceFile> ListFiles(IReadOnlyList<string> paths, List<IngestFailure> failures)
    {
        var files = new List<SourceFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> found;
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true };
                found = Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal);
            }
            else if (File.Exists(path))
            {
                found = [path];
            }
            else
            {
                failures.Add(new IngestFailure(path, "file not found"));
                continue;
            }

            foreach (var file in found.Select(Path.GetFullPath).Where(seen.Add))
            {
                files.Add(new SourceFile(identity.ForPath(file), new FileInfo(file).Length));
            }
        }

        return files;
    }

    private static List<string> Except(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Where(x => !b.Contains(x)).Order(StringComparer.Ordinal).ToList();
}
