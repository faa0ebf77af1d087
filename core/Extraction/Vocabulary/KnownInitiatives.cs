using System.Text.Json;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>An initiative of graph-schema/initiatives.json.</summary>
internal sealed record KnownInitiative(string Name, string Kind, IReadOnlyList<string> Aliases, string? PartOf);

/// <summary>
/// Initiatives known by name (graph-schema/initiatives.json): recognised wherever they appear,
/// quoted or not, with their aliases (“码”上议 → 码上议).
/// </summary>
internal sealed class KnownInitiatives
{
    private readonly Dictionary<string, KnownInitiative> _byName;

    private KnownInitiatives(Dictionary<string, KnownInitiative> byName, PhraseIndex<KnownInitiative> phrases)
    {
        _byName = byName;
        Phrases = phrases;
    }

    /// <summary>Names and aliases, for scanning text.</summary>
    public PhraseIndex<KnownInitiative> Phrases { get; }

    public static KnownInitiatives Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var byName = new Dictionary<string, KnownInitiative>(StringComparer.Ordinal);
        var phrases = new PhraseIndex<KnownInitiative>();
        foreach (var entry in json.RootElement.GetProperty("initiatives").EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString() ?? throw new InvalidDataException($"{path}: an initiative has no name.");
            var aliases = entry.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray() : [];
            var initiative = new KnownInitiative(
                name,
                entry.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "",
                aliases,
                entry.TryGetProperty("partOf", out var p) ? p.GetString() : null);
            byName[name] = initiative;
            phrases.Add(name, initiative);
            foreach (var alias in aliases)
            {
                phrases.Add(alias, initiative);
            }
        }

        return new KnownInitiatives(byName, phrases);
    }

    /// <summary>The known initiative with this name or alias (quotes ignored), or null.</summary>
    public KnownInitiative? Find(string name) =>
        _byName.GetValueOrDefault(name) ?? (Phrases.Get(name) is [var known, ..] ? known : null);
}
