using System.Text.Json;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The node labels and relation types of the graph, with their properties, as
/// graph-schema/schema.json defines them. Loaded once; read-only afterwards.
/// </summary>
public sealed class GraphSchema
{
    /// <summary>The property types a schema may name.</summary>
    public static readonly IReadOnlySet<string> PropertyTypes = new HashSet<string> { "string", "long", "double", "bool", "string[]" };

    private GraphSchema(IReadOnlyDictionary<string, LabelDefinition> labels, IReadOnlyDictionary<string, RelationDefinition> relations)
    {
        Labels = labels;
        Relations = relations;
    }

    /// <summary>Where the build copies schema.json beside the programs.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.json");

    public IReadOnlyDictionary<string, LabelDefinition> Labels { get; }

    public IReadOnlyDictionary<string, RelationDefinition> Relations { get; }

    /// <summary>Reads a schema file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid schema; the message says where.</exception>
    public static GraphSchema Load(string? path = null)
    {
        path ??= DefaultPath;
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var labels = new Dictionary<string, LabelDefinition>(StringComparer.Ordinal);
        foreach (var label in Required(json.RootElement, "labels", path).EnumerateObject())
        {
            labels[label.Name] = new LabelDefinition(label.Name, Description(label.Value), Properties(label.Value, $"{path}: label {label.Name}"));
        }

        var relations = new Dictionary<string, RelationDefinition>(StringComparer.Ordinal);
        foreach (var relation in Required(json.RootElement, "relations", path).EnumerateObject())
        {
            var where = $"{path}: relation {relation.Name}";
            var from = Names(Required(relation.Value, "from", where));
            var to = Names(Required(relation.Value, "to", where));
            foreach (var label in from.Concat(to).Where(l => !labels.ContainsKey(l)))
            {
                throw new InvalidDataException($"{where} names the unknown label '{label}'.");
            }

            relations[relation.Name] = new RelationDefinition(relation.Name, Description(relation.Value), from, to, Properties(relation.Value, where));
        }

        return new GraphSchema(labels, relations);
    }

    /// <summary>
    /// What in <paramref name="graph"/> the schema does not allow: unknown labels or relation
    /// types, relation ends of the wrong label or missing from the graph, unknown properties
    /// or values of the wrong type. Empty when all is well.
    /// </summary>
    /// <param name="graph">The document's contribution.</param>
    /// <param name="knownNodeLabel">The label of a node outside this document that relations may point at (a place of the gazetteer…), or null when there is none.</param>
    public IReadOnlyList<string> Validate(DocumentGraph graph, Func<string, string?>? knownNodeLabel = null)
    {
        var problems = new List<string>();
        var labelsById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes.Prepend(graph.Document))
        {
            if (!Labels.TryGetValue(node.Label, out var label))
            {
                problems.Add($"node {node.Id}: unknown label '{node.Label}'");
                continue;
            }

            if (!labelsById.TryAdd(node.Id, node.Label))
            {
                problems.Add($"node {node.Id}: appears twice");
            }

            CheckProperties(node.Properties, label.Properties, "node", node.Id, problems);
        }

        foreach (var relation in graph.Relations)
        {
            if (!Relations.TryGetValue(relation.Type, out var definition))
            {
                problems.Add($"relation {relation.Id}: unknown type '{relation.Type}'");
                continue;
            }

            CheckEnd(relation.From, definition.From, "start", relation, labelsById, knownNodeLabel, problems);
            CheckEnd(relation.To, definition.To, "end", relation, labelsById, knownNodeLabel, problems);
            CheckProperties(relation.Properties, definition.Properties, "relation", relation.Id, problems);
        }

        return problems;
    }

    private static void CheckEnd(string id, IReadOnlyList<string> allowed, string which, Relation relation, Dictionary<string, string> labelsById, Func<string, string?>? knownNodeLabel, List<string> problems)
    {
        var label = labelsById.GetValueOrDefault(id) ?? knownNodeLabel?.Invoke(id);
        if (label is null)
        {
            problems.Add($"relation {relation.Id}: its {which} node {id} is not in the graph");
        }
        else if (!allowed.Contains(label))
        {
            problems.Add($"relation {relation.Id}: its {which} node is a {label}, not one of {string.Join(", ", allowed)}");
        }
    }

    // The item is named (what and id) in a problem only: most items have none.
    private static void CheckProperties(IReadOnlyDictionary<string, object> values, IReadOnlyDictionary<string, string> allowed, string what, string id, List<string> problems)
    {
        foreach (var (name, value) in values)
        {
            if (!allowed.TryGetValue(name, out var type))
            {
                problems.Add($"{what} {id}: property '{name}' is not in the schema");
            }
            else if (!HasType(value, type))
            {
                problems.Add($"{what} {id}: property '{name}' should be {type}, is {value.GetType().Name}");
            }
        }
    }

    private static bool HasType(object value, string type) => type switch
    {
        "string" => value is string,
        "long" => value is long or int,
        "double" => value is double or float or long or int,
        "bool" => value is bool,
        "string[]" => value is string[] or IReadOnlyList<string>,
        _ => false,
    };

    private static JsonElement Required(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"{where}: '{name}' is missing.");

    private static string Description(JsonElement element) =>
        element.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";

    private static IReadOnlyList<string> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static IReadOnlyDictionary<string, string> Properties(JsonElement element, string where)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var type = property.Value.GetString() ?? "";
                if (!PropertyTypes.Contains(type))
                {
                    throw new InvalidDataException($"{where}: property '{property.Name}' has the unknown type '{type}'.");
                }

                result[property.Name] = type;
            }
        }

        return result;
    }
}

/// <summary>A node label and the properties its nodes may carry (name → type).</summary>
public sealed record LabelDefinition(string Name, string Description, IReadOnlyDictionary<string, string> Properties);

/// <summary>A relation type, the labels it may join, and its properties.</summary>
public sealed record RelationDefinition(string Name, string Description, IReadOnlyList<string> From, IReadOnlyList<string> To, IReadOnlyDictionary<string, string> Properties);
