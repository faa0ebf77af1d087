using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>A loaded document with the identity the ingest job gives it.</summary>
/// <param name="Id">Stable document id (<c>doc:…</c>), the same for the same source path across runs.</param>
/// <param name="SourceName">The file name shown to users.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Content">The loaded text.</param>
public sealed record SourceDocument(string Id, string SourceName, string ContentHash, LoadedDocument Content);

/// <summary>
/// Turns a document into its graph: entities, relations and passages, each with evidence.
/// Pure: reads nothing but its input and its vocabularies, writes nothing, thread-safe.
/// </summary>
public interface IDocumentExtractor
{
    /// <summary>
    /// Extracts the document's contribution. Never throws for odd text (empty, one character,
    /// random Unicode): such a document yields a graph with few or no entities.
    /// </summary>
    DocumentGraph Extract(SourceDocument document, CancellationToken cancellationToken = default);
}
