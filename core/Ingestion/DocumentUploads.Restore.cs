namespace KnowledgeGraph.Core.Ingestion;

/// <summary>Bringing the ledger back in step with the uploads folder when the service starts.</summary>
public sealed partial class DocumentUploads
{
    /// <summary>
    /// Ingests every stored upload the ledger does not hold (after an interrupted upload, or an
    /// index rebuilt in a new format): the uploads folder is what holds uploads, as a corpus folder
    /// holds files on disk. Returns how many were ingested.
    /// </summary>
    public async Task<int> RestoreAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(identity.UploadsFolder))
        {
            return 0;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ClearLeftovers();
            var restored = 0;
            foreach (var folder in Directory.EnumerateDirectories(identity.UploadsFolder).Order(StringComparer.Ordinal))
            {
                var file = Directory.EnumerateFiles(folder)
                    .Select(identity.ForPath)
                    .Where(f => f.Kind == DocumentKind.Upload && !Path.GetFileName(f.Path).StartsWith('.'))
                    .OrderByDescending(f => File.GetLastWriteTimeUtc(f.Path))
                    .FirstOrDefault();

                // Not in the ledger, or there with another file (a replace whose swap was done
                // but not recorded, or put back in part): the file in the folder is the upload.
                if (file is not null && !Holds(ledger.Find(file.Id), file))
                {
                    await ingest.IngestAsync(file, cancellationToken);
                    restored++;
                }
            }

            return restored;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Holds(LedgerEntry? entry, DocumentFile file) =>
        entry is { IsStored: true } && entry.Path == file.Path && entry.Bytes == new FileInfo(file.Path).Length;

    // What an upload or a delete interrupted by the end of the process left: temporary files and
    // folders moved aside. Nothing is in flight when this runs.
    private void ClearLeftovers()
    {
        if (Directory.Exists(Incoming))
        {
            Directory.Delete(Incoming, recursive: true);
        }

        foreach (var trash in Directory.EnumerateDirectories(identity.UploadsFolder, ".deleted-*"))
        {
            Directory.Delete(trash, recursive: true);
        }
    }
}
