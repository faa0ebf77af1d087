namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// The outcome of loading one file: either a <see cref="LoadedDocument"/> or a <see cref="LoadFailure"/>.
/// </summary>
public abstract record LoadResult
{
    private protected LoadResult(string path) => Path = path;

    /// <summary>The path of the file, as it was given to the reader.</summary>
    public string Path { get; }
}
