using System.Buffers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// What one document says of a node or a relation (its version, without evidence), as the SQLite
/// store keeps it in its <c>versions</c> table, once for all the documents that say the same: a
/// node as the JSON array <c>[label, name, [aliases], {properties}]</c>, a relation as the JSON
/// object of its properties (its type and ends are its id's; a relation without properties has no
/// version row).
/// </summary>
internal static class SqliteVersions
{
    public static string Write(Node node) => Json(writer =>
    {
        writer.WriteStartArray();
        writer.WriteStringValue(node.Label);
        writer.WriteStringValue(node.Name);
        PropertyJson.Write(writer, node.Aliases);
        PropertyJson.Write(writer, node.Properties);
        writer.WriteEndArray();
    });

    /// <summary>The relation's properties as JSON; null when it has none.</summary>
    public static string? Write(Relation relation) => relation.Properties.Count == 0 ? null : Properties(relation.Properties);

    public static string? Properties(IReadOnlyDictionary<string, object> properties) =>
        properties.Count == 0 ? null : Json(writer => PropertyJson.Write(writer, properties));

    public static string? Aliases(IReadOnlyList<string> aliases) =>
        aliases.Count == 0 ? null : Json(writer => PropertyJson.Write(writer, aliases));

    public static Node ReadNode(string id, string data, GraphSchema schema)
    {
        using var document = JsonDocument.Parse(data);
        var root = document.RootElement;
        var label = root[0].GetString()!;
        return new Node(id, label, root[1].GetString()!)
        {
            Aliases = PropertyJson.Strings(root[2]),
            Properties = PropertyJson.ReadProperties(root[3], schema.Labels.GetValueOrDefault(label)?.Properties),
        };
    }

    /// <summary><paramref name="reference"/> (its type, ends and key) with the properties of <paramref name="data"/>.</summary>
    public static Relation ReadRelation(Relation reference, string? data, GraphSchema schema) => reference with
    {
        Properties = ReadProperties(data, schema.Relations.GetValueOrDefault(reference.Type)?.Properties),
        Evidence = [],
    };

    public static Dictionary<string, object> ReadProperties(string? json, IReadOnlyDictionary<string, string>? types)
    {
        if (json is null)
        {
            return new Dictionary<string, object>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        return PropertyJson.ReadProperties(document.RootElement, types);
    }

    public static string[] ReadStrings(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return PropertyJson.Strings(document.RootElement);
    }

    /// <summary>A 64-bit key of a version's text, to find an equal version without indexing the text.</summary>
    public static long Hash(string data)
    {
        Span<byte> digest = stackalloc byte[32];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(data.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(data, bytes);
            System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, length), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return BitConverter.ToInt64(digest[..8]);
    }

    private static string Json(Action<Utf8JsonWriter> body) => PropertyJson.Text(body);
}
