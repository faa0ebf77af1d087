using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>Where a document comes from, which decides how it is known.</summary>
public enum DocumentKind
{
    /// <summary>A file the ingest command found on disk: known by its path.</summary>
    File,

    /// <summary>A file sent to the API: known by its content when it arrived, kept in the data folder's uploads/.</summary>
    Upload,
}

/// <summary>A file to ingest as the document <paramref name="Id"/>.</summary>
/// <param name="Id">The document's id (<c>doc:</c> and 16 hex digits).</param>
/// <param name="Path">Where the file is kept; its name is the document's <c>source</c>.</param>
/// <param name="Kind">How the document is known.</param>
public sealed record DocumentFile(string Id, string Path, DocumentKind Kind)
{
    /// <summary>
    /// Where its bytes are read from now, when that is not yet <see cref="Path"/>: an upload is
    /// written to a temporary file and moved to its place only once it is ingested.
    /// </summary>
    public string? ReadFrom { get; init; }

    /// <summary>The file whose bytes are ingested.</summary>
    public string Source => ReadFrom ?? Path;
}

/// <summary>
/// Gives documents their ids, the same in every clone of the repository and every data folder.
/// </summary>
/// <remarks>
/// <para>A file found on disk is known by its path relative to <c>root</c> (the folder that holds
/// the data folder, normally the repository): the seeds have the same ids everywhere, and a file
/// edited in place keeps its id.</para>
/// <para>An upload is known by its content: its id comes from the fingerprint of its text when it
/// first arrived (<see cref="UploadId"/>), so two uploads with the same name never meet, and the
/// client's file name is kept as the document's source. It is stored as
/// <c>uploads/&lt;the id's 16 hex digits&gt;/&lt;file name&gt;</c>; a file at such a place is
/// known as that upload whoever reads it (the API restoring uploads, or the ingest command).
/// Replacing an upload keeps its id.</para>
/// </remarks>
public sealed class DocumentIdentity
{
    private const string Prefix = "doc:";
    private const int HexDigits = 16;

    private readonly string _root;

    /// <param name="root">Paths of files on disk are taken relative to this folder.</param>
    /// <param name="uploadsFolder">Where uploads are stored.</param>
    public DocumentIdentity(string root, string uploadsFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(uploadsFolder);
        _root = Path.GetFullPath(root);
        UploadsFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(uploadsFolder));
    }

    /// <summary>Where uploads are stored, one folder per upload.</summary>
    public string UploadsFolder { get; }

    /// <summary>For the data folder <paramref name="dataFolder"/>: paths relative to the folder holding it, uploads in its uploads/.</summary>
    public static DocumentIdentity ForDataFolder(string dataFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder));
        return new DocumentIdentity(Path.GetDirectoryName(full) ?? "/", Path.Combine(full, "uploads"));
    }

    /// <summary>The document a file at <paramref name="path"/> is: an upload when it stands in an upload's folder, else a file known by its path.</summary>
    public DocumentFile ForPath(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null
            && string.Equals(Path.GetDirectoryName(folder), UploadsFolder, StringComparison.Ordinal)
            && IsHex(Path.GetFileName(folder)))
        {
            return new DocumentFile(Prefix + Path.GetFileName(folder), full, DocumentKind.Upload);
        }

        return new DocumentFile(PathId(full), full, DocumentKind.File);
    }

    /// <summary>The id of the file at <paramref name="path"/> when known by its path.</summary>
    public string PathId(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(_root, full);
        var key = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return Id(key.Replace('\\', '/'));
    }

    /// <summary>
    /// The id of an upload whose text has the fingerprint <paramref name="textHash"/>. The first
    /// candidate is taken unless <paramref name="isTaken"/> says another document holds it (an
    /// upload replaced by other content keeps its id); then the next, and so on.
    /// </summary>
    public string UploadId(string textHash, Func<string, bool> isTaken)
    {
        ArgumentException.ThrowIfNullOrEmpty(textHash);
        ArgumentNullException.ThrowIfNull(isTaken);
        for (var attempt = 0; ; attempt++)
        {
            var id = Id(attempt == 0 ? $"upload\n{textHash}" : $"upload\n{textHash}\n{attempt}");
            if (!isTaken(id))
            {
                return id;
            }
        }
    }

    /// <summary>Where the upload <paramref name="id"/> keeps its file named <paramref name="fileName"/>.</summary>
    public string UploadPath(string id, string fileName) => Path.Combine(UploadFolder(id), fileName);

    /// <summary>The folder of the upload <paramref name="id"/>.</summary>
    public string UploadFolder(string id)
    {
        if (!id.StartsWith(Prefix, StringComparison.Ordinal) || !IsHex(id[Prefix.Length..]))
        {
            throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
        }

        return Path.Combine(UploadsFolder, id[Prefix.Length..]);
    }

    private static string Id(string key) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..HexDigits];

    private static bool IsHex(string name) =>
        name.Length == HexDigits && name.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
