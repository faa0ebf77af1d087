using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL mode, foreign keys on) whose tables
/// graph-schema/schema.sql defines. Writes are serialised and each is one transaction; every read
/// call (and every page of <see cref="ReadAllNodesAsync"/> and <see cref="ReadAllRelationsAsync"/>)
/// opens its own connection and reads one snapshot, so reads go on while a document is written
/// and never see half of it. An export reads the whole graph through one snapshot
/// (<see cref="OpenSnapshotAsync"/>).
/// </summary>
internal sealed class SqliteGraphStore : IGraphStore, IGraphSnapshotSource
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

    // Page by id, each page its own short read, so that a slow consumer holds no read open; an
    // export reads through OpenSnapshotAsync instead.
    public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken = default) => GraphSnapshot.PagesAsync(
        (after, count, token) => ReadAsync(reader => reader.NodesAfterAsync(after, count, token), token), n => n.Id, PageSize, cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) => GraphSnapshot.PagesAsync(
        (after, count, token) => ReadAsync(reader => reader.RelationsAfterAsync(after, count, token), token), r => r.Id, PageSize, cancellationToken);

    /// <summary>
    /// One read transaction on a connection of its own, held until the snapshot is disposed: in WAL
    /// mode it reads the database as it was when opened, while writers go on. The write-ahead log
    /// cannot be checkpointed past an open snapshot, so it grows by what is written meanwhile.
    /// </summary>
    public async Task<IGraphSnapshot> OpenSnapshotAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await Guard(async () =>
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                var transaction = connection.BeginTransaction(deferred: true);

                // A deferred transaction fixes its snapshot at its first read: read now, so that it is the graph as it stands at opening.
                await connection.QueryAsync("SELECT count(*) FROM nodes WHERE id = ''", r => r.GetInt64(0), cancellationToken);
                return (IGraphSnapshot)new Snapshot(this, connection, transaction);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        });
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

    /// <summary>Reads pages through one open read transaction; one enumeration at a time.</summary>
    private sealed class Snapshot(SqliteGraphStore store, SqliteConnection connection, SqliteTransaction transaction) : IGraphSnapshot
    {
        private readonly SqliteGraphReader reader = new(connection, store.schema);

        public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken) => GraphSnapshot.PagesAsync(
            (after, count, token) => store.Guard(() => reader.NodesAfterAsync(after, count, token)), n => n.Id, PageSize, cancellationToken);

        public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken) => GraphSnapshot.PagesAsync(
            (after, count, token) => store.Guard(() => reader.RelationsAfterAsync(after, count, token)), r => r.Id, PageSize, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
