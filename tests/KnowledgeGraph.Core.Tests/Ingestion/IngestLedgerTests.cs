using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class IngestLedgerTests
{
    [Fact]
    public void A_document_goes_from_pending_to_complete_and_survives_reopening()
    {
        using var folder = new TempFolder();
        using (var ledger = IngestLedger.Open(folder.Path))
        {
            ledger.MarkPending("doc:a", "/seeds/a.txt", "abc", 10);
            Assert.Equal(new LedgerEntry("doc:a", "/seeds/a.txt", "abc", false, 10), ledger.Find("doc:a"));
            ledger.MarkComplete("doc:a", "/seeds/a.txt", "abc", 10);
        }

        using var reopened = IngestLedger.Open(folder.Path);
        Assert.Equal([new LedgerEntry("doc:a", "/seeds/a.txt", "abc", true, 10)], reopened.All());
    }

    [Fact]
    public void A_removed_document_is_no_longer_found()
    {
        using var folder = new TempFolder();
        using var ledger = IngestLedger.Open(folder.Path);
        ledger.MarkComplete("doc:a", "/seeds/a.txt", "abc", 10);

        ledger.Remove("doc:a");

        Assert.Null(ledger.Find("doc:a"));
        Assert.Empty(ledger.All());
    }

    [Fact]
    public void A_duplicate_is_recorded_with_its_original_and_is_not_a_stored_document()
    {
        using var folder = new TempFolder();
        using var ledger = IngestLedger.Open(folder.Path);
        ledger.MarkComplete([new LedgerEntry("doc:a", "/corpus/a.txt", "abc", false, 10) { TextHash = "t1" }]);

        ledger.MarkDuplicate(new LedgerEntry("doc:b", "/corpus/b.txt", "abd", false, 11) { TextHash = "t1" }, "doc:a");

        Assert.Equal("doc:a", ledger.FindStored("t1")?.Id);
        Assert.Null(ledger.FindStored("t1", exceptId: "doc:a"));
        var duplicate = Assert.Single(ledger.Duplicates());
        Assert.Equal(("doc:b", "doc:a", true, false), (duplicate.Id, duplicate.DuplicateOf, duplicate.Complete, duplicate.IsStored));
    }

    [Fact]
    public void A_ledger_written_before_kinds_and_fingerprints_keeps_its_rows_as_files_without_a_fingerprint()
    {
        using var folder = new TempFolder();
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder.Path, "ingest.db")};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'complete')), bytes INTEGER NOT NULL, updated_at TEXT NOT NULL);
                INSERT INTO documents VALUES ('doc:a', '/data/uploads/r1.txt', 'abc', 'complete', 10, '2025-01-01');
                """;
            command.ExecuteNonQuery();
        }

        using var ledger = IngestLedger.Open(folder.Path);

        var entry = ledger.Find("doc:a");
        Assert.Equal(new LedgerEntry("doc:a", "/data/uploads/r1.txt", "abc", true, 10), entry);
        Assert.Equal((DocumentKind.File, "", null), (entry!.Kind, entry.TextHash, entry.DuplicateOf));
    }
}
