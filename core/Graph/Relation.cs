namespace KnowledgeGraph.Core.Graph;

/// <summary>A directed, typed relation between two nodes, with the sentences that state it.</summary>
/// <param name="Type">One of the relation types in graph-schema/schema.json.</param>
/// <param name="From">Id of the start node.</param>
/// <param name="To">Id of the end node.</param>
public sealed record Relation(string Type, string From, string To)
{
    /// <summary>
    /// Distinguishes relations of one type between the same two nodes (two roles of one person
    /// in one committee); empty when one is enough.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>Stable id: the same relation read again gets the same id.</summary>
    public string Id => Key.Length == 0 ? $"{From}|{Type}|{To}" : $"{From}|{Type}|{To}|{Key}";

    /// <summary>Further properties (weight, role, year …); value types as for <see cref="Node.Properties"/>.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    /// <summary>The sentences the relation was read from.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
