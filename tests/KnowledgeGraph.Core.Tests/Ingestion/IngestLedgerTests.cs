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
}
