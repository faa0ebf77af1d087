using System.Text.Json;

namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>A body known by one name everywhere (a newspaper, a central agency).</summary>
internal sealed record FixedBody(string Name, string Kind, IReadOnlyList<string> Aliases, bool OnlyInTitleMarks, string? PartOfCommittee);

/// <summary>A body named relative to the speaking committee's place (市委 → 中共淮安市委员会).</summary>
internal sealed record LocalBody(string Short, string Level, string Pattern, string Kind);

/// <summary>A part of the speaking committee (提案委, 党组, 办公室).</summary>
internal sealed record CommitteePart(string Short, string Kind, IReadOnlyList<string> Aliases);

/// <summary>A democratic party (中国民主同盟), with the short names it is written by (民盟).</summary>
internal sealed record DemocraticParty(string Name, IReadOnlyList<string> Aliases);

/// <summary>The organisations other than committees (graph-schema/bodies.json).</summary>
internal sealed class BodyVocabulary
{
    private BodyVocabulary(IReadOnlyList<FixedBody> fixedBodies, IReadOnlyList<LocalBody> local, IReadOnlyList<CommitteePart> parts, IReadOnlyList<DemocraticParty> parties)
    {
        Fixed = fixedBodies;
        Local = local;
        CommitteeParts = parts;
        Parties = parties;
    }

    public IReadOnlyList<FixedBody> Fixed { get; }

    public IReadOnlyList<LocalBody> Local { get; }

    public IReadOnlyList<CommitteePart> CommitteeParts { get; }

    public IReadOnlyList<DemocraticParty> Parties { get; }

    public static BodyVocabulary Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var fixedBodies = root.GetProperty("fixed").EnumerateArray().Select(e => new FixedBody(
            Str(e, "name")!,
            Str(e, "kind") ?? "",
            Strings(e, "aliases"),
            e.TryGetProperty("onlyInTitleMarks", out var t) && t.GetBoolean(),
            Str(e, "partOfCommittee"))).ToArray();
        var local = root.GetProperty("local").EnumerateArray().Select(e => new LocalBody(
            Str(e, "short")!, Str(e, "level")!, Str(e, "pattern")!, Str(e, "kind") ?? "")).ToArray();
        var parts = root.GetProperty("committeeParts").EnumerateArray().Select(e => new CommitteePart(
            Str(e, "short")!, Str(e, "kind") ?? "", Strings(e, "aliases"))).ToArray();
        var parties = root.TryGetProperty("parties", out var listed)
            ? listed.EnumerateArray().Select(e => new DemocraticParty(Str(e, "name")!, Strings(e, "aliases"))).ToArray()
            : [];
        return new BodyVocabulary(fixedBodies, local, parts, parties);
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray() : [];
}
