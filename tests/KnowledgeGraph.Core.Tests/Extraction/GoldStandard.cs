using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>The gold file (gold/seeds.json): what a careful reader finds in each seed.</summary>
internal sealed record GoldStandard(GoldDocument[] Documents)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static GoldStandard Load() =>
        JsonSerializer.Deserialize<GoldStandard>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extraction", "gold", "seeds.json")), Json)!;
}

internal sealed record GoldDocument(
    string Seed,
    string Committee,
    int Year,
    GoldPerson[] People,
    GoldName[] Initiatives,
    GoldActivity[] Activities,
    GoldName[] Awards,
    GoldName[] Regulations);

internal sealed record GoldPerson(string Name, string[] Roles);

internal sealed record GoldName(string Name, string[]? Aliases)
{
    [JsonIgnore]
    public IEnumerable<string> Names => (Aliases ?? []).Prepend(Name);
}

internal sealed record GoldActivity(string Kind, string? Name, string? Object, double? Value, string? Unit, int Year, string? Topic);
