namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// The words (<see cref="TopicWords.Of"/>) of the passages one refresh cut, kept for the next
/// refresh of the same run (the topic model's, then the associations'), so that each passage is
/// cut once. Meant to live for one run; not thread-safe.
/// </summary>
public sealed class PassageWordCache
{
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

    /// <summary>Passages whose words are kept.</summary>
    public int Count => _words.Count;

    /// <summary>Keeps the words of a passage.</summary>
    public void Keep(string passageId, string[] words) => _words[passageId] = words;

    /// <summary>The kept words of a passage, or null.</summary>
    public string[]? Find(string passageId) => _words.GetValueOrDefault(passageId);

    /// <summary>The kept words of a passage, or null, no longer kept: for the last reader, so that the cache empties as it reads.</summary>
    public string[]? Take(string passageId) => _words.Remove(passageId, out var words) ? words : null;
}
