using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>
/// The cue words of the extraction rules (graph-schema/cues.json): which verbs make a quoted
/// name an initiative, which nouns make it an activity, which units count activities, and so on.
/// Each list is used by one finder, which documents the rule.
/// </summary>
internal sealed record Cues(QuotedNameCues QuotedNames, ActivityCues Activities, RegulationCues Regulations, AwardCues Awards, PeopleCues People, ReportCues Reports, PlaceCues Places)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static Cues Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Cues>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}

internal sealed record QuotedNameCues(
    string[] InitiativeVerbs,
    string[] SloganVerbs,
    string[] InitiativeHeads,
    string[] InitiativeSuffixes,
    string[] OtherHeads,
    string[] BodyHeads,
    string[] TopicHeads,
    string[] ActivityHeads,
    string[] ActivityNameSuffixes,
    string[] AwardVerbs,
    string[] AwardVerbsNeedingHonour,
    string[] GradeWords,
    string[] RankingMarks,
    string[] RejectingVerbs,
    string[] RejectingNouns);

internal sealed record ActivityKindCue(string Kind, string[] Words);

internal sealed record ActivityUnitCue(string Unit, string[] Needs);

internal sealed record ScopeCue(string Marker, string Scope);

/// <summary>What a count of <paramref name="Kind"/> counts when the sentence leaves it out (立案 → 提案).</summary>
internal sealed record ImpliedObjectCue(string Kind, string Object);

internal sealed record ActivityCues(
    ActivityKindCue[] Kinds,
    ActivityUnitCue[] Units,
    string[] OutputWords,
    string[] MeetingVerbs,
    string[] MeetingHeads,
    string[] CampaignVerbs,
    string[] SurveyVerbs,
    string[] GenericStarts,
    string[] OtherActors,
    string[] CountVerbs,
    string[] PassiveMarks,
    ImpliedObjectCue[] ImpliedObjects,
    string[] GovernanceObjects,
    string[] NotCounted,
    string[] GeneralVerbs,
    ScopeCue[] ScopeMarkers)
{
    /// <summary>The kind one of whose words is exactly <paramref name="word"/>, or null.</summary>
    public string? KindNamed(string word) => Kinds.FirstOrDefault(k => k.Words.Contains(word))?.Kind;

    /// <summary>The kind of an activity described by <paramref name="text"/>: the first kind (in file order) one of whose words it contains.</summary>
    public string? KindOf(string text)
    {
        foreach (var cue in Kinds)
        {
            foreach (var word in cue.Words)
            {
                if (text.Contains(word, StringComparison.Ordinal))
                {
                    return cue.Kind;
                }
            }
        }

        return null;
    }
}

internal sealed record RegulationCues(
    string[] TitleSuffixes,
    string[] PlainSuffixes,
    string[] NotAfterSuffix,
    string[] AdoptionVerbs,
    string[] ApplyingVerbs,
    string[] NotOpeningName,
    string[] GenericWords,
    int MinimumPlainNameLength,
    int MinimumPlainSystemNameLength);

internal sealed record AwardCues(string[] Verbs, string[] Suffixes, string[] RankWords, string[] HonourWords, string[] LevelWords, string[]? Honours = null);

/// <summary>
/// A title and the organisation it is held in: committee, government (of <paramref name="Level"/>), body, issuer or publisher.
/// A credit's short title stands for <paramref name="Roles"/> when given (文 → 作者, 图 → 摄影).
/// </summary>
internal sealed record RoleCue(string Title, string Organization, string? Level = null, string[]? Roles = null)
{
    /// <summary>The roles a person named under this title holds.</summary>
    public string[] HeldRoles => Roles ?? [Title];

    /// <summary>A title of one character (文, 图) that is a credit only before a credit's mark (文/, 图：).</summary>
    public bool IsShortCredit => Title.Length == 1;
}

internal sealed record TitleAfterNameCue(string Title, string? Body);

/// <summary>The words people are read by; <paramref name="BylineSurnames"/> are surnames that are also common words (和), read only in bylines.</summary>
internal sealed record PeopleCues(RoleCue[] Roles, RoleCue[] Bylines, TitleAfterNameCue[] TitlesAfterName, string StopChars, string[] MediaEndings, string[] MediaQualifiers, string[] Salutations, string[] CitingWords, string[]? BylineSurnames = null);

internal sealed record ReportCues(string[] Verbs);

/// <summary>
/// What makes a name of the gazetteer a place in running text: common words that are also short
/// forms of places (新建, 平原), words after a name that mark it as a place (政协, 县委, 境内), the
/// words a full name's suffix goes on into (县委 in 涟水县委), words after a short form that make it part
/// of another name (机场, 大学), endings of towns named like zones (工业园区), and verbs written like a
/// division's stem before a county's, city's or district's body (会同县统战部: "jointly with the county's").
/// </summary>
internal sealed record PlaceCues(string[] CommonWords, string[] After, string[] SuffixWords, string[] NameGoesOn, string[] GenericTownEndings, string[]? VerbStems = null);
