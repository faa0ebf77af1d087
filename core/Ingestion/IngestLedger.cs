using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>A document the ledger knows, with the content it was ingested from.</summary>
public sealed record LedgerEntry(string Id, string Path, string ContentHash, bool Complete, long Bytes);

/// <summary>
/// What has been ingested, in <c>ingest.db</c> in the data folder: one row per document with its
/// path, content hash and state. A document is marked pending before the graph and the index are
/// written and complete after both are; a pending row found later means a run was interrupted
/// between the two, and <see cref="IngestJob"/> removes that document from both stores.
/// </summary>
public sealed class IngestLedger : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly object _gate = new();

    private IngestLedger(SqliteConnection connection) => _connection = connection;

    public static IngestLedger Open(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "ingest.db"),
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS documents (
                id TEXT PRIMARY KEY,
                path TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'complete')),
                bytes INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            """);
        return new IngestLedger(connection);
    }

    public LedgerEntry? Find(string id)
    {
        lock (_gate)
        {
            using var command = Command("SELECT id, path, content_hash, state, bytes FROM documents WHERE id = $id", ("$id", id));
            using var reader = command.ExecuteReader();
            return reader.Read() ? Read(reader) : null;
        }
    }

    public IReadOnlyList<LedgerEntry> All()
    {
        lock (_gate)
        {
            using var command = Command("SELECT id, path, content_hash, state, bytes FROM documents ORDER BY id");
            using var reader = command.ExecuteReader();
            var entries = new List<LedgerEntry>();
            while (reader.Read())
            {
                entries.Add(Read(reader));
            }

            return entries;
        }
    }

    public void MarkPending(string id, string path, string contentHash, long bytes) => MarkPending([new LedgerEntry(id, path, contentHash, false, bytes)]);

    public void MarkComplete(string id, string path, string contentHash, long bytes) => MarkComplete([new LedgerEntry(id, path, contentHash, true, bytes)]);

    /// <summary>Marks documents pending, all in one transaction.</summary>
    public void MarkPending(IEnumerable<LedgerEntry> entries) => Upsert(entries, "pending");

    /// <summary>Marks documents complete, all in one transaction.</summary>
    public void MarkComplete(IEnumerable<LedgerEntry> entries) => Upsert(entries, "complete");

    public void Remove(string id)
    {
        lock (_gate)
        {
            using var command = Command("DELETE FROM documents WHERE id = $id", ("$id", id));
            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private void Upsert(IEnumerable<LedgerEntry> entries, string state)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var now = DateTimeOffset.UtcNow.ToString("O");
            foreach (var entry in entries)
            {
                using var command = Command(
                    """
                    INSERT INTO documents (id, path, content_hash, state, bytes, updated_at)
                    VALUES ($id, $path, $hash, $state, $bytes, $now)
                    ON CONFLICT (id) DO UPDATE SET path = $path, content_hash = $hash, state = $state, bytes = $bytes, updated_at = $now
                    """,
                    ("$id", entry.Id), ("$path", entry.Path), ("$hash", entry.ContentHash), ("$state", state), ("$bytes", entry.Bytes), ("$now", now));
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static LedgerEntry Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3) == "complete", reader.GetInt64(4));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
