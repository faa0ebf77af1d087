using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Ingest throughput on generated corpora of growing size (1, 10, 100 MB by default), or on
/// corpora given with <c>--corpora DIR,DIR</c>, each ingested by a child process of its own into an
/// empty data folder, so that each size's peak memory is its own: wall seconds, MB/s, the child's
/// CPU seconds (all threads, start-up included) and by stage, peak RSS, the data folder's size,
/// and (unless <c>--rerun 0</c>) the seconds of a second run over the unchanged corpus.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(Arguments args)
    {
        var sizes = (args.Get("sizes") ?? "1,10,100").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var corpora = args.Get("corpora")?.Split(',');
        var rerun = args.Number("rerun", 1) > 0;
        var work = Directory.CreateTempSubdirectory("kg-throughput-");
        try
        {
            Console.WriteLine("Ingesting generated corpora (seed paragraphs moved to other cities of the gazetteer): extraction, SQLite graph, Lucene index, topic model and association refresh");
            Console.WriteLine($"{"corpus",8} {"docs",6} {"seconds",8} {"MB/s",6} {"CPU s",7} {"CPU s/MB",9} {"peak RSS",9} {"data",9} {"x text",7} {"nodes",8} {"relations",10} {"rerun s",8}");
            for (var i = 0; i < (corpora?.Length ?? sizes.Length); i++)
            {
                var corpus = corpora?[i] ?? Path.Combine(work.FullName, $"corpus-{sizes[i]}");
                if (corpora is null)
                {
                    CorpusGenerator.Generate(corpus, sizes[i]);
                }

                var data = Path.Combine(work.FullName, $"data-{i}");
                var result = RunChild(corpus, data);
                var again = rerun ? RunChild(corpus, data) : null;
                var megabytes = result.Bytes / 1048576.0;
                Console.WriteLine(
                    $"{megabytes,5:F0} MB {result.Documents,6:N0} {result.Seconds,8:F1} {result.MegabytesPerSecond,6:F2} {result.CpuSeconds,7:F1} {result.CpuSeconds / megabytes,9:F2} " +
                    $"{result.PeakRssBytes / 1048576.0,6:F0} MB {result.DataBytes / 1048576.0,6:F0} MB {(double)result.DataBytes / result.Bytes,7:F2} {result.Nodes,8:N0} {result.Relations,10:N0} {again?.Seconds,8:F1}");
                Console.WriteLine($"         CPU seconds by stage: {string.Join(", ", result.Stages.Select(s => $"{s.Key} {s.Value:F1}"))}; the rest (start-up, JIT, collector, merges) {result.CpuSeconds - result.Stages.Values.Sum():F1}");
                if (corpora is null)
                {
                    Directory.Delete(corpus, recursive: true);
                }

                Directory.Delete(data, recursive: true);
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The child's side: ingests one corpus and prints its figures as JSON.</summary>
    public static int RunOnce(Arguments args)
    {
        var corpus = args.Get("corpus") ?? throw new ArgumentException("--corpus DIR is required");
        var data = args.Get("data") ?? throw new ArgumentException("--data DIR is required");
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(data)
            .Configure<IngestionOptions>(o => o.MapIndexFiles = false)
            .BuildServiceProvider();
        var graph = services.GetRequiredService<IGraphStore>();
        graph.InitializeAsync().GetAwaiter().GetResult();
        var summary = services.GetRequiredService<IngestJob>().RunAsync([corpus]).GetAwaiter().GetResult();
        var counts = graph.CountAsync().GetAwaiter().GetResult();
        services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(JsonSerializer.Serialize(new ChildResult(
            summary.New + summary.Changed, summary.Failures.Count, summary.Bytes, summary.Elapsed.TotalSeconds, summary.MegabytesPerSecond,
            process.TotalProcessorTime.TotalSeconds, process.PeakWorkingSet64, FolderBytes(data), counts.Nodes, counts.Relations,
            summary.Profile?.Seconds.ToDictionary(s => s.Key.ToString().ToLowerInvariant(), s => s.Value) ?? [])));
        return summary.Failures.Count == 0 ? 0 : 1;
    }

    private static long FolderBytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static ChildResult RunChild(string corpus, string data)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        // The child ingests as the ingest program does: its index files read, not mapped (above),
        // and the garbage collector and compilation its runtimeconfig asks for (ingest/KnowledgeGraph.Ingest.csproj).
        start.Environment["DOTNET_GCConserveMemory"] = "7";
        start.Environment["DOTNET_TieredCompilation"] = "0";
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var arg in new[] { "ingest-once", "--corpus", corpus, "--data", data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"the ingest child printed no result (exit {process.ExitCode}): {output}");
        return JsonSerializer.Deserialize<ChildResult>(json)!;
    }

    private sealed record ChildResult(
        int Documents, int Failures, long Bytes, double Seconds, double MegabytesPerSecond, double CpuSeconds, long PeakRssBytes, long DataBytes, long Nodes, long Relations,
        Dictionary<string, double> Stages);
}
