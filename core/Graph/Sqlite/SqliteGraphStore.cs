using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL mode, foreign keys on) whose tables
/// graph-schema/schema.sql defines. Writes are serialised and each is one transaction; every read
/// call (and every page of <see cref="GraphStoreBase.ReadAllNodesAsync"/> and
/// <see cref="GraphStoreBase.ReadAllRelationsAsync"/>) opens its own connection and reads one
/// snapshot, so reads go on while a document is written and never see half of it. An export reads
/// the whole graph through one snapshot (<see cref="OpenSnapshotAsync"/>).
/// </summary>
internal sealed class SqliteGraphStore : GraphStoreBase, IGraphSnapshotSource
{
    private readonly string path;
    private readonly string schemaSqlPath;
    private readonly string connectionString;

    /// <param name="path">The database file; its folder is created when missing.</param>
    /// <param name="schema">Labels and relation types, to check what is written and type what is read.</param>
    /// <param name="schemaSqlPath">graph-schema/schema.sql.</param>
    public SqliteGraphStore(string path, GraphSchema schema, string schemaSqlPath)
        : base(schema)
    {
        this.path = Path.GetFullPath(path);
        this.schemaSqlPath = schemaSqlPath;
        connectionString = new SqliteConnectionStringBuilder { DataSource = this.path, ForeignKeys = true, DefaultTimeout = 30 }.ToString();
    }

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

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; a disposed store lets it go.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }

    protected override Task CreateSchemaAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        var ddl = await File.ReadAllTextAsync(schemaSqlPath, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken);
        await connection.ExecuteAsync(ddl, cancellationToken);
        await AddMentionColumnsAsync(connection, cancellationToken);
        return true;
    });

    // A graph written before evidence kept the mention's place in its sentence has an evidence
    // table without those columns: they are added (null for the evidence already there).
    private static async Task AddMentionColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var columns = await connection.QueryAsync("SELECT name FROM pragma_table_info('evidence')", row => row.GetString(0), cancellationToken);
        foreach (var column in new[] { "mention_start", "mention_end" }.Except(columns, StringComparer.Ordinal))
        {
            await connection.ExecuteAsync($"ALTER TABLE evidence ADD COLUMN {column} INTEGER", cancellationToken);
        }
    }

    protected override Task<T> RunReadAsync<T>(Func<IGraphStoreReader, Task<T>> read, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // One deferred transaction: every statement of the call reads the same snapshot (WAL),
        // however many documents are written meanwhile.
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await read(new SqliteGraphReader(connection, Schema));
    });

    protected override Task<bool> RunWriteAsync(string documentId, DocumentGraph? graph, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var result = await SqliteDocumentWriter.ApplyAsync(connection, Schema, documentId, graph, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    });

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
        private readonly SqliteGraphReader reader = new(connection, store.Schema);

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
