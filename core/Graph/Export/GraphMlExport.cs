using System.Globalization;
using System.Text;
using System.Xml;

namespace KnowledgeGraph.Core.Graph.Export;

/// <summary>
/// One file <c>graph.graphml</c> (GraphML 1.0, directed): every attribute declared as a
/// <c>&lt;key&gt;</c> with its type (a property whose type differs between labels is a string),
/// arrays joined with <c>;</c>. Node ids are the graph's; relation ids go in the <c>id</c> data
/// of each edge, as they are not valid XML tokens. Characters XML does not allow become U+FFFD.
/// </summary>
internal static class GraphMlExport
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task<ExportResult> WriteAsync(IGraphSnapshot graph, GraphSchema schema, string folder, CancellationToken cancellationToken)
    {
        var nodeKeys = Keys(schema.Labels.Values.SelectMany(l => l.Properties));
        var edgeKeys = Keys(schema.Relations.Values.SelectMany(r => r.Properties));
        var path = Path.Combine(folder, "graph.graphml");
        long nodes = 0, relations = 0;
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using (var stream = File.Create(path))
        await using (var xml = XmlWriter.Create(stream, settings))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "graphml", Namespace);
            foreach (var (id, name, type) in new[] { ("label", "label", "string"), ("name", "name", "string"), ("aliases", "aliases", "string") }
                .Concat(nodeKeys.Select(k => ("n_" + k.Key, k.Key, k.Value))).Append(("n_evidence", "evidence", "string")))
            {
                await KeyAsync(xml, id, "node", name, type);
            }

            foreach (var (id, name, type) in new[] { ("type", "type", "string"), ("e_id", "id", "string"), ("e_key", "key", "string") }
                .Concat(edgeKeys.Select(k => ("e_" + k.Key, k.Key, k.Value))).Append(("e_evidence", "evidence", "string")))
            {
                await KeyAsync(xml, id, "edge", name, type);
            }

            await xml.WriteStartElementAsync(null, "graph", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "cppcc");
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
            await foreach (var node in graph.ReadAllNodesAsync(cancellationToken))
            {
                await xml.WriteStartElementAsync(null, "node", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, XmlText(node.Id));
                await DataAsync(xml, "label", node.Label);
                await DataAsync(xml, "name", node.Name);
                await DataAsync(xml, "aliases", string.Join(';', node.Aliases));
                foreach (var (name, value) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    await DataAsync(xml, "n_" + name, Value(value));
                }

                await DataAsync(xml, "n_evidence", Contributions.EvidenceJson(node.Evidence));
                await xml.WriteEndElementAsync();
                nodes++;
            }

            await foreach (var relation in graph.ReadAllRelationsAsync(cancellationToken))
            {
                await xml.WriteStartElementAsync(null, "edge", Namespace);
                await xml.WriteAttributeStringAsync(null, "source", null, XmlText(relation.From));
                await xml.WriteAttributeStringAsync(null, "target", null, XmlText(relation.To));
                await DataAsync(xml, "type", relation.Type);
                await DataAsync(xml, "e_id", relation.Id);
                await DataAsync(xml, "e_key", relation.Key);
                foreach (var (name, value) in relation.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    await DataAsync(xml, "e_" + name, Value(value));
                }

                await DataAsync(xml, "e_evidence", Contributions.EvidenceJson(relation.Evidence));
                await xml.WriteEndElementAsync();
                relations++;
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }

        return new ExportResult([path], nodes, relations);
    }

    /// <summary>Property name → GraphML type, one per name: string when the schema gives it several types.</summary>
    private static SortedDictionary<string, string> Keys(IEnumerable<KeyValuePair<string, string>> properties) => new(
        properties.GroupBy(p => p.Key).ToDictionary(
            g => g.Key,
            g => g.Select(p => GraphMlType(p.Value)).Distinct().Count() == 1 ? GraphMlType(g.First().Value) : "string"),
        StringComparer.Ordinal);

    private static string GraphMlType(string schemaType) => schemaType switch
    {
        "long" => "long",
        "double" => "double",
        "bool" => "boolean",
        _ => "string",
    };

    private static async Task KeyAsync(XmlWriter xml, string id, string target, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, target);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText(value));
        await xml.WriteEndElementAsync();
    }

    /// <summary>
    /// The text with every character XML 1.0 forbids (control characters but tab and line breaks,
    /// U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD, which XmlWriter would otherwise
    /// refuse with an exception; surrogate pairs stay.
    /// </summary>
    public static string XmlText(string value)
    {
        StringBuilder? text = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                text?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            var allowed = XmlConvert.IsXmlChar(c);
            if (!allowed && text is null)
            {
                text = new StringBuilder(value.Length).Append(value, 0, i);
            }

            text?.Append(allowed ? c : '\uFFFD');
        }

        return text?.ToString() ?? value;
    }

    private static string Value(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(';', list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
