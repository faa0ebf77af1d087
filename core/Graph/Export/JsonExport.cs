using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Export;

/// <summary>
/// One file <c>graph.json</c>: <c>{"nodes": [{id, label, name, aliases, properties, evidence}],
/// "relations": [{id, type, from, to, key, properties, evidence}]}</c>, written as it streams.
/// </summary>
internal static class JsonExport
{
    public static async Task<ExportResult> WriteAsync(IGraphSnapshot graph, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "graph.json");
        long nodes = 0, relations = 0;
        await using (var stream = File.Create(path))
        await using (var json = new Utf8JsonWriter(stream, PropertyJson.WriterOptions with { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            await foreach (var node in graph.ReadAllNodesAsync(cancellationToken))
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("label", node.Label);
                json.WriteString("name", node.Name);
                json.WritePropertyName("aliases");
                PropertyJson.Write(json, node.Aliases);
                Rest(json, node.Properties, node.Evidence);
                nodes++;
                await FlushAsync(json, cancellationToken);
            }

            json.WriteEndArray();
            json.WriteStartArray("relations");
            await foreach (var relation in graph.ReadAllRelationsAsync(cancellationToken))
            {
                json.WriteStartObject();
                json.WriteString("id", relation.Id);
                json.WriteString("type", relation.Type);
                json.WriteString("from", relation.From);
                json.WriteString("to", relation.To);
                json.WriteString("key", relation.Key);
                Rest(json, relation.Properties, relation.Evidence);
                relations++;
                await FlushAsync(json, cancellationToken);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new ExportResult([path], nodes, relations);
    }

    private static void Rest(Utf8JsonWriter json, IReadOnlyDictionary<string, object> properties, IReadOnlyList<Evidence> evidence)
    {
        json.WritePropertyName("properties");
        PropertyJson.Write(json, properties);
        json.WritePropertyName("evidence");
        Contributions.WriteEvidence(json, evidence);
        json.WriteEndObject();
    }

    private static async Task FlushAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 1 << 16)
        {
            await json.FlushAsync(cancellationToken);
        }
    }
}
