namespace KnowledgeGraph.Core.Documents;

/// <summary>A file that could not be loaded, and why.</summary>
/// <param name="Path">The path of the file, as it was given to the reader.</param>
/// <param name="Reason">A short explanation such as "empty file" or "binary file".</param>
public sealed record LoadFailure(string Path, string Reason) : LoadResult(Path);
