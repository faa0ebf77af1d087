using KnowledgeGraph.Core.Graph;
using LuceneDocument = Lucene.Net.Documents.Document;

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

    /// <summary>
    /// The stored fields <see cref="IdsOf"/> reads: the packed entities, and the ids stored alone
    /// (an id whose node the index did not have, and every id in an index written before the
    /// packs alone carried them).
    /// </summary>
    public static readonly IReadOnlyList<string> IdFields = [PassageFields.Entities, PassageFields.EntityIds];

    /// <summary>
    /// The ids of the entities a stored passage mentions, each once: those with a node in the
    /// order they were indexed (read from their packs), then those stored alone. An index written
    /// before the packs alone carried the ids stored every id alone: they are read in its order.
    /// </summary>
    public static IReadOnlyList<string> IdsOf(LuceneDocument document)
    {
        var alone = document.GetValues(PassageFields.EntityIds) ?? [];
        var packed = document.GetValues(PassageFields.Entities) ?? [];
        if (packed.Length == 0)
        {
            return alone;
        }

        var ids = new List<string>(packed.Length + alone.Length);
        foreach (var pack in packed)
        {
            var end = pack.IndexOf(Separator, StringComparison.Ordinal);
            var id = end < 0 ? pack : pack[..end];
            if (!alone.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        ids.AddRange(alone);
        return ids;
    }

    internal static PassageEntity? Unpack(string packed)
    {
        var parts = packed.Split(Separator);
        return parts.Length == 3 ? new PassageEntity(parts[0], parts[2], parts[1]) : null;
    }
}
