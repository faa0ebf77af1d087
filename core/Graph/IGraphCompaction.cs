namespace KnowledgeGraph.Core.Graph;

/// <summary>A store whose file can be rewritten without its slack after many writes.</summary>
internal interface IGraphCompaction
{
    /// <summary>
    /// Rewrites the store compactly: the same content, pages full. One transaction: a process
    /// killed meanwhile leaves the store as it was.
    /// </summary>
    Task CompactAsync(CancellationToken cancellationToken);
}
