using System.Threading.Channels;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>The writing side of the ingest job: files prepared in parallel, written in batches.</summary>
public sealed partial class IngestJob
{
    private long BatchBytes => (long)(_options.BatchMegabytes * 1048576);

    private int BatchDocuments => Math.Max(1, _options.BatchDocuments);

    // Prepares the files in parallel and sorts what comes out, in file order: failures and
    // unchanged files are counted, duplicates recorded, documents to store gathered into batches
    // and committed while the next files are prepared.
    private async Task IngestFilesAsync(IReadOnlyList<SourceFile> files, IngestTally tally, DuplicateContent duplicates, IngestProfile profile, CancellationToken cancellationToken)
    {
        var ready = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(BatchDocuments + (_workers * 2)) { SingleReader = true, SingleWriter = true });
        var producing = Task.Run(() => PrepareAllAsync(files, ready.Writer, profile, cancellationToken), cancellationToken);

        var batch = new List<Prepared>();
        long bytes = 0;
        while (true)
        {
            var more = await ready.Reader.WaitToReadAsync(cancellationToken);
            while (more && batch.Count < BatchDocuments && bytes < BatchBytes && ready.Reader.TryRead(out var item))
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
                    bytes += item.File.Bytes;
                }
            }

            // A batch is written when it is full, or when no file is left to fill it.
            if (batch.Count > 0 && (!more || batch.Count >= BatchDocuments || bytes >= BatchBytes))
            {
                await CommitAsync(batch, tally, profile, cancellationToken);
                batch.Clear();
                bytes = 0;
            }

            if (!more)
            {
                break;
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

    // Writes a batch of documents. All are marked pending first; the graph takes them in one
    // transaction while their passages are added to the index; one index commit makes them all
    // visible; then they are marked complete. A document the graph refuses is taken out again
    // (graph and index) and forgotten by the ledger only after the commit, so that a crash at any
    // point leaves it pending for the next run to roll back.
    private async Task CommitAsync(List<Prepared> batch, IngestTally tally, IngestProfile profile, CancellationToken cancellationToken)
    {
        using (profile.Measure(IngestStage.Commit))
        {
            ledger.MarkPending(batch.Select(Entry));
        }

        _checkpoint?.Invoke(IngestCheckpoint.Pending);

        var refused = new List<(Prepared Item, string Reason)>();
        var valid = new List<Prepared>(batch.Count);
        foreach (var item in batch)
        {
            try
            {
                GraphArguments.Graph(schema, item.Graph!);
                valid.Add(item);
            }
            catch (ArgumentException e)
            {
                refused.Add((item, e.Message));
            }
        }

        List<Prepared> stored;
        try
        {
            // The graph writes on another thread while this one indexes: two cores busy. The
            // documents are staged in order, by one thread, so that the index numbers them the
            // same way on every run (ties in a ranking are broken by that number): staging from
            // several threads cost more CPU than it saved on two cores (issue 13, third round).
            var writing = Task.Run(() => WriteGraphAsync(valid, refused, profile), CancellationToken.None);
            using (profile.Measure(IngestStage.Index))
            {
                foreach (var item in valid)
                {
                    index.Stage(item.Graph!);
                }
            }

            stored = await writing;
            _checkpoint?.Invoke(IngestCheckpoint.GraphWritten);
            using (profile.Measure(IngestStage.Commit))
            {
                foreach (var (item, _) in refused)
                {
                    index.StageDelete(item.Id);
                }

                index.Commit();
            }

            _checkpoint?.Invoke(IngestCheckpoint.IndexCommitted);
        }
        catch
        {
            // The stores could not take the batch: take every document of it out again.
            await RemoveDocumentsAsync(batch.Select(b => b.Id).ToList(), CancellationToken.None);
            throw;
        }

        using (profile.Measure(IngestStage.Commit))
        {
            ledger.MarkComplete(stored.Select(Entry));
            if (refused.Count > 0)
            {
                ledger.Remove(refused.Select(r => r.Item.Id));
            }
        }

        _checkpoint?.Invoke(IngestCheckpoint.Complete);

        foreach (var (item, reason) in refused)
        {
            tally.Failed(item.File.Path, item.File.Bytes, $"could not be stored: {reason}");
        }

        foreach (var item in stored)
        {
            tally.Stored(item.File.Path, item.File.Bytes, isNew: item.Previous is not { IsStored: true }, item.Graph!);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    // The batch in one transaction, the refused documents' earlier versions removed in it. Should
    // the store fail on the batch, each document is written on its own, so that one document the
    // store cannot take fails alone (and is added to the refused). Returns the documents stored.
    private async Task<List<Prepared>> WriteGraphAsync(List<Prepared> valid, List<(Prepared Item, string Reason)> refused, IngestProfile profile)
    {
        using var writing = profile.Measure(IngestStage.Graph);
        try
        {
            await graph.ReplaceDocumentsAsync(valid.Select(v => v.Graph!).ToList(), refused.Select(r => r.Item.Id).ToList(), CancellationToken.None);
            return valid;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var stored = new List<Prepared>(valid.Count);
            foreach (var item in valid)
            {
                try
                {
                    await graph.ReplaceDocumentAsync(item.Graph!, CancellationToken.None);
                    stored.Add(item);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    await graph.DeleteDocumentAsync(item.Id, CancellationToken.None);
                    lock (refused)
                    {
                        refused.Add((item, single.Message));
                    }
                }
            }

            await graph.DeleteDocumentsAsync(refused.Select(r => r.Item.Id).ToList(), CancellationToken.None);
            return stored;
        }
    }

    private async Task PrepareAllAsync(IReadOnlyList<SourceFile> files, ChannelWriter<Prepared> output, IngestProfile profile, CancellationToken cancellationToken)
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
                inFlight[i] = Task.Run(() => _preparation.Prepare(file, profile, cancellationToken), cancellationToken);
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
        var known = FilesKnown();
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
                files.Add(new SourceFile(known.Keep(identity.ForPath(file)), new FileInfo(file).Length));
            }
        }

        return files;
    }

    private KnownFiles FilesKnown()
    {
        var entries = ledger.All().Where(e => e.Kind == DocumentKind.File).ToList();
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.DuplicateOf is null ? 0 : 1))
        {
            byPath.TryAdd(entry.Path, entry.Id);
        }

        return new KnownFiles(entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), byPath);
    }

    // Ids of files on disk are their paths relative to the folder that holds the data folder. A
    // data folder moved or copied away from its corpus would give every file a new id, and the
    // run would store each again as the duplicate of its old self; a file the ledger knows at the
    // same path keeps the id it was stored under instead.
    private sealed record KnownFiles(HashSet<string> Ids, Dictionary<string, string> IdByPath)
    {
        public DocumentFile Keep(DocumentFile file) =>
            file.Kind == DocumentKind.File && !Ids.Contains(file.Id) && IdByPath.TryGetValue(file.Path, out var stored)
                ? file with { Id = stored }
                : file;
    }
}
