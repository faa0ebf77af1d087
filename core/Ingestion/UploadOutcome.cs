namespace KnowledgeGraph.Core.Ingestion;

/// <summary>What became of an upload, a replace or a delete.</summary>
public enum UploadStatus
{
    /// <summary>A new document was stored.</summary>
    Created,

    /// <summary>The document now has the new content.</summary>
    Replaced,

    /// <summary>The new content was the document's already; nothing changed.</summary>
    Unchanged,

    /// <summary>The content is an existing document's (<see cref="UploadOutcome.DocumentId"/>); nothing was stored.</summary>
    Duplicate,

    /// <summary>The document and its file are gone.</summary>
    Deleted,

    /// <summary>The file is not a document (<see cref="UploadOutcome.Reason"/> says why); nothing changed.</summary>
    Refused,

    /// <summary>No document has the id.</summary>
    NotFound,

    /// <summary>The document comes from a file on the server, not from an upload: the API does not change it.</summary>
    NotAnUpload,

    /// <summary>A replace with content that is another document's; nothing changed.</summary>
    Conflict,

    /// <summary>A store failed (<see cref="UploadOutcome.Error"/>); what it had begun was put back.</summary>
    Failed,
}

/// <summary>A document named in an answer: its id and its file's name.</summary>
public sealed record UploadedDocument(string Id, string Source);

/// <summary>What became of an upload, a replace or a delete.</summary>
/// <param name="Status">What happened.</param>
/// <param name="DocumentId">The document concerned: the one stored, replaced or deleted, or for a duplicate the one that holds the content.</param>
/// <param name="Source">The file's name as stored (the client's name, cleaned).</param>
public sealed record UploadOutcome(UploadStatus Status, string? DocumentId, string? Source)
{
    /// <summary>Why it was refused, not found, or failed, in plain words.</summary>
    public string? Reason { get; init; }

    /// <summary>For a duplicate or a conflict: the document that holds the same text.</summary>
    public UploadedDocument? DuplicateOf { get; init; }

    /// <summary>For a failure: the exception, for the log.</summary>
    public Exception? Error { get; init; }
}
