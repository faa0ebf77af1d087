namespace KnowledgeGraph.Core.Graph;

/// <summary>A directed, typed relation between two nodes, with the sentences that state it.</summary>
/// <param name="Type">One of the relation types in graph-schema/schema.json.</param>
/// <param name="From">Id of the start node.</param>
/// <param name="To">Id of the end node.</param>
/// <remarks>
/// The id is made once and kept (the writes look it up many times per relation); setting an end,
/// the type or the key (<c>with</c>) forgets it. Equality is the record's: the kept id takes no part.
/// </remarks>
public sealed record Relation(string Type, string From, string To)
{
    private readonly string _type = Type;
    private readonly string _from = From;
    private readonly string _to = To;
    private readonly string _key = "";
    private string? _id;

    /// <summary>One of the relation types in graph-schema/schema.json.</summary>
    public string Type { get => _type; init => (_type, _id) = (value, null); }

    /// <summary>Id of the start node.</summary>
    public string From { get => _from; init => (_from, _id) = (value, null); }

    /// <summary>Id of the end node.</summary>
    public string To { get => _to; init => (_to, _id) = (value, null); }

    /// <summary>
    /// Distinguishes relations of one type between the same two nodes (two roles of one person
    /// in one committee); empty when one is enough.
    /// </summary>
    public string Key { get => _key; init => (_key, _id) = (value, null); }

    /// <summary>Stable id: the same relation read again gets the same id.</summary>
    public string Id => _id ??= IdOf(_type, _from, _to, _key);

    /// <summary>The <see cref="Id"/> a relation of this type, these ends and this key has.</summary>
    public static string IdOf(string type, string from, string to, string key) =>
        key.Length == 0 ? $"{from}|{type}|{to}" : $"{from}|{type}|{to}|{key}";

    /// <summary>Further properties (weight, role, year …); value types as for <see cref="Node.Properties"/>.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    /// <summary>The sentences the relation was read from.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The same type, ends, key, and the same property and evidence instances.</summary>
    public bool Equals(Relation? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(_type, other._type, StringComparison.Ordinal) && string.Equals(_from, other._from, StringComparison.Ordinal)
            && string.Equals(_to, other._to, StringComparison.Ordinal) && string.Equals(_key, other._key, StringComparison.Ordinal)
            && EqualityComparer<IReadOnlyDictionary<string, object>>.Default.Equals(Properties, other.Properties)
            && EqualityComparer<IReadOnlyList<Evidence>>.Default.Equals(Evidence, other.Evidence)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_type, _from, _to, _key, Properties, Evidence);
}
