namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Thrown by a loader when a file's content cannot be turned into text. The message is the reason
/// that <see cref="DocumentReader"/> reports in its <see cref="LoadFailure"/>.
/// </summary>
public sealed class DocumentLoadException : Exception
{
    public DocumentLoadException(string reason)
        : base(reason)
    {
    }

    public DocumentLoadException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
