using System.Buffers;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The argument checks of <see cref="IGraphStore"/>'s error contract, shared by the stores: each
/// throws <see cref="ArgumentException"/> with a message that says what to change.
/// </summary>
internal static class GraphArguments
{
    // What an id may not hold: control characters (those char.IsControl names) and '|'.
    private static readonly SearchValues<char> ControlOrBar = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) || c == '|').ToArray());

    public static void Id(string id, string parameter)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"{parameter} is empty: pass a node id such as place:320800.", parameter);
        }
    }

    public static void Limit(int limit, string parameter)
    {
        if (limit is < 1 or > GraphLimits.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(parameter, limit, $"{parameter} must be between 1 and {GraphLimits.MaxLimit}.");
        }
    }

    public static void Depth(int depth, string parameter)
    {
        if (depth is < 1 or > GraphLimits.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(parameter, depth, $"{parameter} must be between 1 and {GraphLimits.MaxDepth}.");
        }
    }

    public static void Label(GraphSchema schema, string? label, string parameter)
    {
        if (label is not null && !schema.Labels.ContainsKey(label))
        {
            throw new ArgumentException($"Unknown label '{label}': use one of {string.Join(", ", schema.Labels.Keys)}.", parameter);
        }
    }

    /// <summary>Checks a neighbourhood query and returns its filters with nulls made empty.</summary>
    public static (IReadOnlyList<string> RelationTypes, IReadOnlyList<string> Labels) Query(GraphSchema schema, NeighborQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Depth(query.Depth, "query.Depth");
        Limit(query.Limit, "query.Limit");
        foreach (var label in query.Labels ?? [])
        {
            Label(schema, label, "query.Labels");
        }

        foreach (var type in query.RelationTypes ?? [])
        {
            if (!schema.Relations.ContainsKey(type))
            {
                throw new ArgumentException($"Unknown relation type '{type}': use one of {string.Join(", ", schema.Relations.Keys)}.", "query.RelationTypes");
            }
        }

        return (query.RelationTypes ?? [], query.Labels ?? []);
    }

    /// <summary>
    /// Rejects a document graph the stores cannot keep: what the schema does not allow (relation
    /// ends missing from the graph included), empty ids or ids with control characters or '|', evidence or
    /// passages of another document, numbers that are not finite, a relation twice.
    /// </summary>
    public static void Graph(GraphSchema schema, DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(graph.Document, "graph.Document");
        var documentId = graph.Document.Id;
        var problems = schema.Validate(graph).ToList();
        if (graph.Document.Label != "Document")
        {
            problems.Add($"node {documentId}: the document node is a {graph.Document.Label}, not a Document");
        }

        CheckNode(graph.Document, documentId, problems);
        foreach (var node in graph.Nodes)
        {
            CheckNode(node, documentId, problems);
        }

        var relationIds = new HashSet<string>(graph.Relations.Count, StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (!IsValidId(relation.Key, allowEmpty: true))
            {
                problems.Add(IdProblem($"relation {relation.Id}: key", relation.Key));
            }

            if (!relationIds.Add(relation.Id))
            {
                problems.Add($"relation {relation.Id}: appears twice");
            }

            CheckItem("relation", relation.Id, relation.Properties, relation.Evidence, documentId, problems);
        }

        foreach (var passage in graph.Passages.Where(p => p.DocumentId != documentId))
        {
            problems.Add($"passage {passage.Id}: belongs to {passage.DocumentId}, not to {documentId}");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The graph of document {documentId} cannot be stored; fix the extraction or the schema: {string.Join("; ", problems)}.", nameof(graph));
        }
    }

    private static void CheckNode(Node node, string documentId, List<string> problems)
    {
        if (!IsValidId(node.Id, allowEmpty: false))
        {
            problems.Add(IdProblem($"node '{node.Id}'", node.Id));
        }

        CheckItem("node", node.Id, node.Properties, node.Evidence, documentId, problems);
    }

    // Not empty (unless allowed), no control characters, no '|'.
    private static bool IsValidId(string id, bool allowEmpty) =>
        (allowEmpty || !string.IsNullOrWhiteSpace(id)) && !id.AsSpan().ContainsAny(ControlOrBar);

    // What is wrong with an id IsValidId refused: one problem or both, as they were always worded.
    private static string IdProblem(string what, string id)
    {
        var problems = new List<string>(2);
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsControl))
        {
            problems.Add($"{what}: an id must not be empty or contain control characters");
        }

        // '|' separates the parts of a relation id (From|Type|To|Key): in a node id or a key it
        // would let two different relations share one id.
        if (id.Contains('|'))
        {
            problems.Add($"{what}: an id must not contain '|'");
        }

        return string.Join("; ", problems);
    }

    // The item is named (what and id) in a problem only: most items have none.
    private static void CheckItem(string what, string id, IReadOnlyDictionary<string, object> properties, IReadOnlyList<Evidence> evidence, string documentId, List<string> problems)
    {
        foreach (var (name, value) in properties)
        {
            if (value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f))
            {
                problems.Add($"{what} {id}: property '{name}' is not a finite number");
            }
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            if (evidence[i].DocumentId != documentId)
            {
                problems.Add($"{what} {id}: evidence from {evidence[i].DocumentId} in the graph of {documentId}");
            }
        }
    }
}
