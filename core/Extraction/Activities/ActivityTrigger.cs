namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>What in a unit shows an activity, before it is merged with others and resolved.</summary>
internal sealed class ActivityTrigger
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public required string Kind { get; set; }

    public string? Name { get; set; }

    public string? Object { get; set; }

    public double? Value { get; set; }

    public string? Unit { get; set; }

    /// <summary>True for a count (N次, N家 …), which may complete an activity named before it.</summary>
    public bool IsFigure { get; init; }
}
