using System.Globalization;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>related-sample --texts DIR[,DIR…] [--n 50] [--seed 11]</c>: extracts every document of the
/// folders (not their SOURCES.md, README or hidden files) and prints a simple random sample (without
/// replacement) of its RELATED_TO relations, each with the label and name of both ends, its weight,
/// reasons and every evidence sentence, for a reviewer to judge by reading, then the population's
/// count by folder.
/// </summary>
/// <remarks>
/// The population is every RELATED_TO relation of every document (a relation stated by two
/// documents counts once per document), ordered by folder as given, file name and relation id; the sample is the
/// first N of a Fisher–Yates shuffle of that list driven by <c>new Random(seed)</c>, so the same
/// folder, extractor and seed always give the same sample.
/// </remarks>
internal static class RelatedSample
{
    public static int Run(Arguments args)
    {
        var folders = (args.Get("texts") ?? throw new ArgumentException("--texts DIR[,DIR…] is required")).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var size = (int)args.Number("n", 50);
        var seed = (int)args.Number("seed", 11);
        if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
        {
            Console.Error.WriteLine($"no such folder: {missing}");
            return 1;
        }

        using var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddExtraction().BuildServiceProvider();
        var extractor = services.GetRequiredService<DocumentExtractor>();
        var reader = new DocumentReader();
        var population = new List<(string Folder, string File, Relation Relation, DocumentGraph Graph)>();
        var documents = 0;
        foreach (var (folder, path) in folders.SelectMany(f => Directory.EnumerateFiles(f).Order(StringComparer.Ordinal).Select(p => (f, p))).Where(x => IsDocument(x.p)))
        {
            if (reader.TryLoad(path) is not LoadedDocument loaded)
            {
                continue;
            }

            documents++;
            var name = Path.GetFileName(path);
            var graph = extractor.Extract(new SourceDocument("doc:" + Path.GetFileNameWithoutExtension(path), name, "", loaded));
            population.AddRange(graph.Relations.Where(r => r.Type == "RELATED_TO").OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (folder, name, r, graph)));
        }

        var order = Enumerable.Range(0, population.Count).ToArray();
        var random = new Random(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var sample = order.Take(size).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RELATED_TO sample: {sample.Count} of {population.Count} relations over {documents} documents in {string.Join(", ", folders)}; simple random sample without replacement, Fisher–Yates over the relations ordered by file and relation id, new Random({seed})."));
        Console.WriteLine("Judge each: right if its evidence states or clearly implies a link between the two initiatives, wrong otherwise.");
        for (var k = 0; k < sample.Count; k++)
        {
            var (_, file, relation, graph) = population[sample[k]];
            var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            string Named(string id) => nodes.TryGetValue(id, out var node) ? $"{node.Label} {node.Name}" : id;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{k + 1}  {file}  {Named(relation.From)} —— {Named(relation.To)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    weight: {relation.Properties.GetValueOrDefault("weight")}"));
            if (relation.Properties.GetValueOrDefault("reasons") is string[] reasons)
            {
                Console.WriteLine($"    reasons: {string.Join("; ", reasons)}");
            }

            foreach (var evidence in relation.Evidence.DistinctBy(e => e.PassageId))
            {
                Console.WriteLine($"    evidence ({evidence.PassageId}): {evidence.Text}");
            }

            Console.WriteLine("    judgement: ");
        }

        Console.WriteLine();
        Console.WriteLine("Population by folder: " + string.Join(", ", folders.Select(f => $"{f} {population.Count(p => p.Folder == f)}")));
        return 0;
    }

    // The folder's own notes (SOURCES.md, README, LICENSE) and hidden files are no documents.
    private static bool IsDocument(string path)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        return !name.StartsWith('.') && !NotDocuments.Contains(stem);
    }

    private static readonly HashSet<string> NotDocuments = new(["SOURCES", "README", "LICENSE", "NOTICE", "CHANGELOG", "INDEX"], StringComparer.OrdinalIgnoreCase);
}
