namespace KnowledgeGraph.Core.Ingestion;

/// <summary>How far an ingest run has come.</summary>
public sealed record IngestProgress(int DocumentsDone, int DocumentsTotal, long BytesDone, long BytesTotal, long Entities, string? Current);

/// <summary>A file that was not ingested, and why.</summary>
public sealed record IngestFailure(string Path, string Reason);

/// <summary>A file not stored because a document already holds the same text.</summary>
/// <param name="Path">The file.</param>
/// <param name="OriginalId">The document that holds its text.</param>
/// <param name="OriginalPath">That document's file.</param>
public sealed record IngestDuplicate(string Path, string OriginalId, string OriginalPath);

/// <summary>What an ingest run did.</summary>
public sealed record IngestSummary(
    int New,
    int Changed,
    int Unchanged,
    IReadOnlyList<IngestFailure> Failures,
    int Pruned,
    int Recovered,
    IReadOnlyDictionary<string, int> EntitiesByLabel,
    IReadOnlyDictionary<string, int> RelationsByType,
    long Bytes,
    TimeSpan Elapsed)
{
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Bytes / 1048576.0 / Elapsed.TotalSeconds;

    /// <summary>What the run did to the topic model (null when the job keeps none).</summary>
    public Search.Topics.TopicRefresh? Topics { get; init; }

    /// <summary>Files not stored because their text is a document's already (each run names them again).</summary>
    public IReadOnlyList<IngestDuplicate> Duplicates { get; init; } = [];

    /// <summary>What the refresh of the learned word and entity associations did, when the job keeps them.</summary>
    public Search.Associations.AssociationRefresh? Associations { get; init; }
}

/// <summary>
/// Whether the ledger, the graph and the index agree on which documents are ingested. Each list
/// names the documents one side has and another lacks; all empty when consistent.
/// </summary>
public sealed record ConsistencyReport(
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> InGraphNotIndex,
    IReadOnlyList<string> InIndexNotGraph,
    IReadOnlyList<string> InLedgerNotGraph,
    IReadOnlyList<string> InGraphNotLedger,
    int Documents,
    int Passages)
{
    public bool IsConsistent =>
        Pending.Count == 0 && InGraphNotIndex.Count == 0 && InIndexNotGraph.Count == 0 && InLedgerNotGraph.Count == 0 && InGraphNotLedger.Count == 0;
}
