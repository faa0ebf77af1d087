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
/// Ingest throughput and peak memory on generated corpora of growing size (1, 10, 100 MB by
/// default), each ingested by a child process of its own into an empty data folder, so that
/// each size's peak memory is its own.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(Arguments args)
    {
        var sizes = (args.Get("sizes") ?? "1,10,100").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var work = Directory.CreateTempSubdirectory("kg-throughput-");
        try
        {
            Console.WriteLine("Ingesting generated corpora (seed paragraphs moved to other cities of the gazetteer), SQLite graph + Lucene index");
            Console.WriteLine($"{"corpus",8} {"documents",10} {"seconds",8} {"MB/s",7} {"peak RSS",10} {"nodes",9} {"relations",10}");
            foreach (var size in sizes)
            {
                var corpus = Path.Combine(work.FullName, $"corpus-{size}");
                CorpusGenerator.Generate(corpus, size);
                var result = RunChild(corpus, Path.Combine(work.FullName, $"data-{size}"));
                Console.WriteLine($"{size,6} MB {result.Documents,10:N0} {result.Seconds,8:F1} {result.MegabytesPerSecond,7:F2} {result.PeakRssBytes / 1048576.0,7:F0} MB {result.Nodes,9:N0} {result.Relations,10:N0}");
                Directory.Delete(corpus, recursive: true);
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
            .BuildServiceProvider();
        var graph = services.GetRequiredService<IGraphStore>();
        graph.InitializeAsync().GetAwaiter().GetResult();
        var summary = services.GetRequiredService<IngestJob>().RunAsync([corpus]).GetAwaiter().GetResult();
        var counts = graph.CountAsync().GetAwaiter().GetResult();
        Console.WriteLine(JsonSerializer.Serialize(new ChildResult(
            summary.New + summary.Changed, summary.Failures.Count, summary.Elapsed.TotalSeconds, summary.MegabytesPerSecond,
            Process.GetCurrentProcess().PeakWorkingSet64, counts.Nodes, counts.Relations)));
        services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return summary.Failures.Count == 0 ? 0 : 1;
    }

    private static ChildResult RunChild(string corpus, string data)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
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

    private sealed record ChildResult(int Documents, int Failures, double Seconds, double MegabytesPerSecond, long PeakRssBytes, long Nodes, long Relations);
}
