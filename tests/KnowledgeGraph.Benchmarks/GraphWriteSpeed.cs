using System.Diagnostics;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// How writing a document to the SQLite graph store scales with the documents already there:
/// small documents that all state the same four hub nodes (a province, a city, two topics) and one
/// shared relation, as a corpus about one province does. Prints documents per second for the first
/// and the last 200; a store whose write cost grows with a hub's documents shows the last far slower.
/// </summary>
internal static class GraphWriteSpeed
{
    private const int Window = 200;

    public static int Run(Arguments args)
    {
        if (args.Get("corpus") is { } corpus)
        {
            return RunCorpus(corpus, (int)args.Number("batch", 128));
        }

        var documents = (int)args.Number("documents", 2000);
        var data = Directory.CreateTempSubdirectory("kg-graph-writes-");
        try
        {
            var options = new GraphStoreOptions { DataFolder = data.FullName, SchemaFolder = Path.Combine(Arguments.RepositoryRoot, "graph-schema") };
            var store = GraphStores.Create(options);
            try
            {
                var marks = WriteAsync(store, documents).GetAwaiter().GetResult();
                Console.WriteLine($"{documents} documents sharing 4 hub nodes: first {Window} {Window / marks[0]:F1} docs/s, last {Window} {Window / (marks[^1] - marks[^2]):F1} docs/s, all {marks[^1]:F1} s");
            }
            finally
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return 0;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The stores alone on a real corpus: every file extracted first (in parallel, not timed), then
    /// written to an empty SQLite graph in batches of <paramref name="batch"/> documents, then
    /// added to an empty passage index with one commit per batch; prints the seconds (the thread's
    /// CPU time is the wall time here: one thread does each) and the size of each store.
    /// </summary>
    private static int RunCorpus(string corpus, int batch)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddChineseSegmentation()
            .AddExtraction()
            .BuildServiceProvider();
        var extractor = services.GetRequiredService<IDocumentExtractor>();
        var reader = new DocumentReader();
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var graphs = files.AsParallel().AsOrdered().Select(file => reader.TryLoad(file) is LoadedDocument loaded
            ? extractor.Extract(new SourceDocument("doc:" + Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), "0", loaded))
            : null).OfType<DocumentGraph>().ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{graphs.Count} documents, {bytes / 1048576.0:F1} MB extracted in {clock.Elapsed.TotalSeconds:F1} s (both cores, not counted below)");

        var data = Directory.CreateTempSubdirectory("kg-corpus-writes-");
        try
        {
            var options = new GraphStoreOptions { DataFolder = data.FullName, SchemaFolder = Path.Combine(Arguments.RepositoryRoot, "graph-schema") };
            var store = GraphStores.Create(options);
            clock.Restart();
            foreach (var chunk in graphs.Chunk(batch))
            {
                store.ReplaceDocumentsAsync(chunk).GetAwaiter().GetResult();
            }

            var graphSeconds = clock.Elapsed.TotalSeconds;
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            clock.Restart();
            using (var index = PassageIndex.Open(PassageIndex.FolderIn(data.FullName), services.GetRequiredService<JiebaSegmenter>()))
            {
                foreach (var chunk in graphs.Chunk(batch))
                {
                    foreach (var graph in chunk)
                    {
                        index.Stage(graph);
                    }

                    index.Commit();
                }
            }

            var indexSeconds = clock.Elapsed.TotalSeconds;
            var graphBytes = new FileInfo(Path.Combine(data.FullName, GraphStores.SqliteFileName)).Length;
            var indexBytes = Directory.EnumerateFiles(PassageIndex.FolderIn(data.FullName)).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"graph: {graphSeconds:F1} s ({bytes / 1048576.0 / graphSeconds:F2} MB/s), {graphBytes / 1048576.0:F1} MB ({(double)graphBytes / bytes:F2} x the text)");
            Console.WriteLine($"index: {indexSeconds:F1} s ({bytes / 1048576.0 / indexSeconds:F2} MB/s), {indexBytes / 1048576.0:F1} MB ({(double)indexBytes / bytes:F2} x the text)");
            return 0;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>Seconds elapsed after every <see cref="Window"/> documents.</summary>
    private static async Task<List<double>> WriteAsync(IGraphStore store, int documents)
    {
        await store.InitializeAsync();
        var clock = Stopwatch.StartNew();
        var marks = new List<double>();
        for (var i = 0; i < documents; i++)
        {
            await store.ReplaceDocumentAsync(Document(i));
            if ((i + 1) % Window == 0 || i == documents - 1)
            {
                marks.Add(clock.Elapsed.TotalSeconds);
            }
        }

        if (marks.Count < 2)
        {
            marks.Insert(0, 0);
        }

        return marks;
    }

    private static DocumentGraph Document(int i)
    {
        var d = $"doc:{i:D5}";
        Evidence E(string mention) => new(d, $"{d}:s1:p1:t1", 0, mention.Length, mention + new string('。', 40));
        return new DocumentGraph(
            new Node(d, "Document", $"报告{i}"),
            [
                new("place:320000", "Place", "江苏省") { Aliases = ["苏", $"江苏{i % 7}"], Evidence = [E("江苏省")] },
                new("place:320800", "Place", "淮安市") { Aliases = ["淮安"], Evidence = [E("淮安市")] },
                new("topic:民营经济", "Topic", "民营经济") { Evidence = [E("民营经济")] },
                new("topic:乡村振兴", "Topic", "乡村振兴") { Evidence = [E("乡村振兴")] },
                new($"committee:c{i}", "Committee", $"政协{i}委员会") { Evidence = [E("政协")] },
            ],
            [
                new("PART_OF", "place:320800", "place:320000") { Evidence = [E("淮安市")] },
                new("MENTIONS", d, "topic:民营经济") { Evidence = [E("民营经济")] },
                new("MENTIONS", d, "topic:乡村振兴"),
                new("LOCATED_IN", $"committee:c{i}", "place:320800") { Evidence = [E("淮安市")] },
                new("ISSUED", $"committee:c{i}", d),
            ],
            [new Passage($"{d}:s1:p1:t1", d, $"{d}:s1", "淮安市民营经济", 0, 7)]);
    }
}
