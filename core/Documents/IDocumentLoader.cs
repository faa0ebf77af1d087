namespace KnowledgeGraph.Core.Documents;

/// <summary>Extracts the text of one file format.</summary>
public interface IDocumentLoader
{
    /// <summary>The file extensions this loader reads, lower case with the leading dot (".pdf").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Extracts the text of a file whose bytes have already been read. <paramref name="path"/> is
    /// only recorded in the result (and may choose between formats that share a loader).
    /// </summary>
    /// <exception cref="DocumentLoadException">The content is not readable as this format.</exception>
    /// <remarks>
    /// Other exceptions thrown by a format library are caught by <see cref="DocumentReader"/> and
    /// reported as failures too, but loaders should prefer <see cref="DocumentLoadException"/>
    /// with a reason a person can act on.
    /// </remarks>
    LoadedDocument Load(string path, ReadOnlyMemory<byte> content);
}
