namespace KnowledgeGraph.Core.Search;

/// <summary>A search over the passages.</summary>
/// <param name="Text">What the user typed: plain Chinese, or Lucene query syntax.</param>
/// <param name="Limit">Hits per page, 1 to <see cref="SearchLimits.MaxLimit"/>.</param>
/// <param name="Offset">Hits to skip, 0 to <see cref="SearchLimits.MaxOffset"/>.</param>
public sealed record SearchRequest(string Text, int Limit = 20, int Offset = 0)
{
    /// <summary>Only passages of this city (exact name, as in the facets: 淮安市).</summary>
    public string? City { get; init; }

    public string? Province { get; init; }

    /// <summary>Only passages of this committee (canonical name: 政协淮安市委员会).</summary>
    public string? Committee { get; init; }

    public int? Year { get; init; }

    /// <summary>Only passages that mention an entity of this label (Person, Initiative …).</summary>
    public string? EntityType { get; init; }

    /// <summary>Only passages that mention this entity.</summary>
    public string? EntityId { get; init; }
}

/// <summary>Bounds on what one search may ask for.</summary>
public static class SearchLimits
{
    public const int MaxQueryLength = 200;
    public const int MaxLimit = 100;
    public const int MaxOffset = 1000;

    /// <summary>Values per facet, most frequent first.</summary>
    public const int FacetValues = 20;
}

/// <summary>A page of ranked passages, with the total and the facet counts of all matches.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>A passage that matched; <c>Highlights</c> are the spans of <c>Text</c> that match the query, in order, not overlapping.</summary>
public sealed record SearchHit(
    string PassageId,
    string DocumentId,
    string? Source,
    string? Title,
    string? Committee,
    string? City,
    string? Province,
    int? Year,
    string Text,
    IReadOnlyList<TextSpan> Highlights,
    float Score,
    IReadOnlyList<PassageEntity> Entities);

/// <summary>A span of a text: [Start, End) in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>One value of a facet and how many matching passages have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>A stored passage, looked up by id.</summary>
public sealed record StoredPassage(
    string Id,
    string DocumentId,
    string SectionId,
    string Text,
    int Start,
    int End,
    string? Source,
    string? Title,
    string? Date,
    string? Committee,
    string? City,
    string? Province,
    int? Year,
    IReadOnlyList<PassageEntity> Entities);
