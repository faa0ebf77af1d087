namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Writes one document into the stores, or takes one out: what <see cref="DocumentUploads"/>
/// needs of <see cref="IngestJob"/>. Bad content is reported in the summary (a failure, or a
/// duplicate), never thrown; an exception means a store failed, and the caller puts back what
/// was there before.
/// </summary>
public interface IDocumentIngest
{
    /// <summary>Ingests <paramref name="document"/> (read from <see cref="DocumentFile.Source"/>) into the graph, the index and the ledger.</summary>
    Task<IngestSummary> IngestAsync(DocumentFile document, CancellationToken cancellationToken = default);

    /// <summary>Removes the document <paramref name="id"/> from the graph, the index and the ledger.</summary>
    Task<IngestSummary> RemoveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Ingests the files that duplicated a document that has since changed or gone, in its place.</summary>
    Task<IngestSummary> IngestOrphansAsync(CancellationToken cancellationToken = default);
}
