namespace KnowledgeGraph.Core.Graph;

/// <summary>The reads behind <see cref="IGraphStore"/>'s read calls, one query (or a few) each, answered by each store in its own language.</summary>
internal interface IGraphStoreReader : IGraphReader
{
    /// <summary>The node with its evidence, or null.</summary>
    Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken);

    Task<List<Node>> FindNodesAsync(string text, string? label, int limit, CancellationToken cancellationToken);

    /// <summary>Nodes named or aliased <paramref name="key"/> (a <see cref="NodeNames.Key"/>, not empty); see <see cref="IGraphStore.FindNamedAsync"/>.</summary>
    Task<List<Node>> FindNamedAsync(string key, string? label, int limit, CancellationToken cancellationToken);

    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>At most <paramref name="limit"/> nodes of <paramref name="label"/> (any when null) with ids after <paramref name="afterId"/>, in id order, without evidence.</summary>
    Task<List<Node>> ListNodesAsync(string? label, string afterId, int limit, CancellationToken cancellationToken);

    Task<List<Node>> ListDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>At most <paramref name="count"/> nodes with ids after <paramref name="afterId"/>, in id order, with evidence.</summary>
    Task<List<Node>> NodesAfterAsync(string afterId, int count, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="count"/> relations with ids after <paramref name="afterId"/>, in id order, with evidence.</summary>
    Task<List<Relation>> RelationsAfterAsync(string afterId, int count, CancellationToken cancellationToken);
}

/// <summary>
/// What every store does the same way: the argument checks of <see cref="IGraphStore"/>'s error
/// contract before anything is read or written, the schema created once before the first call,
/// writes serialised within the process, traversals (<see cref="GraphTraversal"/>) and reading
/// everything page by page. A store says how it creates its schema, runs a read and applies one
/// document's contribution.
/// </summary>
internal abstract class GraphStoreBase(GraphSchema schema) : IGraphStore
{
    /// <summary>Nodes or relations per page of <see cref="ReadAllNodesAsync"/> and <see cref="ReadAllRelationsAsync"/>.</summary>
    protected const int PageSize = 500;

    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <summary>Labels and relation types: what is checked on the way in and types what is read.</summary>
    protected GraphSchema Schema { get; } = schema;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (!initialized)
            {
                await CreateSchemaAsync(cancellationToken);
                initialized = true;
            }
        }
        finally
        {
            initializeLock.Release();
        }
    }

    public async Task ReplaceDocumentAsync(DocumentGraph graph, CancellationToken cancellationToken = default)
    {
        GraphArguments.Graph(Schema, graph);
        await WriteAsync([new DocumentWrite(graph.Document.Id, graph)], cancellationToken);
    }

    public async Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(documentId, nameof(documentId));
        return (await WriteAsync([new DocumentWrite(documentId, null)], cancellationToken))[0];
    }

    public async Task ReplaceDocumentsAsync(IReadOnlyList<DocumentGraph> graphs, IReadOnlyCollection<string>? deletions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var problems = new List<string>();
        foreach (var graph in graphs)
        {
            try
            {
                GraphArguments.Graph(Schema, graph);
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }

        foreach (var id in deletions ?? [])
        {
            GraphArguments.Id(id, nameof(deletions));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(graphs));
        }

        await WriteAsync(graphs.Select(g => new DocumentWrite(g.Document.Id, g)).Concat((deletions ?? []).Select(id => new DocumentWrite(id, null))).ToList(), cancellationToken);
    }

    public async Task<int> DeleteDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        foreach (var id in documentIds)
        {
            GraphArguments.Id(id, nameof(documentIds));
        }

        return (await WriteAsync(documentIds.Select(id => new DocumentWrite(id, null)).ToList(), cancellationToken)).Count(had => had);
    }

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(id, nameof(id));
        return ReadAsync(reader => reader.GetNodeAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> FindNodesAsync(string text, string? label = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new ArgumentException("text is empty: pass part of a name, e.g. 淮安.", nameof(text));
        }

        GraphArguments.Label(Schema, label, nameof(label));
        GraphArguments.Limit(limit, nameof(limit));
        return await ReadAsync(reader => reader.FindNodesAsync(text, label, limit, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> FindNamedAsync(string name, string? label = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("name is empty: pass a whole name or alias, e.g. 淮安市.", nameof(name));
        }

        GraphArguments.Label(Schema, label, nameof(label));
        GraphArguments.Limit(limit, nameof(limit));
        var key = NodeNames.Key(name);
        return key.Length == 0 ? [] : await ReadAsync(reader => reader.FindNamedAsync(key, label, limit, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> ListNodesAsync(string? label = null, string? afterId = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        GraphArguments.Label(Schema, label, nameof(label));
        GraphArguments.Limit(limit, nameof(limit));
        return await ReadAsync(reader => reader.ListNodesAsync(label, afterId ?? "", limit, cancellationToken), cancellationToken);
    }

    public Task<Subgraph> GetNeighborsAsync(string id, NeighborQuery query, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(id, nameof(id));
        var (types, labels) = GraphArguments.Query(Schema, query);
        return ReadAsync(reader => GraphTraversal.NeighborsAsync(reader, id, query.Depth, types, labels, query.Limit, cancellationToken), cancellationToken);
    }

    public Task<Subgraph?> FindShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(fromId, nameof(fromId));
        GraphArguments.Id(toId, nameof(toId));
        GraphArguments.Depth(maxDepth, nameof(maxDepth));
        return ReadAsync(reader => GraphTraversal.ShortestPathAsync(reader, fromId, toId, maxDepth, cancellationToken), cancellationToken);
    }

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(reader => reader.CountAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<Node>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(reader => reader.ListDocumentsAsync(cancellationToken), cancellationToken);

    // Each page is its own read, so that a slow consumer holds nothing open in the store.
    public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken = default) => GraphSnapshot.PagesAsync(
        (after, count, token) => ReadAsync(reader => reader.NodesAfterAsync(after, count, token), token), n => n.Id, PageSize, cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) => GraphSnapshot.PagesAsync(
        (after, count, token) => ReadAsync(reader => reader.RelationsAfterAsync(after, count, token), token), r => r.Id, PageSize, cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Creates the schema where missing; called once, before the first read or write.</summary>
    protected abstract Task CreateSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="read"/> against the store (one snapshot where the store has them); failures of the store throw <see cref="GraphStoreException"/>.</summary>
    protected abstract Task<T> RunReadAsync<T>(Func<IGraphStoreReader, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically applies each write's graph (null to delete) as its document's contribution, in
    /// order, each document once; for each, true when the document had a contribution before.
    /// Called one at a time; failures of the store throw <see cref="GraphStoreException"/> and leave
    /// it as it was.
    /// </summary>
    protected abstract Task<bool[]> RunWriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken);

    private async Task<T> ReadAsync<T>(Func<IGraphStoreReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunReadAsync(read, cancellationToken);
    }

    // A document named twice is written once, as the last write says, where that write stands:
    // what writing them one after the other would leave.
    private async Task<bool[]> WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            last[writes[i].DocumentId] = i;
        }

        var distinct = writes.Where((w, i) => last[w.DocumentId] == i).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        await InitializeAsync(cancellationToken);
        await writeLock.WaitAsync(cancellationToken);
        bool[] had;
        try
        {
            had = await RunWriteAsync(distinct, cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }

        var byId = distinct.Select((w, i) => (w.DocumentId, Had: had[i])).ToDictionary(x => x.DocumentId, x => x.Had, StringComparer.Ordinal);
        return writes.Select(w => byId[w.DocumentId]).ToArray();
    }
}
