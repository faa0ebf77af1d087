using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Graph.Export;

/// <summary>
/// CSV files in the layout <c>neo4j-admin database import full</c> reads: <c>nodes_{Label}.csv</c>
/// with the header <c>id:ID(Entity),name:string,aliases:string[],{property}:{type}…,evidence:string,:LABEL</c>
/// (all nodes share the id space <c>Entity</c> and get the labels <c>{Label};Entity</c>, as in the
/// Neo4j store) and <c>relationships_{TYPE}.csv</c> with
/// <c>:START_ID(Entity),:END_ID(Entity),:TYPE,id:string,key:string,{property}:{type}…,evidence:string</c>.
/// Fields are quoted as RFC 4180 says (quotes doubled), arrays are joined with <c>;</c> (an ASCII
/// semicolon inside an element becomes a full-width <c>；</c>, since the importer cannot escape
/// it). Header facts from the Neo4j Operations Manual, "Import" (neo4j.com/docs/operations-manual/current/import).
/// </summary>
internal static class Neo4jCsvExport
{
    /// <summary>Fields up to this size fit neo4j-admin's default read buffer (4 MiB) with room to spare.</summary>
    public const long LargeField = 3L << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<ExportResult> WriteAsync(IGraphSnapshot graph, GraphSchema schema, string folder, string schemaCypherPath, CancellationToken cancellationToken)
    {
        var nodeFiles = new SortedDictionary<string, (string Path, StreamWriter Writer)>(StringComparer.Ordinal);
        var relationFiles = new SortedDictionary<string, (string Path, StreamWriter Writer)>(StringComparer.Ordinal);
        long nodes = 0, relations = 0;
        var field = new LargestField();
        try
        {
            await foreach (var node in graph.ReadAllNodesAsync(cancellationToken))
            {
                var properties = schema.Labels.GetValueOrDefault(node.Label)?.Properties ?? new Dictionary<string, string>();
                var writer = Open(nodeFiles, folder, $"nodes_{node.Label}.csv", node.Label, () =>
                    ["id:ID(Entity)", "name:string", "aliases:string[]", .. properties.Select(p => $"{p.Key}:{HeaderType(p.Value)}"), "evidence:string", ":LABEL"]);
                await WriteRowAsync(writer, field, [
                    node.Id, node.Name, Array(node.Aliases),
                    .. properties.Keys.Select(p => Value(node.Properties.GetValueOrDefault(p))),
                    Contributions.EvidenceJson(node.Evidence), $"{node.Label};Entity"]);
                nodes++;
            }

            await foreach (var relation in graph.ReadAllRelationsAsync(cancellationToken))
            {
                var properties = schema.Relations.GetValueOrDefault(relation.Type)?.Properties ?? new Dictionary<string, string>();
                var writer = Open(relationFiles, folder, $"relationships_{relation.Type}.csv", relation.Type, () =>
                    [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id:string", "key:string", .. properties.Select(p => $"{p.Key}:{HeaderType(p.Value)}"), "evidence:string"]);
                await WriteRowAsync(writer, field, [
                    relation.From, relation.To, relation.Type, relation.Id, relation.Key,
                    .. properties.Keys.Select(p => Value(relation.Properties.GetValueOrDefault(p))),
                    Contributions.EvidenceJson(relation.Evidence)]);
                relations++;
            }
        }
        finally
        {
            foreach (var (_, writer) in nodeFiles.Values.Concat(relationFiles.Values))
            {
                await writer.DisposeAsync();
            }
        }

        var cypher = Path.Combine(folder, "schema.cypher");
        File.Copy(schemaCypherPath, cypher, overwrite: true);
        var readme = Path.Combine(folder, "README.txt");
        await File.WriteAllTextAsync(readme, Readme(nodeFiles.Values.Select(f => Path.GetFileName(f.Path)), relationFiles.Values.Select(f => Path.GetFileName(f.Path)), nodes, relations, field.Bytes), Utf8, cancellationToken);
        return new ExportResult([.. nodeFiles.Values.Select(f => f.Path), .. relationFiles.Values.Select(f => f.Path), cypher, readme], nodes, relations);
    }

    /// <summary>
    /// The import command for these files, run from the folder holding them. neo4j-admin reads a
    /// field into a buffer of 4 MiB by default (<c>--read-buffer-size</c>); all the evidence of a
    /// node stated by thousands of documents is one field, so a larger buffer is asked for when
    /// the largest field (<paramref name="largestFieldBytes"/>, UTF-8) exceeds 3 MiB.
    /// </summary>
    public static string ImportCommand(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, long largestFieldBytes = 0) =>
        "neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=true --array-delimiter=\";\" " +
        (largestFieldBytes > LargeField ? $"--read-buffer-size={ReadBufferSize(largestFieldBytes)} " : "") +
        string.Join(' ', nodeFiles.Select(f => $"--nodes={f}").Concat(relationshipFiles.Select(f => $"--relationships={f}")));

    /// <summary>A buffer for the largest field with room to spare: twice its size, in whole MiB (as <c>64m</c>).</summary>
    public static string ReadBufferSize(long largestFieldBytes) => $"{((largestFieldBytes * 2) >> 20) + 1}m";

    /// <summary>A field as CSV: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            ? $"\"{value.Replace("\"", "\"\"")}\""
            : value;

    private static string Readme(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, long nodes, long relations, long largestFieldBytes) => $"""
        The CPPCC knowledge graph: {nodes} nodes and {relations} relationships, as CSV for neo4j-admin.

        Import into an empty database named neo4j (stop the database first; Neo4j 5.19 or later), from this folder:

        {ImportCommand(nodeFiles, relationshipFiles, largestFieldBytes)}

        Then start Neo4j and apply the constraints and indexes:

        cypher-shell -d neo4j -f schema.cypher

        Every node has the label Entity beside its own; ids are one id space (Entity) and are kept as the property id.
        evidence holds the sentences each fact was read from, as a JSON array of {"{"}document, passage, start, end, text{"}"}.

        """;

    private static StreamWriter Open(SortedDictionary<string, (string Path, StreamWriter Writer)> files, string folder, string name, string key, Func<string[]> header)
    {
        if (!files.TryGetValue(key, out var file))
        {
            var path = Path.Combine(folder, name);
            file = (path, new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" });
            files[key] = file;
            file.Writer.WriteLine(string.Join(',', header().Select(Field)));
        }

        return file.Writer;
    }

    private static Task WriteRowAsync(StreamWriter writer, LargestField largest, IEnumerable<string> fields) =>
        writer.WriteLineAsync(string.Join(',', fields.Select(f => largest.Track(Field(f)))));

    /// <summary>The size in UTF-8 bytes of the largest field written so far.</summary>
    private sealed class LargestField
    {
        public long Bytes { get; private set; }

        public string Track(string field)
        {
            // A UTF-8 character is at most 3 bytes per UTF-16 unit: count exactly only what could matter.
            if ((long)field.Length * 3 > Bytes)
            {
                Bytes = Math.Max(Bytes, Utf8.GetByteCount(field));
            }

            return field;
        }
    }

    private static string HeaderType(string schemaType) => schemaType switch
    {
        "bool" => "boolean",
        _ => schemaType, // string, long, double, string[] are the importer's names too
    };

    private static string Array(IEnumerable<string> values) => string.Join(';', values.Select(v => v.Replace(';', '；')));

    private static string Value(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<string> list => Array(list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
