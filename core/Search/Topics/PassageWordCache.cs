namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// What one refresh read of the passages, kept for the next refresh of the same run (the topic
/// model's, then the associations'), so that each passage is cut once and its stored fields are
/// decompressed once: the words (<see cref="TopicWords.Of"/>) of the passages cut, and the ids of
/// the entities of those read that name any (<see cref="PassageEntity.IdsOf"/>, each id one string
/// shared by all the passages that name it). Meant to live for one run; not thread-safe.
/// </summary>
public sealed class PassageWordCache
{
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    /// <summary>Passages whose words are kept.</summary>
    public int Count => _words.Count;

    /// <summary>Keeps the words of a passage.</summary>
    public void Keep(string passageId, string[] words) => _words[passageId] = words;

    /// <summary>The kept words of a passage, or null.</summary>
    public string[]? Find(string passageId) => _words.GetValueOrDefault(passageId);

    /// <summary>The kept words of a passage, or null, no longer kept: for the last reader, so that the cache empties as it reads.</summary>
    public string[]? Take(string passageId) => _words.Remove(passageId, out var words) ? words : null;

    /// <summary>Keeps the ids of the entities a passage names, in their order; none kept when there are none.</summary>
    public void KeepEntities(string passageId, IReadOnlyList<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0)
        {
            return;
        }

        var ids = new string[entityIds.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_shared.TryGetValue(entityIds[i], out var id))
            {
                _shared[entityIds[i]] = id = entityIds[i];
            }

            ids[i] = id;
        }

        _entities[passageId] = ids;
    }

    /// <summary>The kept entity ids of a passage, or null (none kept: not read, or naming none), no longer kept.</summary>
    public string[]? TakeEntities(string passageId) => _entities.Remove(passageId, out var ids) ? ids : null;
}
