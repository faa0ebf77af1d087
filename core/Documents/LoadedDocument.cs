namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// The raw text extracted from one file. The text is not normalised: hard-wrapped lines, page
/// headers and the like are left for later stages.
/// </summary>
/// <param name="Path">The path of the file, as it was given to the reader.</param>
/// <param name="Text">The extracted text, lines separated by line breaks.</param>
/// <param name="Format">What the content was read as: "txt", "md", "html", "pdf" or "docx".</param>
/// <param name="Encoding">
/// For text formats the detected encoding (one of the names in <see cref="TextDecoding"/>), otherwise null.
/// </param>
public sealed record LoadedDocument(string Path, string Text, string Format, string? Encoding) : LoadResult(Path)
{
    /// <summary>What the file says about itself outside <see cref="Text"/> (a page's headline, date, source), or null.</summary>
    public DocumentMetadata? Metadata { get; init; }
}
