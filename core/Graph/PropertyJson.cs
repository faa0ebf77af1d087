using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Property values to and from JSON, as both stores keep them. JSON does not tell a long from a
/// double, so values are read back with the types the schema gives them; doubles are written with
/// a decimal point, so that a server reading the JSON (Neo4j) stores them as floats too.
/// </summary>
internal static class PropertyJson
{
    /// <summary>Writes Chinese text as it is rather than as \u escapes.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes a value: null, string, bool, an integer, a floating-point number, a list, a map
    /// (string keys), or a <see cref="JsonElement"/>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var text = number.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(text.Contains('.') || text.Contains('E') ? text : text + ".0");
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A property value of type {value.GetType().Name} cannot be stored: use string, long, double, bool or string[].");
        }
    }

    /// <summary>A value as JSON text.</summary>
    public static string ToJson(object? value) => Text(writer => Write(writer, value));

    /// <summary>
    /// The JSON text <paramref name="body"/> writes, with <see cref="WriterOptions"/>. The writer
    /// and its buffer are the calling thread's, reused from call to call (the graph writes make
    /// one text per node, relation and property set): <paramref name="body"/> must not call back here.
    /// </summary>
    public static string Text(Action<Utf8JsonWriter> body)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            body(writer);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer)
            {
                // A rare large text: its buffer is not kept for the thread's life.
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Reads the properties of an object, typed by <paramref name="types"/> (name → schema type); others by their JSON kind.</summary>
    public static Dictionary<string, object> ReadProperties(JsonElement properties, IReadOnlyDictionary<string, string>? types)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var value = Read(property.Value, types?.GetValueOrDefault(property.Name));
            if (value is not null)
            {
                result[property.Name] = value;
            }
        }

        return result;
    }

    /// <summary>One value as the schema type says (string, long, double, bool, string[]), or by its JSON kind when the type is unknown.</summary>
    public static object? Read(JsonElement value, string? type) => (type, value.ValueKind) switch
    {
        (_, JsonValueKind.Null or JsonValueKind.Undefined) => null,
        ("long", JsonValueKind.Number) => value.TryGetInt64(out var l) ? l : (long)value.GetDouble(),
        ("double", JsonValueKind.Number) => value.GetDouble(),
        ("string[]", JsonValueKind.Array) or (null, JsonValueKind.Array) => value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString()).ToArray(),
        (_, JsonValueKind.String) => value.GetString()!,
        (_, JsonValueKind.True) => true,
        (_, JsonValueKind.False) => false,
        (_, JsonValueKind.Number) => value.TryGetInt64(out var n) ? n : value.GetDouble(),
        _ => value.ToString(),
    };

    /// <summary>The strings of a JSON array (empty for anything else).</summary>
    public static string[] Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];
}
