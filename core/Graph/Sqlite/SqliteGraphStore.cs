using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL mode, foreign keys on) whose tables
/// graph-schema/schema.sql defines. Writes are serialised and each is one transaction; every read
/// call (and every page of <see cref="ReadAllNodesAsync"/> and <see cref="ReadAllRelationsAsync"/>)
/// opens its own connection and reads one snapshot, so reads go on while a document is written
/// and never see half of it.
/// </summary>
internal sealed class SqliteGraphStore : IGraphStore
{
    private const int PageSize = 500;

    private readonly string path;
    private readonly GraphSchema schema;
    private readonly string schemaSqlPath;
    private readonly string connectionString;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <param name="path">The database file; its folder is created when missing.</param>
    /// <param name="schema">Labels and relation types, to check what is written and type what is read.</param>
    /// <param name="schemaSqlPath">graph-schema/schema.sql.</param>
    public SqliteGraphStore(string path, GraphSchema schema, string schemaSqlPath)
    {
        this.path = Path.GetFullPath(path);
        this.schema = schema;
        this.schemaSqlPath = schemaSqlPath;
        connectionString = new SqliteConnectionStringBuilder { DataSource = this.path, ForeignKeys = true, DefaultTimeout = 30 }.ToString();
    }

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
                await Guard(async () =>
                {
                    var ddl = await File.ReadAllTextAsync(schemaSqlPath, cancellationToken);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await using var connection = new SqliteConnection(connectionString);
                    await connection.OpenAsync(cancellationToken);
                    await connection.ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken);
                    await connection.ExecuteAsync(ddl, cancellationToken);
                    return true;
                });
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
        await WriteAsync(connection => SqliteDocumentWriter.ApplyAsync(connection, schema, graph.Document.Id, graph, cancellationToken), cancellationToken);
    }

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(documentId, nameof(documentId));
        return WriteAsync(connection => SqliteDocumentWriter.ApplyAsync(connection, schema, documentId, null, cancellationToken), cancellationToken);
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

        GraphArguments.Label(schema, label, nameof(label));
        GraphArguments.Limit(limit, nameof(limit));
        return await ReadAsync(reader => reader.FindNodesAsync(text, label, limit, cancellationToken), cancellationToken);
    }

    public Task<Subgraph> GetNeighborsAsync(string id, NeighborQuery query, CancellationToken cancellationToken = default)
    {
        GraphArguments.Id(id, nameof(id));
        var (types, labels) = GraphArguments.Query(schema, query);
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

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Page by id, each page its own short read, so that a slow consumer holds no read open.
        for (var after = ""; ;)
        {
            var page = await ReadAsync(reader => reader.NodesAfterAsync(after, PageSize, cancellationToken), cancellationToken);
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
        for (var after = ""; ;)
        {
            var page = await ReadAsync(reader => reader.RelationsAfterAsync(after, PageSize, cancellationToken), cancellationToken);
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
        // Pooled connections keep the file open; a disposed store lets it go.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }

    private async Task<T> ReadAsync<T>(Func<SqliteGraphReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await Guard(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);

            // One deferred transaction: every statement of the call reads the same snapshot (WAL),
            // however many documents are written meanwhile.
            await using var transaction = connection.BeginTransaction(deferred: true);
            return await read(new SqliteGraphReader(connection, schema));
        });
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return await Guard(async () =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                var result = await write(connection);
                await transaction.CommitAsync(cancellationToken);
                return result;
            });
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Turns failures of the file or the database into <see cref="GraphStoreException"/>.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SqliteException e)
        {
            throw new GraphStoreException($"The graph database {path} failed: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphStoreException($"The graph database {path} or its schema {schemaSqlPath} cannot be used: {e.Message}", e);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidCastException)
        {
            // What the file holds does not read as the store wrote it.
            throw new GraphStoreException($"The graph database {path} holds data the store cannot read: {e.Message}", e);
        }
    }
}
