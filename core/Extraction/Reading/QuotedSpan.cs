namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// A quoted stretch of a unit: “…” (or ‘…’ standing alone), or a title in 《…》. Offsets are in
/// the unit's text; <see cref="Open"/> is the opening mark, <see cref="Close"/> the closing one.
/// </summary>
internal sealed record QuotedSpan(int Open, int Close, bool IsTitle)
{
    /// <summary>First character inside the marks.</summary>
    public int InnerStart => Open + 1;

    /// <summary>End of the inside (the closing mark's offset).</summary>
    public int InnerEnd => Close;

    /// <summary>Just past the closing mark.</summary>
    public int End => Close + 1;

    public string Inner(string text) => text[InnerStart..InnerEnd];
}
