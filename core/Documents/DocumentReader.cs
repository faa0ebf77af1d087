namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads files into <see cref="LoadedDocument"/>s, choosing the loader by extension or, for PDF
/// and Office files, by content. A file that cannot be read becomes a <see cref="LoadFailure"/>;
/// the reader does not throw for bad files.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>Files larger than this are not read.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, IDocumentLoader> _loadersByExtension;

    /// <summary>A reader for .txt, .md, .html, .pdf and .docx files.</summary>
    public DocumentReader()
        : this([new PlainTextLoader(), new HtmlLoader(), new PdfLoader(), new DocxLoader()])
    {
    }

    /// <summary>A reader with the given loaders; a later loader wins an extension claimed twice.</summary>
    public DocumentReader(IEnumerable<IDocumentLoader> loaders)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        _loadersByExtension = new(StringComparer.OrdinalIgnoreCase);
        foreach (var loader in loaders)
        {
            foreach (var extension in loader.Extensions)
            {
                _loadersByExtension[extension] = loader;
            }
        }
    }

    /// <summary>Loads one file; never throws for a missing, empty, binary or corrupt file.</summary>
    public LoadResult TryLoad(string path) => Guard(path, () => Load(path));

    /// <summary>
    /// Loads a file whose bytes the caller has already read (to hash them, say); <paramref name="path"/>
    /// names it in the result and gives its extension. Never throws for bad content.
    /// </summary>
    public LoadResult TryLoad(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Guard(path, () => Load(path, content));
    }

    /// <summary>
    /// Loads a file to be ingested: its bytes must be what its extension says, and its text must
    /// read as a document (<see cref="ContentCheck"/>); anything else is a <see cref="LoadFailure"/>
    /// saying why. The ingest job reads every file, uploaded or found on disk, through here.
    /// </summary>
    public LoadResult TryLoadChecked(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        if (ContentCheck.CheckFormat(path, content) is { } wrongFormat)
        {
            return new LoadFailure(path, wrongFormat);
        }

        var result = TryLoad(path, content);
        return result is LoadedDocument document && ContentCheck.CheckText(document) is { } notADocument
            ? new LoadFailure(path, notADocument)
            : result;
    }

    private static LoadResult Guard(string path, Func<LoadResult> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return load();
        }
        catch (DocumentLoadException e)
        {
            return new LoadFailure(path, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadFailure(path, $"cannot read the file: {e.Message}");
        }
        catch (Exception e)
        {
            return new LoadFailure(path, $"unreadable: {e.Message}");
        }
    }

    /// <summary>
    /// Loads every path in turn. A folder is replaced by the files under it (recursively, hidden
    /// files skipped) in ordinal order of their paths. Failures are reported and loading goes on.
    /// </summary>
    public IEnumerable<LoadResult> LoadAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return TryLoad(path);
                continue;
            }

            var (files, failure) = ListFiles(path);
            if (failure is not null)
            {
                yield return failure;
                continue;
            }

            foreach (var file in files)
            {
                yield return TryLoad(file);
            }
        }
    }

    private LoadResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return new LoadFailure(path, Directory.Exists(path) ? "is a folder, not a file" : "file not found");
        }

        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            return new LoadFailure(path, $"file too large ({length} bytes, at most {MaxFileBytes})");
        }

        return Load(path, File.ReadAllBytes(path));
    }

    private LoadResult Load(string path, byte[] content)
    {
        if (content.Length == 0)
        {
            return new LoadFailure(path, "empty file");
        }

        var extension = SniffExtension(content) ?? System.IO.Path.GetExtension(path);
        if (!_loadersByExtension.TryGetValue(extension, out var loader))
        {
            return new LoadFailure(path, extension.Length == 0 ? "no file extension" : $"unsupported extension '{extension}'");
        }

        var document = loader.Load(path, content);
        return string.IsNullOrWhiteSpace(document.Text)
            ? new LoadFailure(path, $"no text found in the {document.Format} file")
            : document;
    }

    // Content that announces its format wins over the extension: downloads are often misnamed.
    private string? SniffExtension(ReadOnlySpan<byte> content)
    {
        string? sniffed = null;
        if (content.StartsWith("%PDF-"u8))
        {
            sniffed = ".pdf";
        }
        else if (content.StartsWith("PK\u0003\u0004"u8))
        {
            sniffed = ".docx";
        }

        return sniffed is not null && _loadersByExtension.ContainsKey(sniffed) ? sniffed : null;
    }

    private static (IReadOnlyList<string> Files, LoadFailure? Failure) ListFiles(string folder)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false };
            var files = Directory.EnumerateFiles(folder, "*", options).ToList();
            files.Sort(StringComparer.Ordinal);
            return (files, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], new LoadFailure(folder, $"cannot list the folder: {e.Message}"));
        }
    }
}
