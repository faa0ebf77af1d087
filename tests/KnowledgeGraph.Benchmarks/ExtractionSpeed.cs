using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Time to extract the graph of one document made of the seeds repeated to each size asked
/// (default 1 and 5 MB of UTF-8), best of a few rounds, to see that it grows linearly. With
/// <c>--shape run-on</c> the seeds lose every full stop and line break (one sentence of several
/// MB); with <c>--shape random</c> the text is random Han characters, quotes and commas. With
/// <c>--texts DIR,DIR…</c> the documents are instead every .txt file of those folders (read in place,
/// each extracted as its own document), which is what an ingest of real texts does.
/// </summary>
internal static class ExtractionSpeed
{
    public static int Run(Arguments args)
    {
        var sizes = (args.Get("mb") ?? "1,5").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var rounds = (int)args.Number("rounds", 2);
        if (args.Get("texts") is { } folders)
        {
            // Real folders need no repository: only the extractor and its data packages.
            return RunFolders(LoadExtractor(), folders.Split(',', StringSplitOptions.RemoveEmptyEntries), rounds);
        }

        var root = Arguments.RepositoryRoot;
        var seeds = string.Join("\n\n", Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var shape = args.Get("shape") ?? "seeds";
        seeds = shape switch
        {
            "run-on" => new string(seeds.Select(c => c is '。' or '！' or '？' or '\n' or '\r' ? '，' : c).ToArray()),
            "random" => RandomText(seeds.Length),
            _ => seeds,
        };

        var extractor = LoadExtractor();

        foreach (var megabytes in sizes)
        {
            var text = new StringBuilder();
            while (Encoding.UTF8.GetByteCount(text.ToString()) < megabytes * 1024 * 1024)
            {
                text.Append(seeds).Append("\n\n");
            }

            var document = new SourceDocument("doc:speed", "speed.txt", "0", new LoadedDocument("speed.txt", text.ToString(), "txt", "utf-8"));
            var best = double.MaxValue;
            var nodes = 0;
            var relations = 0;
            var passages = 0;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var graph = extractor.Extract(document);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                (nodes, relations, passages) = (graph.Nodes.Count, graph.Relations.Count, graph.Passages.Count);
            }

            var bytes = Encoding.UTF8.GetByteCount(text.ToString());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bytes / 1048576.0:0.00} MB ({text.Length:N0} chars): {best:0.00} s, {bytes / 1048576.0 / best:0.00} MB/s; {nodes:N0} nodes, {relations:N0} relations, {passages:N0} passages"));
        }

        return 0;
    }

    private static DocumentExtractor LoadExtractor()
    {
        var loading = Stopwatch.StartNew();
        var extractor = new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded segmenter, gazetteer and vocabularies in {loading.Elapsed.TotalSeconds:0.00} s"));
        return extractor;
    }

    private static int RunFolders(DocumentExtractor extractor, string[] folders, int rounds)
    {
        var reader = new DocumentReader();
        var documents = new List<SourceDocument>();
        long bytes = 0;
        foreach (var path in folders.SelectMany(f => Directory.GetFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (reader.TryLoad(path) is LoadedDocument loaded)
            {
                documents.Add(new SourceDocument("doc:" + documents.Count, Path.GetFileName(path), "0", loaded));
                bytes += new FileInfo(path).Length;
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var (nodes, relations) = (0, 0);
            foreach (var document in documents)
            {
                var graph = extractor.Extract(document);
                (nodes, relations) = (nodes + graph.Nodes.Count, relations + graph.Relations.Count);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: {documents.Count} documents, {bytes / 1048576.0:0.00} MB: {seconds:0.00} s, {bytes / 1048576.0 / seconds:0.00} MB/s; {nodes:N0} nodes, {relations:N0} relations"));
        }

        return 0;
    }

    private static string RandomText(int length)
    {
        var random = new Random(7);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(100);
            chars[i] = roll switch
            {
                < 3 => '“',
                < 6 => '”',
                < 10 => '，',
                < 11 => '《',
                < 12 => '》',
                _ => (char)random.Next(0x4E00, 0x9FA5),
            };
        }

        return new string(chars);
    }
}
