using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>extract FILE</c>: reads one document and prints its graph as JSON: the document node, the
/// entities (id, type, name, aliases, properties, mentions with their sentence and offsets in the
/// original file) and the relations (type, from, to, properties, evidence). No store is touched.
/// The document id is <c>doc:</c> and the first 16 hex digits of the SHA-256 of the file name.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The document to read (txt, md, html, pdf or docx)." };
        var command = new Command("extract", "Print a document's entities and relations, with their evidence, as JSON.")
        {
            file,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load()),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(string path, DocumentExtractor extractor, TextWriter output, TextWriter errors)
    {
        var result = new DocumentReader().TryLoad(path);
        if (result is not LoadedDocument loaded)
        {
            errors.WriteLine($"cannot read {path}: {(result as LoadFailure)?.Reason}");
            return 1;
        }

        var reading = extractor.Read(new SourceDocument(DocumentId(path), Path.GetFileName(path), ContentHash(path), loaded));
        output.WriteLine(JsonSerializer.Serialize(Describe(reading), Json));
        return 0;
    }

    /// <summary><c>doc:</c> and the first 16 hex digits of the SHA-256 of the file name.</summary>
    internal static string DocumentId(string path) =>
        "doc:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFileName(path))))[..16];

    private static string ContentHash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static object Describe(DocumentReading reading)
    {
        var graph = reading.Graph;
        return new
        {
            document = new { id = graph.Document.Id, name = graph.Document.Name, properties = graph.Document.Properties },
            entities = graph.Nodes.Select(n => new
            {
                id = n.Id,
                type = n.Label,
                name = n.Name,
                aliases = n.Aliases,
                properties = n.Properties,
                mentions = n.Evidence.Select(e => Evidence(e, reading)),
            }),
            relations = graph.Relations.Select(r => new
            {
                type = r.Type,
                from = r.From,
                to = r.To,
                key = r.Key.Length == 0 ? null : r.Key,
                properties = r.Properties,
                evidence = r.Evidence.Select(e => Evidence(e, reading)),
            }),
            passages = graph.Passages.Count,
        };
    }

    private static object Evidence(Evidence evidence, DocumentReading reading) => new
    {
        sentence = evidence.PassageId,
        start = evidence.Start,
        end = evidence.End,
        text = reading.MentionTexts.GetValueOrDefault(evidence),
    };
}
