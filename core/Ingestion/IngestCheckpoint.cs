namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// A point of the ledger protocol that a batch passes, in order: what a crash there leaves is
/// rolled back (pending) or kept (complete) by the next run.
/// </summary>
public enum IngestCheckpoint
{
    /// <summary>The batch's documents are marked pending; nothing of them is written yet.</summary>
    Pending,

    /// <summary>The graph committed the batch; the index has not.</summary>
    GraphWritten,

    /// <summary>The index committed the batch; the ledger still says pending.</summary>
    IndexCommitted,

    /// <summary>The batch's documents are marked complete.</summary>
    Complete,

    /// <summary>What is computed from the index (the topic model, the learned associations) is up to date.</summary>
    DerivedRefreshed,
}
