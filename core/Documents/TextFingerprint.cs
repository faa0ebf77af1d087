using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// What makes two files the same document: their decoded text, normalised so that the ways a
/// copy differs without its content changing do not count. The encoding (a GB18030 copy of a
/// UTF-8 file), a byte order mark, CRLF or CR line breaks instead of LF, spaces at the ends of
/// lines, blank lines at the start or end, and composed or decomposed accents all give the same
/// fingerprint; any change to the words gives another.
/// </summary>
public static class TextFingerprint
{
    /// <summary>SHA-256 of the normalised text, lower-case hex.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));
    }

    /// <summary>The text as the fingerprint sees it.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        var lines = composed.TrimStart('\uFEFF')
            .ReplaceLineEndings("\n")
            .Split('\n')
            .Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }
}
