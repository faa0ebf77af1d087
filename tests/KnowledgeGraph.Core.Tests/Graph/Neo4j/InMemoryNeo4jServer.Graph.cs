using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

// The fake's nodes and relationships.
internal sealed partial class InMemoryNeo4jServer
{
    private sealed class FakeNode(HashSet<string> labels, JsonObject properties)
    {
        public HashSet<string> Labels { get; } = labels;

        public JsonObject Properties { get; set; } = properties;

        public JsonNode? this[string key] => Properties[key];
    }

    private sealed class FakeRelationship(string type, FakeNode start, FakeNode end, JsonObject properties)
    {
        public string Type { get; } = type;

        public FakeNode Start { get; } = start;

        public FakeNode End { get; } = end;

        public JsonObject Properties { get; set; } = properties;
    }

    /// <summary>
    /// Nodes and relationships; a transaction works on a <see cref="Copy"/>. Property maps are never
    /// changed in place (a write replaces a node's or relationship's map whole), so copies share them.
    /// </summary>
    private sealed class FakeGraph
    {
        public List<FakeNode> Nodes { get; } = [];

        public List<FakeRelationship> Relationships { get; } = [];

        public IEnumerable<FakeNode> Entities() => Nodes.Where(n => n.Labels.Contains("Entity"));

        public IEnumerable<FakeNode> Contributions() => Nodes.Where(n => n.Labels.Contains("Contribution"));

        public FakeNode? Entity(string id) => Entities().FirstOrDefault(n => Text(n["id"]) == id);

        public FakeNode Add(IEnumerable<string> labels, JsonObject properties)
        {
            var node = new FakeNode([.. labels], properties);
            Nodes.Add(node);
            return node;
        }

        public FakeRelationship Connect(string type, FakeNode start, FakeNode end, JsonObject properties)
        {
            var relationship = new FakeRelationship(type, start, end, properties);
            Relationships.Add(relationship);
            return relationship;
        }

        public FakeGraph Copy()
        {
            var copy = new FakeGraph();
            var nodes = new Dictionary<FakeNode, FakeNode>();
            foreach (var node in Nodes)
            {
                nodes[node] = copy.Add(node.Labels, node.Properties);
            }

            foreach (var r in Relationships)
            {
                copy.Connect(r.Type, nodes[r.Start], nodes[r.End], r.Properties);
            }

            return copy;
        }
    }
}

internal static class JsonRowExtensions
{
    /// <summary>A copy of a value for another row (a JSON node has one parent); null stays null.</summary>
    public static JsonNode? Copy(this JsonNode? value) => value?.DeepClone();

    /// <summary>The row with more columns after its own.</summary>
    public static JsonArray Also(this JsonArray row, params JsonNode?[] columns)
    {
        foreach (var column in columns)
        {
            row.Add(column);
        }

        return row;
    }
}
