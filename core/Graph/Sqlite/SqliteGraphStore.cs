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
internal sealed class SqliteGraphStore : GraphStoreBase, IGraphSnapshotSource, IGraphCompaction
{
    private readonly string path;
    private readonly string schemaSqlPath;
    private readonly string connectionString;

    /// <summary>The layout this store writes (graph-schema/schema.sql sets it as <c>user_version</c>).</summary>
    public const int SchemaVersion = 2;

    private const int DatabasePageSize = 8192;

    // The page cache of a writing connection: a batch touches pages all over the file.
    private const int WriteCacheKilobytes = 32768;

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

    /// <summary>True when the file held an older layout and was replaced by an empty graph on opening.</summary>
    public bool WasRebuilt { get; private set; }

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
        var version = await StoredVersionAsync(cancellationToken);
        if (version > SchemaVersion)
        {
            throw new GraphStoreException(
                $"The graph database {path} was written by a newer version of this program (schema {version}, this one knows {SchemaVersion}): use that version, or move the data folder aside and ingest again.");
        }

        if (version is > 0 and < SchemaVersion)
        {
            // An older layout holds nothing the documents cannot give again: it is replaced by an
            // empty graph, and the next ingest reads every document again (IngestJob finds them
            // missing from the graph).
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }

            WasRebuilt = true;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // Pages of 8 KB hold several of the kilobyte-sized rows (passage blocks, documents' items)
        // each; the size only takes effect on a new file.
        await connection.ExecuteAsync($"PRAGMA page_size = {DatabasePageSize}", cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken);

        // One transaction: a file written before a table was added gains it filled, or not at all.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(ddl, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    });

    protected override Task<T> RunReadAsync<T>(Func<IGraphStoreReader, Task<T>> read, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // One deferred transaction: every statement of the call reads the same snapshot (WAL),
        // however many documents are written meanwhile.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var reader = new SqliteGraphReader(connection, Schema);
        return await read(reader);
    });

    protected override Task<bool[]> RunWriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // A process killed mid-write loses nothing committed (the log is written before the
        // commit returns); the ledger protocol covers what the last commits may lose to a power cut.
        await connection.ExecuteAsync("PRAGMA synchronous = NORMAL", cancellationToken);
        await connection.ExecuteAsync($"PRAGMA cache_size = {-WriteCacheKilobytes}", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var result = await SqliteDocumentWriter.ApplyAsync(connection, Schema, writes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    });

    /// <summary>
    /// VACUUM: the tables and indexes written anew in key order. Rows inserted in the order of
    /// hashed ids leave index pages about two-thirds full; rewritten, the file is about a tenth
    /// smaller. Costs a pass over the file, so the ingest job asks for it only after large runs.
    /// </summary>
    public Task CompactAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        await InitializeAsync(cancellationToken);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("VACUUM", cancellationToken);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        return true;
    });

    // The schema version of the file as it is: 0 when there is none yet.
    private async Task<long> StoredVersionAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var version = (long)(await connection.ScalarAsync("PRAGMA user_version", cancellationToken))!;
        var tables = (long)(await connection.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'table'", cancellationToken))!;

        // Version 1 did not always say so: its files have its tables and user_version 0 or 1.
        return version == 0 && tables > 0 ? 1 : version;
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
        private readonly SqliteGraphReader reader = new(connection, store.Schema);

        public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken) => GraphSnapshot.PagesAsync(
            (after, count, token) => store.Guard(() => reader.NodesAfterAsync(after, count, token)), n => n.Id, PageSize, cancellationToken);

        public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken) => GraphSnapshot.PagesAsync(
            (after, count, token) => store.Guard(() => reader.RelationsAfterAsync(after, count, token)), r => r.Id, PageSize, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
