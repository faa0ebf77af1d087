using System.Security.Cryptography;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>A file to ingest, with its size.</summary>
internal sealed record SourceFile(DocumentFile Document, long Bytes)
{
    public string Path => Document.Path;
}

/// <summary>
/// A file made ready to store: its content hash and text fingerprint, the ledger's entry for it,
/// and its graph (null when the file is unchanged), or why it cannot be ingested.
/// </summary>
internal sealed record Prepared(SourceFile File, string Id, string Hash, string TextHash, LedgerEntry? Previous, DocumentGraph? Graph, IngestFailure? Failure)
{
    public static Prepared Failed(SourceFile file, string id, string reason) =>
        new(file, id, "", "", null, null, new IngestFailure(file.Path, reason));
}

/// <summary>
/// Makes one file ready to store, touching no store: reads it, skips it when the ledger has it
/// unchanged, loads and checks it (<see cref="DocumentReader.TryLoadChecked"/>), takes its text's
/// fingerprint and extracts its graph. Thread-safe; the ingest job runs several at once.
/// </summary>
internal sealed class DocumentPreparation(IngestLedger ledger, IDocumentExtractor extractor, GraphSchema schema)
{
    private readonly DocumentReader _reader = new();

    public Prepared Prepare(SourceFile file, IngestProfile profile, CancellationToken cancellationToken)
    {
        var reading = profile.Measure(IngestStage.Read);
        try
        {
            return Prepare(file, profile, ref reading, cancellationToken);
        }
        finally
        {
            reading.Dispose();
        }
    }

    // Counts toward Read until extraction starts, then toward Extract.
    private Prepared Prepare(SourceFile file, IngestProfile profile, ref IngestProfile.Measurement reading, CancellationToken cancellationToken)
    {
        var id = file.Document.Id;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Document.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Prepared.Failed(file, id, $"cannot read the file: {e.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var previous = ledger.Find(id);
        if (previous is { Complete: true } && previous.ContentHash == hash && previous.TextHash.Length > 0)
        {
            return new Prepared(file, id, hash, previous.TextHash, previous, Graph: null, Failure: null);
        }

        // Named by where it will be kept: the extension says what the bytes should be.
        var result = _reader.TryLoadChecked(file.Path, bytes);
        if (result is LoadFailure failure)
        {
            return Prepared.Failed(file, id, failure.Reason);
        }

        var loaded = (LoadedDocument)result;
        var textHash = TextFingerprint.Of(loaded.Text);

        reading.Dispose();
        reading = default;
        using var extracting = profile.Measure(IngestStage.Extract);
        try
        {
            var source = new SourceDocument(id, Path.GetFileName(file.Path), hash, loaded);
            var documentGraph = extractor.Extract(source, cancellationToken);
            var problems = schema.Validate(documentGraph);
            return problems.Count == 0
                ? new Prepared(file, id, hash, textHash, previous, documentGraph, Failure: null)
                : Prepared.Failed(file, id, "extraction broke the schema: " + string.Join("; ", problems.Take(5)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Prepared.Failed(file, id, $"extraction failed: {e.Message}");
        }
    }
}
