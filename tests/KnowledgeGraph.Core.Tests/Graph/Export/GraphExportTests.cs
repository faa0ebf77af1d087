using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Export;
using KnowledgeGraph.Core.Graph.Sqlite;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Export;

/// <summary>Exports of a small graph in SQLite, parsed back by the rules of each format.</summary>
public sealed class GraphExportTests : IAsyncLifetime
{
    /// <summary>A name with everything CSV must quote: a comma, straight quotes, a line break.</summary>
    private const string AwkwardName = "\"码\"上议,有事好商量\n协商平台";

    private readonly TempFolder folder = new();
    private readonly GraphSchema schema = GraphSchema.Load();
    private SqliteGraphStore store = null!;

    private string Out => Path.Combine(folder.Path, "out");

    public async Task InitializeAsync()
    {
        store = new SqliteGraphStore(Path.Combine(folder.Path, "data", "graph.db"), schema, Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.sql"));
        await store.ReplaceDocumentAsync(Huaian2024());
        await store.ReplaceDocumentAsync(Lianshui2024());
        var initiative = new Node("initiative:码上议", "Initiative", AwkwardName)
        {
            Aliases = ["码上议", "委员;之家"],
            Evidence = [E(HuaianReport, 6, 200, "推出\"码\"上议,\n有事好商量")],
        };
        await store.ReplaceDocumentAsync(Huaian2024() with
        {
            Nodes = [.. Huaian2024().Nodes, initiative],
            Relations = [.. Huaian2024().Relations, new Relation("RAN", HuaianCommittee, initiative.Id)],
        });
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Neo4j_csv_files_carry_the_headers_neo4j_admin_import_expects()
    {
        var result = await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);

        var activity = Csv(Path.Combine(Out, "nodes_Activity.csv"));
        var activityProperties = schema.Labels["Activity"].Properties.Select(p => $"{p.Key}:{(p.Value == "bool" ? "boolean" : p.Value)}");
        Assert.Equal(["id:ID(Entity)", "name:string", "aliases:string[]", .. activityProperties, "evidence:string", ":LABEL"], activity[0]);
        Assert.Contains("value:double", activity[0]);
        Assert.Contains("year:long", activity[0]);
        Assert.Equal("603", activity[1][Array.IndexOf(activity[0], "value:double")]);
        Assert.Equal("Activity;Entity", activity[1][^1]);
        var conducted = Csv(Path.Combine(Out, "relationships_CONDUCTED.csv"));
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id:string", "key:string", "role:string", "evidence:string"], conducted[0]);
        Assert.Equal([HuaianCommittee, Visit, "CONDUCTED"], conducted[1].Take(3));
        Assert.Equal(10, result.Nodes);
        Assert.Equal(13, result.Relations);
    }

    [Fact]
    public async Task Every_exported_relationship_starts_and_ends_at_an_exported_node()
    {
        await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);

        var nodeIds = Directory.GetFiles(Out, "nodes_*.csv").SelectMany(f => Csv(f).Skip(1).Select(row => row[0])).ToList();
        var relationships = Directory.GetFiles(Out, "relationships_*.csv").SelectMany(f => Csv(f).Skip(1)).ToList();

        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        Assert.Equal(13, relationships.Count);
        Assert.All(relationships, r => Assert.Contains(r[0], nodeIds));
        Assert.All(relationships, r => Assert.Contains(r[1], nodeIds));
    }

    [Fact]
    public async Task An_export_is_the_graph_as_it_stood_when_the_export_began_while_documents_are_written()
    {
        // Documents with nodes whose ids sort before the others, added while the export reads: read
        // page by page, their relations would be exported without their ends.
        var writes = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 400; i++)
            {
                var document = $"doc:a-{i:D4}";
                await store.ReplaceDocumentAsync(new DocumentGraph(
                    new Node(document, "Document", $"专题协商{i}"),
                    [new Node($"topic:a-{i:D4}", "Topic", $"议题{i}") { Evidence = [E(document, 1, 0, "议题")] }],
                    [new Relation("MENTIONS", document, $"topic:a-{i:D4}")],
                    []));
                Interlocked.Increment(ref writes);
            }
        });
        while (Volatile.Read(ref writes) < 300)
        {
            await Task.Delay(5);
        }

        var result = await GraphExport.WriteAsync(store, schema, ExportFormat.Json, Out);
        await stop.CancelAsync();
        await writer;

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, "graph.json")));
        var nodeIds = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var relations = json.RootElement.GetProperty("relations").EnumerateArray().ToList();
        Assert.All(relations, r => Assert.Contains(r.GetProperty("from").GetString(), nodeIds));
        Assert.All(relations, r => Assert.Contains(r.GetProperty("to").GetString(), nodeIds));
        var documents = nodeIds.Count(id => id!.StartsWith("doc:a-", StringComparison.Ordinal));
        Assert.Equal(documents, relations.Count(r => r.GetProperty("from").GetString()!.StartsWith("doc:a-", StringComparison.Ordinal)));
        Assert.Equal((result.Nodes, result.Relations), (nodeIds.Count, relations.Count));
    }

    [Fact]
    public async Task Chinese_text_with_commas_quotes_and_line_breaks_survives_the_CSV_quoting()
    {
        await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);

        var row = Csv(Path.Combine(Out, "nodes_Initiative.csv")).Single(r => r[0] == "initiative:码上议");

        Assert.Equal(AwkwardName, row[1]);
        Assert.Equal("码上议;委员；之家", row[2]); // the array delimiter inside an element becomes full-width
        var evidence = JsonDocument.Parse(row[^2]).RootElement;
        Assert.Equal("推出\"码\"上议,\n有事好商量", evidence[0].GetProperty("text").GetString());
        Assert.Equal("\"\"\"码\"\"上议,有事好商量\n协商平台\"", Neo4jCsvExport.Field(AwkwardName));
    }

    [Fact]
    public async Task The_readme_holds_the_import_command_for_every_file_beside_the_schema()
    {
        var result = await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);

        var readme = await File.ReadAllTextAsync(Path.Combine(Out, "README.txt"));
        var command = readme.Split('\n').Single(l => l.StartsWith("neo4j-admin database import full neo4j ", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(Out, "*.csv").Select(Path.GetFileName))
        {
            Assert.Contains(file!.StartsWith("nodes_", StringComparison.Ordinal) ? $"--nodes={file}" : $"--relationships={file}", command);
        }

        Assert.Contains("--multiline-fields=true", command);
        Assert.Contains("--array-delimiter=\";\"", command);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.cypher")), File.ReadAllText(Path.Combine(Out, "schema.cypher")));
        Assert.Equal(Directory.GetFiles(Out).Order(), result.Files.Order());
    }

    [Fact]
    public async Task GraphML_is_valid_XML_whose_data_keys_are_all_declared_with_types()
    {
        await GraphExport.WriteAsync(store, schema, ExportFormat.GraphMl, Out);

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var document = XDocument.Load(Path.Combine(Out, "graph.graphml"));
        var keys = document.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var nodes = document.Descendants(g + "node").ToList();
        var edges = document.Descendants(g + "edge").ToList();

        Assert.All(document.Descendants(g + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!), $"undeclared key {d.Attribute("key")}"));
        Assert.Equal("double", (string)keys["n_value"].Attribute("attr.type")!);
        Assert.Equal("string", (string)keys["n_level"].Attribute("attr.type")!); // a string for committees and places, a long for sections
        Assert.Equal(10, nodes.Count);
        Assert.Equal(13, edges.Count);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, ids));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, ids));
        Assert.Equal(AwkwardName, nodes.Single(n => (string)n.Attribute("id")! == "initiative:码上议").Elements(g + "data").Single(d => (string)d.Attribute("key")! == "name").Value);
    }

    [Fact]
    public async Task GraphML_replaces_the_characters_XML_forbids_and_keeps_surrogate_pairs()
    {
        // A form feed, a noncharacter and an unpaired surrogate, which XmlWriter refuses; 𠀀 is a pair.
        const string name = "政协\u000c提案\uFFFE办理\uD800𠀀";
        await store.ReplaceDocumentAsync(Village2024() with { Nodes = [new Node(RuralRevitalisation, "Topic", name)] });

        await GraphExport.WriteAsync(store, schema, ExportFormat.GraphMl, Out);

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var node = XDocument.Load(Path.Combine(Out, "graph.graphml")).Descendants(g + "node").Single(n => (string)n.Attribute("id")! == RuralRevitalisation);
        Assert.Equal("政协\uFFFD提案\uFFFD办理\uFFFD𠀀", node.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "name").Value);
    }

    [Fact]
    public async Task The_import_command_asks_for_a_read_buffer_larger_than_the_largest_field()
    {
        var plain = await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);
        Assert.DoesNotContain("--read-buffer-size", File.ReadAllText(Path.Combine(Out, "README.txt")));

        // About 4.5 MB of evidence on one node: more than neo4j-admin reads into its default 4 MiB buffer.
        var sentence = new string('政', 1_500_000);
        await store.ReplaceDocumentAsync(Village2024() with
        {
            Nodes = [new Node(RuralRevitalisation, "Topic", "乡村振兴") { Evidence = [new Evidence(VillageReport, $"{VillageReport}:s1:p1:t1", 0, 4, sentence)] }],
        });

        await GraphExport.WriteAsync(store, schema, ExportFormat.Neo4jCsv, Out);

        Assert.Contains("--read-buffer-size=9m ", File.ReadAllText(Path.Combine(Out, "README.txt")));
        Assert.NotEmpty(plain.Files);
    }

    [Fact]
    public async Task JSON_holds_the_nodes_and_relations_with_their_properties_and_evidence()
    {
        await GraphExport.WriteAsync(store, schema, ExportFormat.Json, Out);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(Out, "graph.json")));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var relations = json.RootElement.GetProperty("relations").EnumerateArray().ToList();

        Assert.Equal(10, nodes.Count);
        Assert.Equal(13, relations.Count);
        var visit = nodes.Single(n => n.GetProperty("id").GetString() == Visit);
        Assert.Equal(603.0, visit.GetProperty("properties").GetProperty("value").GetDouble());
        Assert.Equal("走访民营企业603家", visit.GetProperty("evidence")[0].GetProperty("text").GetString());
        Assert.Contains(relations, r => r.GetProperty("type").GetString() == "RAN" && r.GetProperty("to").GetString() == "initiative:码上议");
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> Csv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, $"{path} ends inside a quoted field");
        Assert.Empty(row);
        return rows;
    }
}
