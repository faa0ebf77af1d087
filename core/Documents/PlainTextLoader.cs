namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads plain text and Markdown files as they are: decoded (see <see cref="TextDecoding"/>),
/// with their original line breaks and markup.
/// </summary>
public sealed class PlainTextLoader : IDocumentLoader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".markdown"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        var decoded = TextDecoding.Decode(content.Span);
        var extension = System.IO.Path.GetExtension(path);
        var format = extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase) ? "md" : "txt";
        return new LoadedDocument(path, decoded.Text, format, decoded.Encoding);
    }
}
