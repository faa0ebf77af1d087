using System.Text.Json;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>A subject of the topic vocabulary.</summary>
/// <param name="Name">Canonical name, unique in the vocabulary (民营经济).</param>
/// <param name="Synonyms">Other ways the text says it (民营企业, 民企 …).</param>
/// <param name="Broader">The group it belongs to, or null for a group.</param>
/// <param name="Narrower">The topics of a group; empty for a topic.</param>
public sealed record Topic(string Name, IReadOnlyList<string> Synonyms, string? Broader, IReadOnlyList<string> Narrower)
{
    /// <summary>The graph id: <c>topic:{name}</c>.</summary>
    public string Id => "topic:" + Name;
}

/// <summary>
/// The topic vocabulary (graph-schema/topics.json): groups (broad topics) with their narrower
/// topics, each with synonyms. Used by
/// extraction to find topics in text, and meant for query expansion (<see cref="Expand"/>).
/// </summary>
/// <remarks>Read-only after loading; thread-safe.</remarks>
public sealed class TopicVocabulary
{
    private readonly Dictionary<string, Topic> _byName;
    private readonly PhraseIndex<Topic> _phrases;

    private TopicVocabulary(Dictionary<string, Topic> byName, PhraseIndex<Topic> phrases)
    {
        _byName = byName;
        _phrases = phrases;
    }

    /// <summary>Groups and topics, groups first, in file order.</summary>
    public IReadOnlyList<Topic> Topics => [.. _byName.Values];

    /// <summary>Reads a topics.json file.</summary>
    /// <exception cref="InvalidDataException">The file is malformed, a name is used twice or a synonym belongs to two topics.</exception>
    public static TopicVocabulary Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var byName = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var phrases = new PhraseIndex<Topic>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!json.RootElement.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: 'groups' (an array) is missing.");
        }

        foreach (var group in groups.EnumerateArray())
        {
            var groupName = Text(group, "name", path);
            var children = group.TryGetProperty("narrower", out var t) ? t.EnumerateArray().ToList() : [];
            var narrower = children.Select(c => Text(c, "name", path)).ToArray();
            Add(new Topic(groupName, Synonyms(group), null, narrower));
            foreach (var child in children)
            {
                Add(new Topic(Text(child, "name", path), Synonyms(child), groupName, []));
            }
        }

        return new TopicVocabulary(byName, phrases);

        void Add(Topic topic)
        {
            if (!byName.TryAdd(topic.Name, topic))
            {
                throw new InvalidDataException($"{path}: the topic '{topic.Name}' is defined twice.");
            }

            foreach (var phrase in topic.Synonyms.Prepend(topic.Name))
            {
                if (owners.TryGetValue(phrase, out var owner) && owner != topic.Name)
                {
                    throw new InvalidDataException($"{path}: '{phrase}' belongs to both '{owner}' and '{topic.Name}'.");
                }

                owners[phrase] = topic.Name;
                phrases.Add(phrase, topic);
            }
        }
    }

    /// <summary>The topic or group called <paramref name="name"/>, or null.</summary>
    public Topic? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The topic a word stands for (its name or one of its synonyms), or null: 民企 → 民营经济.
    /// </summary>
    public Topic? Resolve(string word) => _phrases.Get(word) is [var topic, ..] ? topic : null;

    /// <summary>
    /// What a search for <paramref name="word"/> should also look for: the topic's name and
    /// synonyms, and for a group those of its topics. Just the word when it is not in the vocabulary.
    /// </summary>
    public IReadOnlyList<string> Expand(string word)
    {
        var topic = Resolve(word);
        if (topic is null)
        {
            return [word];
        }

        var terms = new List<string> { topic.Name };
        terms.AddRange(topic.Synonyms);
        foreach (var narrower in topic.Narrower)
        {
            var child = _byName[narrower];
            terms.Add(child.Name);
            terms.AddRange(child.Synonyms);
        }

        return terms.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The topics named in <paramref name="text"/>, longest match first, without overlaps.</summary>
    internal List<(int Start, int Length, Topic Topic)> Scan(ReadOnlySpan<char> text) =>
        _phrases.LongestMatches(text).ConvertAll(m => (m.Start, m.Length, m.Values[0]));

    private static string Text(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"{path}: an entry has no '{name}'.");

    private static string[] Synonyms(JsonElement element) =>
        element.TryGetProperty("synonyms", out var s) ? s.EnumerateArray().Select(e => e.GetString() ?? "").Where(x => x.Length > 0).ToArray() : [];
}
