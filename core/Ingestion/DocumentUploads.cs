using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Documents sent to the API: added, replaced and deleted one at a time, never at the expense of
/// another document. Each upload is known by its content (<see cref="DocumentIdentity.UploadId"/>),
/// its file name kept as the document's source, so two uploads of the same name never meet; an
/// upload whose text is already a document's is answered with that document and not stored
/// again; only an explicit replace or delete on an upload's id changes or removes it.
/// </summary>
/// <remarks>
/// <para>Write, check, then swap: the bytes go to a temporary file under uploads/.incoming/, are
/// loaded and checked (<see cref="DocumentReader.TryLoadChecked"/>), and ingested; only then does
/// the file take its place in uploads/&lt;id&gt;/. On any failure, refusal or exception alike,
/// the files, the graph, the index and the ledger are left (or put back) as they were.</para>
/// <para>Files found on disk by the ingest command (the seeds) are not uploads: they change with
/// their files, and replacing or deleting them here is refused.</para>
/// </remarks>
public sealed partial class DocumentUploads(IDocumentIngest ingest, IngestLedger ledger, DocumentIdentity identity)
{
    /// <summary>The largest upload accepted.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private readonly DocumentReader _reader = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    private string Incoming => Path.Combine(identity.UploadsFolder, ".incoming");

    /// <summary>Adds a document from <paramref name="content"/>, sent as <paramref name="fileName"/>.</summary>
    public async Task<UploadOutcome> AddAsync(string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (NameProblem(fileName, out var name) is { } refusal)
        {
            return refusal;
        }

        await _gate.WaitAsync(cancellationToken);
        string? temporary = null;
        string? id = null;
        try
        {
            temporary = await ReceiveAsync(content, name, cancellationToken);
            if (temporary is null)
            {
                return Refused(name, $"the file is larger than {MaxBytes / 1048576} MB");
            }

            // From here on the work is finished even if the client goes: a half-done upload is
            // what must never be left.
            var read = Read(temporary, name);
            if (read.Document is not { } document)
            {
                return Refused(name, read.Reason!);
            }

            var text = TextFingerprint.Of(document.Text);
            if (ledger.FindStored(text) is { } existing)
            {
                return new UploadOutcome(UploadStatus.Duplicate, existing.Id, name) { DuplicateOf = Describe(existing) };
            }

            id = identity.UploadId(text, candidate => ledger.Find(candidate) is not null || Directory.Exists(identity.UploadFolder(candidate)));
            var place = identity.UploadPath(id, name);
            var summary = await ingest.IngestAsync(new DocumentFile(id, place, DocumentKind.Upload) { ReadFrom = temporary }, CancellationToken.None);
            if (Outcome(summary, place) is { } notStored)
            {
                await ingest.RemoveAsync(id, CancellationToken.None);
                return notStored with { Source = name };
            }

            Directory.CreateDirectory(Path.GetDirectoryName(place)!);
            File.Move(temporary, place);
            return new UploadOutcome(UploadStatus.Created, id, name) { Error = await TidyAsync() };
        }
        catch (Exception e) when (e is not OperationCanceledException || temporary is not null)
        {
            return Failed(id, name, e, id is null ? null : await PutBackAsync(id, before: null));
        }
        finally
        {
            Delete(temporary);
            _gate.Release();
        }
    }

    /// <summary>Replaces the upload <paramref name="id"/> with <paramref name="content"/>, sent as <paramref name="fileName"/>; the id stays.</summary>
    public async Task<UploadOutcome> ReplaceAsync(string id, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (NameProblem(fileName, out var name) is { } refusal)
        {
            return refusal;
        }

        await _gate.WaitAsync(cancellationToken);
        string? temporary = null;
        LedgerEntry? before = null;
        try
        {
            if (Editable(id, out before) is { } notEditable)
            {
                return notEditable;
            }

            temporary = await ReceiveAsync(content, name, cancellationToken);
            if (temporary is null)
            {
                return Refused(name, $"the file is larger than {MaxBytes / 1048576} MB");
            }

            var read = Read(temporary, name);
            if (read.Document is not { } document)
            {
                return Refused(name, read.Reason!);
            }

            var text = TextFingerprint.Of(document.Text);
            if (text == before!.TextHash)
            {
                return new UploadOutcome(UploadStatus.Unchanged, id, Path.GetFileName(before.Path));
            }

            if (ledger.FindStored(text, exceptId: id) is { } other)
            {
                return new UploadOutcome(UploadStatus.Conflict, id, name)
                {
                    Reason = $"this content is already the document {other.Id} ({Path.GetFileName(other.Path)}); one text is one document. Delete {id} instead if it is no longer wanted.",
                    DuplicateOf = Describe(other),
                };
            }

            var place = identity.UploadPath(id, name);
            var summary = await ingest.IngestAsync(new DocumentFile(id, place, DocumentKind.Upload) { ReadFrom = temporary }, CancellationToken.None);
            if (Outcome(summary, place) is { } notStored)
            {
                await PutBackAsync(id, before);
                return notStored with { DocumentId = id, Source = name };
            }

            Swap(temporary, place, before.Path);
            return new UploadOutcome(UploadStatus.Replaced, id, name) { Error = await TidyAsync() };
        }
        catch (Exception e) when (e is not OperationCanceledException || temporary is not null)
        {
            return Failed(id, name, e, before is null ? null : await PutBackAsync(id, before));
        }
        finally
        {
            Delete(temporary);
            _gate.Release();
        }
    }

    /// <summary>Deletes the upload <paramref name="id"/>: its file, and its document in the graph, the index and the ledger.</summary>
    public async Task<UploadOutcome> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        string? trash = null;
        LedgerEntry? before = null;
        var folder = "";
        try
        {
            if (Editable(id, out before) is { } notEditable)
            {
                return notEditable;
            }

            // The folder is moved aside first (a hidden name, which nothing ingests), so that it
            // can come back if the stores fail, and is not found again if the process dies.
            folder = identity.UploadFolder(id);
            if (Directory.Exists(folder))
            {
                trash = Path.Combine(identity.UploadsFolder, $".deleted-{Guid.NewGuid():N}");
                Directory.Move(folder, trash);
            }

            await ingest.RemoveAsync(id, CancellationToken.None);
            if (trash is not null)
            {
                Directory.Delete(trash, recursive: true);
                trash = null;
            }

            return new UploadOutcome(UploadStatus.Deleted, id, Path.GetFileName(before!.Path)) { Error = await TidyAsync() };
        }
        catch (Exception e) when (e is not OperationCanceledException || before is not null)
        {
            if (trash is not null && !Directory.Exists(folder))
            {
                Directory.Move(trash, folder);
            }

            return Failed(id, before is null ? null : Path.GetFileName(before.Path), e, before is null ? null : await PutBackAsync(id, before));
        }
        finally
        {
            _gate.Release();
        }
    }

    // The new file takes the old one's place: one rename when they have the same name; else the
    // old one goes once the new one is there, and if it cannot, the new one goes again.
    private static void Swap(string temporary, string place, string previous)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(place)!);
        File.Move(temporary, place, overwrite: true);
        if (string.Equals(place, previous, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            Delete(previous);
        }
        catch
        {
            Delete(place);
            throw;
        }
    }

    // Puts the stores back as they were before an upload touched the document: the earlier file
    // (still in its place: the swap comes last) ingested again, or nothing when there was none.
    // Returns the exception if the stores fail again: then what is left pending is rolled back by
    // the next run, and the earlier file, still in its place, is ingested again by RestoreAsync.
    private async Task<Exception?> PutBackAsync(string id, LedgerEntry? before)
    {
        try
        {
            await ingest.RemoveAsync(id, CancellationToken.None);
            if (before is not null)
            {
                await ingest.IngestAsync(new DocumentFile(id, before.Path, DocumentKind.Upload), CancellationToken.None);
            }

            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    // Duplicates of a document that changed or went become documents of their own. This follows
    // a finished upload and is not part of it: should it fail (the exception is returned, for the
    // log), the next ingest run does it.
    private async Task<Exception?> TidyAsync()
    {
        try
        {
            await ingest.IngestOrphansAsync(CancellationToken.None);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    private UploadOutcome? Editable(string id, out LedgerEntry? entry)
    {
        entry = ledger.Find(id);
        if (entry is not { IsStored: true })
        {
            entry = null;
            return new UploadOutcome(UploadStatus.NotFound, id, null) { Reason = $"No document has the id '{id}'. List them with /api/documents." };
        }

        if (entry.Kind != DocumentKind.Upload)
        {
            var path = entry.Path;
            entry = null;
            return new UploadOutcome(UploadStatus.NotAnUpload, id, Path.GetFileName(path))
            {
                Reason = $"'{id}' was not uploaded: it is the file {Path.GetFileName(path)} on the server, read by the ingest command. Change or remove that file and run the ingest command (with --prune to remove) instead.",
            };
        }

        return null;
    }

    // Writes the stream to a temporary file; null when it is larger than MaxBytes.
    private async Task<string?> ReceiveAsync(Stream content, string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Incoming);
        var path = Path.Combine(Incoming, $"{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            long total = 0;
            await using (var file = File.Create(path))
            {
                var buffer = new byte[81920];
                int read;
                while (total <= MaxBytes && (read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (total <= MaxBytes)
            {
                return path;
            }
        }
        catch
        {
            Delete(path);
            throw;
        }

        Delete(path);
        return null;
    }

    private (LoadedDocument? Document, string? Reason) Read(string temporary, string name) =>
        _reader.TryLoadChecked(name, File.ReadAllBytes(temporary)) switch
        {
            LoadedDocument document => (document, null),
            LoadFailure failure => (null, failure.Reason),
            _ => (null, "unreadable"),
        };

    // What the ingest said about the file, when it did not store it.
    private static UploadOutcome? Outcome(IngestSummary summary, string place)
    {
        if (summary.Failures.FirstOrDefault(f => f.Path == place) is { } failure)
        {
            return new UploadOutcome(UploadStatus.Refused, null, null) { Reason = failure.Reason };
        }

        if (summary.Duplicates.FirstOrDefault(d => d.Path == place) is { } duplicate)
        {
            return new UploadOutcome(UploadStatus.Duplicate, duplicate.OriginalId, null)
            {
                DuplicateOf = new UploadedDocument(duplicate.OriginalId, Path.GetFileName(duplicate.OriginalPath)),
            };
        }

        return summary.New + summary.Changed == 1 ? null : new UploadOutcome(UploadStatus.Refused, null, null) { Reason = "the document was not stored" };
    }

    private static UploadOutcome? NameProblem(string? fileName, out string name)
    {
        name = UploadNames.Clean(fileName) ?? "";
        if (name.Length == 0)
        {
            return Refused(fileName ?? "", "the file has no name: give it one with its extension (.txt, .md, .html, .pdf, .docx)");
        }

        return Path.GetExtension(name).Length <= 1
            ? Refused(name, $"the file name '{name}' has no extension: name it .txt, .md, .html, .pdf or .docx as its content is")
            : null;
    }

    private static UploadedDocument Describe(LedgerEntry entry) => new(entry.Id, Path.GetFileName(entry.Path));

    private static UploadOutcome Refused(string name, string reason) =>
        new(UploadStatus.Refused, null, name) { Reason = reason };

    private static UploadOutcome Failed(string? id, string? name, Exception error, Exception? putBackError) =>
        new(UploadStatus.Failed, id, name)
        {
            Reason = putBackError is null
                ? "the stores could not take the change, so nothing was changed: try again, and tell the server's administrator if it fails again"
                : "the stores could not take the change, nor put back what was there; the next start of the service puts it back. Tell the server's administrator.",
            Error = putBackError is null ? error : new AggregateException(error, putBackError),
        };

    private static void Delete(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
