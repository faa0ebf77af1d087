namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// What one refresh read of the passages, kept for the next refresh of the same run (the topic
/// model's, then the associations'): their words (<see cref="TopicWords.Of"/>), so that each
/// passage is cut once, and the ids of the entities they mention, read beside their text, so
/// that each passage's stored fields are read once. Meant to live for one run; not thread-safe.
/// </summary>
public sealed class PassageWordCache
{
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _entities = new(StringComparer.Ordinal);

    // One instance of each entity id: a passage's ids are read as new strings, and the same
    // entities recur across many passages.
    private readonly Dictionary<string, string> _entityIds = new(StringComparer.Ordinal);

    /// <summary>Passages whose words are kept.</summary>
    public int Count => _words.Count;

    /// <summary>Keeps the words of a passage.</summary>
    public void Keep(string passageId, string[] words) => _words[passageId] = words;

    /// <summary>The kept words of a passage, or null.</summary>
    public string[]? Find(string passageId) => _words.GetValueOrDefault(passageId);

    /// <summary>The kept words of a passage, or null, no longer kept: for the last reader, so that the cache empties as it reads.</summary>
    public string[]? Take(string passageId) => _words.Remove(passageId, out var words) ? words : null;

    /// <summary>Keeps the ids of the entities a passage mentions, in their order.</summary>
    public void KeepEntities(string passageId, IReadOnlyList<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var kept = entityIds.Count == 0 ? [] : new string[entityIds.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            if (!_entityIds.TryGetValue(entityIds[i], out var id))
            {
                _entityIds[entityIds[i]] = id = entityIds[i];
            }

            kept[i] = id;
        }

        _entities[passageId] = kept;
    }

    /// <summary>The kept entity ids of a passage, or null, no longer kept (as <see cref="Take"/>).</summary>
    public string[]? TakeEntities(string passageId) => _entities.Remove(passageId, out var ids) ? ids : null;
}
