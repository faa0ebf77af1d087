using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>A document the ledger knows, with the content it was ingested from.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Path">The file it was read from: the file found on disk, or an upload's stored file.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes.</param>
/// <param name="Complete">False while the document is being written (pending).</param>
/// <param name="Bytes">The file's size.</param>
public sealed record LedgerEntry(string Id, string Path, string ContentHash, bool Complete, long Bytes)
{
    /// <summary>A file found on disk by the ingest command, or an upload.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.File;

    /// <summary>The <see cref="Documents.TextFingerprint"/> of its text; empty for entries written before fingerprints were kept.</summary>
    public string TextHash { get; init; } = "";

    /// <summary>
    /// For a file whose text is the same as a document's already stored: that document's id. Such
    /// a file is not in the graph or the index (see <see cref="IngestJob"/>).
    /// </summary>
    public string? DuplicateOf { get; init; }

    /// <summary>True for a document that is in the graph and the index: complete, and not a duplicate.</summary>
    public bool IsStored => Complete && DuplicateOf is null;
}

/// <summary>
/// What has been ingested, in <c>ingest.db</c> in the data folder: one row per document with its
/// path, kind, content hash, text fingerprint and state, and one per duplicate file with the
/// document it duplicates. A document is marked pending before the graph and the index are
/// written and complete after both are; a pending row found later means a run was interrupted
/// between the two, and <see cref="IngestJob"/> removes that document from both stores.
/// </summary>
public sealed class IngestLedger : IDisposable
{
    private const string Select = "SELECT id, path, content_hash, state, bytes, kind, text_hash, duplicate_of FROM documents";

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
        AddColumnsOfFingerprints(connection);
        return new IngestLedger(connection);
    }

    public LedgerEntry? Find(string id) => Query($"{Select} WHERE id = $id", ("$id", id)).SingleOrDefault();

    public IReadOnlyList<LedgerEntry> All() => Query($"{Select} ORDER BY id");

    /// <summary>The stored document whose text has this fingerprint, other than <paramref name="exceptId"/>; null when there is none.</summary>
    public LedgerEntry? FindStored(string textHash, string? exceptId = null) =>
        Query(
            $"{Select} WHERE text_hash = $hash AND state = 'complete' AND duplicate_of IS NULL AND id <> $except ORDER BY id LIMIT 1",
            ("$hash", textHash), ("$except", exceptId ?? "")).SingleOrDefault();

    /// <summary>The entries of files recorded as duplicates, in path order.</summary>
    public IReadOnlyList<LedgerEntry> Duplicates() => Query($"{Select} WHERE duplicate_of IS NOT NULL ORDER BY path");

    public void MarkPending(string id, string path, string contentHash, long bytes) => MarkPending([new LedgerEntry(id, path, contentHash, false, bytes)]);

    public void MarkComplete(string id, string path, string contentHash, long bytes) => MarkComplete([new LedgerEntry(id, path, contentHash, true, bytes)]);

    /// <summary>Marks documents pending, all in one transaction.</summary>
    public void MarkPending(IEnumerable<LedgerEntry> entries) => Upsert(entries, "pending");

    /// <summary>Marks documents complete, all in one transaction.</summary>
    public void MarkComplete(IEnumerable<LedgerEntry> entries) => Upsert(entries, "complete");

    /// <summary>Records a file as a duplicate of the stored document <paramref name="originalId"/> (complete: nothing of it is written anywhere else).</summary>
    public void MarkDuplicate(LedgerEntry entry, string originalId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Upsert([entry with { DuplicateOf = originalId }], "complete");
    }

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
                    INSERT INTO documents (id, path, content_hash, state, bytes, updated_at, kind, text_hash, duplicate_of)
                    VALUES ($id, $path, $hash, $state, $bytes, $now, $kind, $text, $duplicateOf)
                    ON CONFLICT (id) DO UPDATE SET path = $path, content_hash = $hash, state = $state, bytes = $bytes, updated_at = $now,
                        kind = $kind, text_hash = $text, duplicate_of = $duplicateOf
                    """,
                    ("$id", entry.Id), ("$path", entry.Path), ("$hash", entry.ContentHash), ("$state", state), ("$bytes", entry.Bytes), ("$now", now),
                    ("$kind", KindName(entry.Kind)), ("$text", entry.TextHash), ("$duplicateOf", (object?)entry.DuplicateOf ?? DBNull.Value));
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

    private List<LedgerEntry> Query(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_gate)
        {
            using var command = Command(sql, parameters);
            using var reader = command.ExecuteReader();
            var entries = new List<LedgerEntry>();
            while (reader.Read())
            {
                entries.Add(Read(reader));
            }

            return entries;
        }
    }

    private static LedgerEntry Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3) == "complete", reader.GetInt64(4))
        {
            Kind = reader.GetString(5) == "upload" ? DocumentKind.Upload : DocumentKind.File,
            TextHash = reader.GetString(6),
            DuplicateOf = reader.IsDBNull(7) ? null : reader.GetString(7),
        };

    private static string KindName(DocumentKind kind) => kind == DocumentKind.Upload ? "upload" : "file";

    // Ledgers written before uploads had identities of their own and duplicates were recognised
    // get the columns, their rows taken as files on disk with no fingerprint yet (the next run
    // reads them again to take it).
    private static void AddColumnsOfFingerprints(SqliteConnection connection)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA table_info(documents)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(1));
            }
        }

        if (!columns.Contains("kind"))
        {
            Execute(connection, "ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'file'");
        }

        if (!columns.Contains("text_hash"))
        {
            Execute(connection, "ALTER TABLE documents ADD COLUMN text_hash TEXT NOT NULL DEFAULT ''");
        }

        if (!columns.Contains("duplicate_of"))
        {
            Execute(connection, "ALTER TABLE documents ADD COLUMN duplicate_of TEXT");
        }

        Execute(connection, "CREATE INDEX IF NOT EXISTS documents_by_text ON documents (text_hash)");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
