namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// An entity of the graph: a committee, a place, a person, an initiative, a document…
/// </summary>
/// <param name="Id">
/// Stable id: the same entity read again, from the same or another document, gets the same id
/// (for example <c>committee:政协淮安市委员会</c>, <c>place:320800</c>).
/// </param>
/// <param name="Label">One of the labels in graph-schema/schema.json (<see cref="GraphSchema"/>).</param>
/// <param name="Name">Canonical display name.</param>
public sealed record Node(string Id, string Label, string Name)
{
    /// <summary>Other names the entity goes by (淮安市政协, 市政协 …).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Further properties, as the schema lists them for the label. Values are <see cref="string"/>,
    /// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <c>string[]</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    /// <summary>The mentions the entity was read from.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
