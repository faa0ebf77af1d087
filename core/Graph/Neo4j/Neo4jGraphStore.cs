using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// The graph in a Neo4j server, through its HTTP Query API (<see cref="Neo4jQueryClient"/>).
/// graph-schema/schema.cypher (constraints and indexes) is applied on first use; a document is
/// written in one explicit transaction (<see cref="Neo4jDocumentWriter"/>); the layout is
/// described on <see cref="Neo4jRows"/>. Writes are serialised within this process.
/// </summary>
internal sealed class Neo4jGraphStore : IGraphStore
{
    private const int PageSize = 500;

    private readonly HttpClient http;
    private readonly GraphSchema schema;
    private readonly string schemaCypherPath;
    private readonly Neo4jQueryClient client;
    private readonly Neo4jGraphReader reader;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <param name="http">Its <see cref="HttpClient.BaseAddress"/> is the server's; the store owns and disposes it.</param>
    /// <param name="options">Database, credentials and retries.</param>
    /// <param name="schema">Labels and relation types: the only names written into statements.</param>
    /// <param name="schemaCypherPath">graph-schema/schema.cypher.</param>
    public Neo4jGraphStore(HttpClient http, Neo4jOptions options, GraphSchema schema, string schemaCypherPath)
    {
        this.http = http;
        this.schema = schema;
        this.schemaCypherPath = schemaCypherPath;
        client = new Neo4jQueryClient(http, options);
        reader = new Neo4jGraphReader(client, schema);
    }

    /// <summary>The statements of a .cypher file: separated by semicolons, <c>//</c> comment lines left out.</summary>
    public static IReadOnlyList<string> ReadStatements(string path) => string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        .Split(';')
        .Select(s => s.Trim())
        .Where(s => s.Length > 0)
        .ToArray();

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
                IReadOnlyList<string> statements;
                try
                {
                    statements = ReadStatements(schemaCypherPath);
                }
                catch (IOException e)
                {
                    throw new GraphStoreException($"The Neo4j schema {schemaCypherPath} cannot be read: {e.Message}", e);
                }

                foreach (var statement in statements)
                {
                    await client.RunAsync(statement, null, cancellationToken);
                }

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
        GraphArguments.Graph(schema, graph);
        await WriteAsync(transaction => Neo4jDocumentWriter.ApplyAsync(transaction, schema, graph.Document.Id, graph, cancellationToken), cancellationToken);
    }

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(documentId, nameof(documentId));
        return WriteAsync(transaction => Neo4jDocumentWriter.ApplyAsync(transaction, schema, documentId, null, cancellationToken), cancellationToken);
    }

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(id, nameof(id));
        await InitializeAsync(cancellationToken);
        return await Guard(() => reader.GetNodeAsync(id, cancellationToken));
    }

    public async Task<IReadOnlyList<Node>> FindNodesAsync(string text, string? label = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new ArgumentException("text is empty: pass part of a name, e.g. 淮安.", nameof(text));
        }

        GraphArguments.Label(schema, label, nameof(label));
        GraphArguments.Limit(limit, nameof(limit));
        await InitializeAsync(cancellationToken);
        return await Guard(() => reader.FindNodesAsync(text, label, limit, cancellationToken));
    }

    public async Task<Subgraph> GetNeighborsAsync(string id, NeighborQuery query, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(id, nameof(id));
        var (types, labels) = GraphArguments.Query(schema, query);
        await InitializeAsync(cancellationToken);
        return await Guard(() => GraphTraversal.NeighborsAsync(reader, id, query.Depth, types, labels, query.Limit, cancellationToken));
    }

    public async Task<Subgraph?> FindShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(fromId, nameof(fromId));
        GraphArguments.Id(toId, nameof(toId));
        GraphArguments.Depth(maxDepth, nameof(maxDepth));
        await InitializeAsync(cancellationToken);
        return await Guard(() => GraphTraversal.ShortestPathAsync(reader, fromId, toId, maxDepth, cancellationToken));
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await Guard(() => reader.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<Node>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await Guard(() => reader.ListDocumentsAsync(cancellationToken));
    }

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        for (var after = ""; ;)
        {
            var page = await Guard(() => reader.NodesAfterAsync(after, PageSize, cancellationToken));
            foreach (var node in page)
            {
                yield return node;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    public async IAsyncEnumerable<Relation> ReadAllRelationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        for (var after = ""; ;)
        {
            var page = await Guard(() => reader.RelationsAfterAsync(after, PageSize, cancellationToken));
            foreach (var relation in page)
            {
                yield return relation;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> WriteAsync<T>(Func<Neo4jTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return await Guard(() => client.InTransactionAsync(write, cancellationToken));
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Turns answers that do not read as the store expects (a missing column, a value of another
    /// type, JSON it did not write) into <see cref="GraphStoreException"/>, as the contract says.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidCastException or IndexOutOfRangeException)
        {
            throw new GraphStoreException($"Neo4j at {http.BaseAddress} answered with data the store cannot read: {e.Message}", e);
        }
    }
}
