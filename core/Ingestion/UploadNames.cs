using System.Text;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>Turns the name a client gave a file into one safe to store and show.</summary>
internal static class UploadNames
{
    // Names stay well under the 255 bytes most file systems allow.
    private const int MaxBytes = 200;

    private static readonly char[] Unsafe = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// The last part of <paramref name="clientName"/> (folders dropped, Windows ones too), with
    /// characters no file system takes replaced by '_', without leading dots (a hidden file) or
    /// surrounding spaces, shortened to 200 bytes keeping the extension; null when nothing is left.
    /// </summary>
    public static string? Clean(string? clientName)
    {
        if (string.IsNullOrWhiteSpace(clientName))
        {
            return null;
        }

        var last = clientName.Replace('\\', '/').Split('/').Last();
        var cleaned = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            cleaned.Append(char.IsControl(c) || Array.IndexOf(Unsafe, c) >= 0 ? '_' : c);
        }

        var name = cleaned.ToString().Trim().TrimStart('.').Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        while (Encoding.UTF8.GetByteCount(stem) + Encoding.UTF8.GetByteCount(extension) > MaxBytes && stem.Length > 0)
        {
            stem = stem[..^1];
        }

        if (char.IsHighSurrogate(stem.LastOrDefault()))
        {
            stem = stem[..^1];
        }

        return stem.Length == 0 && extension.Length > MaxBytes ? null : stem + extension;
    }
}
