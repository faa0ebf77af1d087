using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// An activity while it is being read: a figure read later in the paragraph may still complete
/// it (开展“…”走访调研活动 … 共走访534家民营企业). It becomes a node when the document is read.
/// </summary>
internal sealed class ActivityDraft
{
    public required string Kind { get; set; }

    /// <summary>The quoted title or topic it is known by, or null.</summary>
    public string? Name { get; set; }

    /// <summary>What was done or counted: 民营企业, 专题协商会, 学习研讨.</summary>
    public string? Object { get; set; }

    public double? Value { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    /// <summary>The id of the Date node of the day or month it took place, or null.</summary>
    public string? DateId { get; set; }

    /// <summary>Further figures that measure its results (收集问题建议1648条).</summary>
    public List<string> Metrics { get; } = [];

    /// <summary>Who carried it out, first the leading one.</summary>
    public List<(string Id, string? Role)> Conductors { get; } = [];

    /// <summary>市县两级, 市县联动 …: the committees that took part beyond the conductors.</summary>
    public string? Scope { get; set; }

    /// <summary>The initiative it belongs to or was run through, or null.</summary>
    public string? InitiativeId { get; set; }

    public string? PlaceId { get; set; }

    public string? LeaderId { get; set; }

    public List<string> TopicIds { get; } = [];

    /// <summary>Where it is stated: the trigger span of each sentence that told something about it.</summary>
    public List<(TextUnit Unit, int Start, int End)> Spans { get; } = [];

    /// <summary>The committee or body that leads it (the first conductor).</summary>
    public string? LeadId => Conductors.Count > 0 ? Conductors[0].Id : null;

    /// <summary>True for a committee's count in a text that never names the committee (市政协 without a city): kept without CONDUCTED.</summary>
    public bool CommitteeUnnamed { get; set; }

    /// <summary>Media that reported it: (body id, where it is said).</summary>
    public List<(string BodyId, TextUnit Unit, int Start, int End)> ReportedBy { get; } = [];
}
