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
/// What the content checks and the text fingerprint add to reading a file, against loading
/// alone and against extraction, in one run: the seeds (and the real reports beside the
/// repository, read in place, when there) as UTF-8 and as GB18030, best of a few rounds.
/// </summary>
internal static class ContentCheckSpeed
{
    public static int Run(Arguments args)
    {
        var rounds = (int)args.Number("rounds", 5);
        var root = Arguments.RepositoryRoot;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936);
        var real = RealReports(root);
        var sources = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(real is null ? [] : Directory.GetFiles(real, "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = sources.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Concat(sources.Select(f => (Name: Path.GetFileName(f), Bytes: gb18030.GetBytes(File.ReadAllText(f)))))
            .ToList();
        var megabytes = files.Sum(f => f.Bytes.Length) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files ({sources.Count} as UTF-8 and as GB18030), {megabytes:0.00} MB"));

        var reader = new DocumentReader();
        var load = Best(rounds, () => files.ForEach(f => reader.TryLoad(f.Name, f.Bytes)));
        var checkedLoad = Best(rounds, () => files.ForEach(f =>
        {
            if (reader.TryLoadChecked(f.Name, f.Bytes) is LoadedDocument document)
            {
                TextFingerprint.Of(document.Text);
            }
        }));
        var extractor = new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load());
        var documents = files.Take(sources.Count).Select(f => (LoadedDocument)reader.TryLoad(f.Name, f.Bytes)).ToList();
        var extraction = Best(Math.Min(rounds, 2), () => documents.ForEach(d => extractor.Extract(new SourceDocument("doc:speed", d.Path, "0", d))));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load                      {load * 1000,9:0.0} ms  {megabytes / load,8:0.0} MB/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load + checks + fingerprint {checkedLoad * 1000,7:0.0} ms  {megabytes / checkedLoad,8:0.0} MB/s  ({checkedLoad / load:0.00}x load)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction (UTF-8 half)   {extraction * 1000,9:0.0} ms  checks and fingerprint add {(checkedLoad - load) / 2 / extraction:P2} of it"));
        return 0;
    }

    // shared/corpus/gov-reports-2026 in a folder above the repository, or KG_REAL_CORPUS.
    private static string? RealReports(string root)
    {
        if (Environment.GetEnvironmentVariable("KG_REAL_CORPUS") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "gov-reports-2026");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static double Best(int rounds, Action work)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            work();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
