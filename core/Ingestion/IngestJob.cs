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
/// Reads files and folders into the graph and the index: each file is loaded, extracted and
/// checked in parallel; one writer then commits documents one at a time, to the graph and the
/// index together, in the ledger's pending → complete protocol.
/// </summary>
/// <remarks>
/// <para>Incremental: a document is identified by its path (relative to the folder holding the
/// data folder, so ids are the same in every clone) and its content hash; unchanged files are
/// skipped, changed ones replaced.</para>
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
    string identityRoot,
    int maxDegreeOfParallelism = 0,
    TopicMaintenance? topics = null,
    AssociationMaintenance? associations = null)
{
    // Documents written together under one index commit, at most.
    private const int MaxBatch = 64;

    private readonly DocumentReader _reader = new();
    private readonly int _workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>The same job preparing <paramref name="workers"/> documents at once.</summary>
    public IngestJob WithParallelism(int workers) => new(graph, index, ledger, extractor, schema, identityRoot, workers, topics, associations);

    /// <summary>The stable id of the document at <paramref name="path"/>.</summary>
    public string DocumentIdFor(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(identityRoot, full);
        var key = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Replace('\\', '/')));
        return "doc:" + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>Ingests every file under <paramref name="paths"/>; with <paramref name="prune"/>, also removes documents whose file is gone.</summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, bool prune = false, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var recovered = await RecoverAsync(cancellationToken);
        var failures = new List<IngestFailure>();
        var files = ListFiles(paths, failures);
        var totalBytes = files.Sum(f => f.Bytes);

        var ready = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(_workers * 2) { SingleReader = true });
        var producing = Task.Run(() => PrepareAllAsync(files, ready.Writer, cancellationToken), cancellationToken);

        var tally = new Tally(files.Count, totalBytes, progress);
        var batch = new List<Prepared>(MaxBatch);
        while (await ready.Reader.WaitToReadAsync(cancellationToken))
        {
            // Take what is ready now, up to a batch: one index commit then serves them all.
            while (batch.Count < MaxBatch && ready.Reader.TryRead(out var item))
            {
                if (item.Failure is { } failure)
                {
                    tally.Failed(item, failure.Reason);
                }
                else if (item.Graph is null)
                {
                    tally.Unchanged(item);
                }
                else
                {
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
        var pruned = prune ? await PruneAsync(cancellationToken) : 0;
        failures.AddRange(tally.Failures);

        // The topic model follows the corpus: trained when missing or when enough has changed.
        var topicRefresh = topics?.Refresh(index);
        var associationRefresh = associations?.Refresh(index);
        return new IngestSummary(tally.Created, tally.Changed, tally.UnchangedCount, failures, pruned, recovered, tally.EntitiesByLabel, tally.RelationsByType, totalBytes, clock.Elapsed)
        {
            Topics = topicRefresh,
            Associations = associationRefresh,
        };
    }

    /// <summary>Removes from both stores every document an interrupted run left pending. Returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = ledger.All().Where(e => !e.Complete).ToList();
        foreach (var entry in pending)
        {
            await RemoveAsync(entry.Id, cancellationToken);
        }

        return pending.Count;
    }

    /// <summary>Compares the ledger, the graph's documents and the index's documents.</summary>
    public async Task<ConsistencyReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var entries = ledger.All();
        var complete = entries.Where(e => e.Complete).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
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

    // Writes a batch of documents. All are marked pending first; each goes to the graph in its
    // own transaction and is staged in the index; one index commit makes them all visible; then
    // they are marked complete. A document the graph refuses is taken out again (graph and
    // index) and forgotten by the ledger only after the commit, so that a crash at any point
    // leaves it pending for the next run to roll back.
    private async Task CommitAsync(List<Prepared> batch, Tally tally, CancellationToken cancellationToken)
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
                await RemoveAsync(item.Id, CancellationToken.None);
            }

            throw;
        }

        ledger.MarkComplete(stored.Select(Entry));
        foreach (var (item, reason) in refused)
        {
            ledger.Remove(item.Id);
            tally.Failed(item, $"could not be stored: {reason}");
        }

        foreach (var item in stored)
        {
            tally.Stored(item);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static LedgerEntry Entry(Prepared item) => new(item.Id, item.File.Path, item.Hash, Complete: false, item.File.Bytes);

    private async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await graph.DeleteDocumentAsync(id, cancellationToken);
        index.DeleteDocument(id);
        ledger.Remove(id);
    }

    private async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var gone = ledger.All().Where(e => !File.Exists(e.Path)).ToList();
        foreach (var entry in gone)
        {
            await RemoveAsync(entry.Id, cancellationToken);
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
                inFlight[i] = Task.Run(() => Prepare(file, cancellationToken), cancellationToken);
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

    private Prepared Prepare(SourceFile file, CancellationToken cancellationToken)
    {
        var id = DocumentIdFor(file.Path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Prepared.Failed(file, id, $"cannot read the file: {e.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var previous = ledger.Find(id);
        if (previous is { Complete: true } && previous.ContentHash == hash)
        {
            return new Prepared(file, id, hash, previous, Graph: null, Failure: null);
        }

        var result = _reader.TryLoad(file.Path, bytes);
        if (result is LoadFailure failure)
        {
            return Prepared.Failed(file, id, failure.Reason);
        }

        var loaded = (LoadedDocument)result;

        try
        {
            var source = new SourceDocument(id, Path.GetFileName(file.Path), hash, loaded);
            var documentGraph = extractor.Extract(source, cancellationToken);
            var problems = schema.Validate(documentGraph);
            return problems.Count == 0
                ? new Prepared(file, id, hash, previous, documentGraph, Failure: null)
                : Prepared.Failed(file, id, "extraction broke the schema: " + string.Join("; ", problems.Take(5)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Prepared.Failed(file, id, $"extraction failed: {e.Message}");
        }
    }

    private static List<SourceFile> ListFiles(IReadOnlyList<string> paths, List<IngestFailure> failures)
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
                files.Add(new SourceFile(file, new FileInfo(file).Length));
            }
        }

        return files;
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static List<string> Except(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Where(x => !b.Contains(x)).Order(StringComparer.Ordinal).ToList();

    private sealed record SourceFile(string Path, long Bytes);

    /// <summary>What the run has done so far, reported as progress after every document.</summary>
    private sealed class Tally(int totalDocuments, long totalBytes, IProgress<IngestProgress>? progress)
    {
        private int _done;
        private long _bytes;
        private long _entities;

        public int Created { get; private set; }

        public int Changed { get; private set; }

        public int UnchangedCount { get; private set; }

        public List<IngestFailure> Failures { get; } = [];

        public Dictionary<string, int> EntitiesByLabel { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> RelationsByType { get; } = new(StringComparer.Ordinal);

        public void Stored(Prepared item)
        {
            if (item.Previous is null)
            {
                Created++;
            }
            else
            {
                Changed++;
            }

            _entities += item.Graph!.Nodes.Count;
            Count(EntitiesByLabel, item.Graph.Nodes.Select(n => n.Label));
            Count(RelationsByType, item.Graph.Relations.Select(r => r.Type));
            Report(item);
        }

        public void Unchanged(Prepared item)
        {
            UnchangedCount++;
            Report(item);
        }

        public void Failed(Prepared item, string reason)
        {
            Failures.Add(new IngestFailure(item.File.Path, reason));
            Report(item);
        }

        private void Report(Prepared item)
        {
            _done++;
            _bytes += item.File.Bytes;
            progress?.Report(new IngestProgress(_done, totalDocuments, _bytes, totalBytes, _entities, item.File.Path));
        }
    }

    private sealed record Prepared(SourceFile File, string Id, string Hash, LedgerEntry? Previous, DocumentGraph? Graph, IngestFailure? Failure)
    {
        public static Prepared Failed(SourceFile file, string id, string reason) =>
            new(file, id, "", null, null, new IngestFailure(file.Path, reason));
    }
}
