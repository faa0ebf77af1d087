namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Finds, during one ingest run, the document that already holds a text: content identical after
/// decoding and normalisation (<see cref="Documents.TextFingerprint"/>) is one document. The
/// first file with a text is stored; a later one is recorded in the ledger as its duplicate and
/// not written to the graph or the index, so that search never shows the same sentence twice.
/// </summary>
/// <remarks>
/// "First" is the stored document (the ledger) if there is one, else the first file of the run in
/// path order. A duplicate stays one while its original holds that text; once the original is
/// changed, pruned or deleted, <see cref="Orphans"/> names the duplicate and the job ingests it as
/// a document of its own (the first of several in path order; the others become its duplicates).
/// </remarks>
internal sealed class DuplicateContent(IngestLedger ledger)
{
    // Texts claimed by files of this run not yet complete in the ledger, and what each claimed.
    private readonly Dictionary<string, IngestDuplicate> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _textById = new(StringComparer.Ordinal);

    /// <summary>The document that holds the text <paramref name="textHash"/>, when it is not <paramref name="id"/> itself; null when none does.</summary>
    public IngestDuplicate? OriginalOf(string textHash, string id, string path)
    {
        if (_byText.TryGetValue(textHash, out var claimed))
        {
            return claimed.OriginalId == id ? null : claimed with { Path = path };
        }

        var stored = ledger.FindStored(textHash, exceptId: id);

        // A document changed earlier in this run no longer holds its old text.
        if (stored is null || (_textById.TryGetValue(stored.Id, out var now) && now != textHash))
        {
            return null;
        }

        return new IngestDuplicate(path, stored.Id, stored.Path);
    }

    /// <summary>Records that the document <paramref name="id"/> at <paramref name="path"/> is being stored with the text <paramref name="textHash"/>.</summary>
    public void Claim(string textHash, string id, string path)
    {
        _byText[textHash] = new IngestDuplicate(path, id, path);
        _textById[id] = textHash;
    }

    /// <summary>The duplicates whose original no longer holds their text (changed, removed, or never stored).</summary>
    public IReadOnlyList<LedgerEntry> Orphans() =>
        ledger.Duplicates().Where(entry => !IsHeld(entry)).ToList();

    private bool IsHeld(LedgerEntry duplicate) =>
        ledger.Find(duplicate.DuplicateOf!) is { IsStored: true } original && original.TextHash == duplicate.TextHash;
}
