using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Search;

/// <summary>An entity a passage mentions, as the index stores it for display.</summary>
/// <param name="Id">The node id in the graph.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its label.</param>
public sealed record PassageEntity(string Id, string Name, string Type)
{
    // Ids, names and labels never hold control characters, so one separates the parts.
    private const char Separator = '\u001f';

    internal static string Pack(Node node) => string.Join(Separator, node.Id, node.Label, node.Name);

    internal static PassageEntity? Unpack(string packed)
    {
        var parts = packed.Split(Separator);
        return parts.Length == 3 ? new PassageEntity(parts[0], parts[2], parts[1]) : null;
    }
}
