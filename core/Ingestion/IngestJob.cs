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
/// extracted in parallel; one writer then commits documents in batches, to the graph and the
/// index together, in the ledger's pending → complete protocol.
/// </summary>
/// <remarks>
/// <para>Incremental: a document is identified as <see cref="DocumentIdentity"/> says (a file on
/// disk by its path, an upload by its content when it arrived) and its content hash; unchanged
/// files are skipped, changed ones replaced.</para>
/// <para>One text, one document: a file whose text is a stored document's (after decoding and
/// normalisation) is recorded as its duplicate and not stored again (<see cref="DuplicateContent"/>);
/// when that document changes or goes, its duplicate is ingested in its place.</para>
/// <para>Batched: up to <see cref="IngestionOptions.BatchDocuments"/> documents (or
/// <see cref="IngestionOptions.BatchMegabytes"/>) are marked pending together, written to the
/// graph in one transaction while their passages are added to the index, made visible by one
/// index commit, and marked complete together; extraction of the next documents goes on meanwhile.</para>
/// <para>Crash-safe: a document is marked pending in the ledger only once its graph is ready,
/// then written to the graph and the index, then marked complete. A run that finds pending
/// documents (an earlier run was killed between the marks) removes them from both stores first,
/// so they are ingested anew; so does a document the ledger holds but a store lost (a graph
/// rebuilt in a new layout).</para>
/// <para>Bounded memory: at most a batch and a few documents per core are in flight; a corpus is streamed.</para>
/// </remarks>
public sealed partial class IngestJob(
    IGraphStore graph,
    PassageIndex index,
    IngestLedger ledger,
    IDocumentExtractor extractor,
    GraphSchema schema,
    DocumentIdentity identity,
    IngestionOptions? options = null,
    TopicMaintenance? topics = null,
    AssociationMaintenance? associations = null) : IDocumentIngest
{
    private readonly DocumentPreparation _preparation = new(ledger, extractor, schema);
    private readonly IngestionOptions _options = options ?? new IngestionOptions();
    private Action<IngestCheckpoint>? _checkpoint;
    private readonly int _workers = (options?.MaxDegreeOfParallelism ?? 0) > 0 ? options!.MaxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>How this job knows documents.</summary>
    public DocumentIdentity Identity => identity;

    /// <summary>The same job preparing <paramref name="workers"/> documents at once.</summary>
    public IngestJob WithParallelism(int workers) => new(graph, index, ledger, extractor, schema, identity, Copy(o => o.MaxDegreeOfParallelism = workers), topics, associations) { _checkpoint = _checkpoint };

    /// <summary>The same job writing at most <paramref name="documents"/> documents per batch.</summary>
    public IngestJob WithBatches(int documents) => new(graph, index, ledger, extractor, schema, identity, Copy(o => o.BatchDocuments = documents), topics, associations) { _checkpoint = _checkpoint };

    /// <summary>
    /// The same job calling <paramref name="reached"/> at each checkpoint of the ledger protocol, on
    /// the writing thread, before it goes on (a test that kills the process at each, or a trace).
    /// </summary>
    public IngestJob WithCheckpoints(Action<IngestCheckpoint> reached) => new(graph, index, ledger, extractor, schema, identity, _options, topics, associations) { _checkpoint = reached };

    /// <summary>The stable id of the document at <paramref name="path"/>.</summary>
    public string DocumentIdFor(string path) => identity.ForPath(path).Id;

    /// <summary>Ingests every file under <paramref name="paths"/>; with <paramref name="prune"/>, also removes documents whose file is gone.</summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, bool prune = false, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var profile = new IngestProfile();
        var recovered = await RecoverAsync(cancellationToken);
        var lost = await ForgetLostAsync(cancellationToken);
        var failures = new List<IngestFailure>();
        var files = ListFiles(paths, failures);

        // Pruned first, so that the duplicates of a pruned document are seen as orphans at once.
        var pruned = prune ? await PruneAsync(cancellationToken) : 0;
        var tally = new IngestTally(files.Count, files.Sum(f => f.Bytes), progress);
        var duplicates = new DuplicateContent(ledger);
        await IngestFilesAsync(files, tally, duplicates, profile, cancellationToken);
        await IngestOrphansAsync(tally, duplicates, profile, cancellationToken);
        await CompactStoresAsync(tally.Created + tally.Changed + pruned, tally.Created + tally.Changed + tally.Unchanged, profile, cancellationToken);
        return Summary(tally, failures, pruned, recovered, clock, profile) with { Lost = lost };
    }

    // After a run that wrote or removed at least a tenth of the corpus, the stores are rewritten
    // without the slack of many writes: the graph without the room its batched writes left in
    // SQLite's pages (a tenth of the file), the index as one segment (the index threads leave
    // several, each with its own copy of the common terms). Smaller runs leave them, so that an
    // upload or a run over a few changed files costs no pass over either. Both are atomic: a
    // process killed meanwhile leaves each store as it was.
    private async Task CompactStoresAsync(int written, int documents, IngestProfile profile, CancellationToken cancellationToken)
    {
        if (written == 0 || written * 10 < documents)
        {
            return;
        }

        // Everything is committed by now: a store that cannot be compacted (a reader holding the
        // file, a full disk) stays as it is, and the run's work stands.
        try
        {
            if (graph is IGraphCompaction compaction)
            {
                using (profile.Measure(IngestStage.Graph))
                {
                    await compaction.CompactAsync(cancellationToken);
                }
            }

            using (profile.Measure(IngestStage.Commit))
            {
                index.Compact();
            }
        }
        catch (Exception e) when (e is GraphStoreException or IOException)
        {
        }
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
        var profile = new IngestProfile();
        var recovered = await RecoverAsync(cancellationToken);
        var bytes = File.Exists(document.Source) ? new FileInfo(document.Source).Length : 0;
        var tally = new IngestTally(1, bytes, progress: null);
        await IngestFilesAsync([new SourceFile(document, bytes)], tally, new DuplicateContent(ledger), profile, cancellationToken);
        return Summary(tally, [], pruned: 0, recovered, clock, profile);
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
        await RemoveDocumentsAsync([id], cancellationToken);
        return Summary(new IngestTally(0, 0, progress: null), [], known ? 1 : 0, recovered, clock, new IngestProfile());
    }

    /// <summary>
    /// Ingests the files recorded as duplicates of a document that has since changed or gone,
    /// each as a document of its own (or as the duplicate of another that holds its text). Every
    /// <see cref="RunAsync"/> does this at its end.
    /// </summary>
    public async Task<IngestSummary> IngestOrphansAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var profile = new IngestProfile();
        var tally = new IngestTally(0, 0, progress: null);
        await IngestOrphansAsync(tally, new DuplicateContent(ledger), profile, cancellationToken);
        return Summary(tally, [], pruned: 0, recovered: 0, clock, profile);
    }

    /// <summary>Removes from both stores every document an interrupted run left pending, all in one batch. Returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = ledger.All().Where(e => !e.Complete).Select(e => e.Id).ToList();
        if (pending.Count > 0)
        {
            await RemoveDocumentsAsync(pending, cancellationToken);
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

    // Documents the ledger holds as stored that the graph or the index no longer has (the graph
    // was rebuilt in a new layout, a store was emptied): forgotten by every store, so that the
    // run reads them again. Returns how many.
    private async Task<int> ForgetLostAsync(CancellationToken cancellationToken)
    {
        var stored = ledger.All().Where(e => e.IsStored).ToList();
        if (stored.Count == 0)
        {
            return 0;
        }

        var inGraph = (await graph.ListDocumentsAsync(cancellationToken)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var inIndex = index.DocumentIds();
        var lost = stored.Where(e => !inGraph.Contains(e.Id) || !inIndex.Contains(e.Id)).Select(e => e.Id).ToList();
        if (lost.Count > 0)
        {
            await RemoveDocumentsAsync(lost, cancellationToken);
        }

        return lost.Count;
    }

    // Duplicates whose original changed or went are ingested as documents of their own (or as
    // duplicates of another document that holds their text).
    private async Task<int> IngestOrphansAsync(IngestTally tally, DuplicateContent duplicates, IngestProfile profile, CancellationToken cancellationToken)
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
            await IngestFilesAsync(orphans, tally, duplicates, profile, cancellationToken);
        }

        return orphans.Count;
    }

    // What is computed from the index (the topic model, the learned associations) follows it:
    // brought up to date whenever the ledger says a change came after the last refresh, so a run
    // killed before its refresh leaves it to the next, and a run that changed nothing costs
    // nothing here; also made when missing (a data folder from before they were kept).
    private IngestSummary Summary(IngestTally tally, List<IngestFailure> failures, int pruned, int recovered, Stopwatch clock, IngestProfile profile)
    {
        failures.AddRange(tally.Failures);
        var changed = !ledger.DerivedIsCurrent;
        var stored = changed || index.Count() > 0;
        // Each passage is cut once: the topic refresh keeps the words it cut for the associations'.
        var cut = new PassageWordCache();
        TopicRefresh? topicRefresh = null;
        if (topics is not null && (changed || (stored && !TopicModel.ExistsIn(topics.Provider.Folder))))
        {
            CollectGarbage();
            using (profile.MeasureAlone(IngestStage.Topics))
            {
                topicRefresh = topics.Refresh(index, cut);
            }
        }

        AssociationRefresh? associationRefresh = null;
        if (associations is not null && (changed || (stored && !File.Exists(associations.Provider.WordsPath))))
        {
            CollectGarbage();
            using (profile.MeasureAlone(IngestStage.Associations))
            {
                associationRefresh = associations.Refresh(index, cut);
            }
        }

        if (changed)
        {
            ledger.MarkDerivedCurrent();
            _checkpoint?.Invoke(IngestCheckpoint.DerivedRefreshed);
        }

        profile.End();
        return new IngestSummary(tally.Created, tally.Changed, tally.Unchanged, failures, pruned, recovered, tally.EntitiesByLabel, tally.RelationsByType, tally.TotalBytes, clock.Elapsed)
        {
            Topics = topicRefresh,
            Associations = associationRefresh,
            Duplicates = tally.Duplicates,
            Profile = profile,
        };
    }

    // The refreshes read the whole corpus once the writes are done. Each starts from a compacted
    // heap, so that the garbage of what ran before (the writes' analysis, the topic sampler's
    // passes) is not held beside what it builds. At 100 MB this, with the association refresh
    // emptying the cache of cut words as it counts, took the peak through that refresh from 1.40
    // to 1.27 GB. A blocking collection costs about a second at that size, twice a run (also in
    // the API, after an upload that changed the corpus).
    private static void CollectGarbage()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static LedgerEntry Entry(Prepared item) =>
        new(item.Id, item.File.Path, item.Hash, Complete: false, item.File.Bytes) { Kind = item.File.Document.Kind, TextHash = item.TextHash };

    // Takes documents out of the graph (one transaction), the index (one commit) and the ledger.
    private async Task RemoveDocumentsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await graph.DeleteDocumentsAsync(ids, cancellationToken);
        foreach (var id in ids)
        {
            index.StageDelete(id);
        }

        index.Commit();
        ledger.Remove(ids);
    }

    private async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        // Uploads are removed only when asked (DELETE): never because a file is missing.
        var gone = ledger.All().Where(e => e.Kind == DocumentKind.File && !File.Exists(e.Path)).Select(e => e.Id).ToList();
        if (gone.Count > 0)
        {
            await RemoveDocumentsAsync(gone, cancellationToken);
        }

        return gone.Count;
    }

    private IngestionOptions Copy(Action<IngestionOptions> change)
    {
        var copy = new IngestionOptions
        {
            DataFolder = _options.DataFolder,
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
            BatchDocuments = _options.BatchDocuments,
            BatchMegabytes = _options.BatchMegabytes,
        };
        change(copy);
        return copy;
    }

    private static List<string> Except(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Where(x => !b.Contains(x)).Order(StringComparer.Ordinal).ToList();
}
