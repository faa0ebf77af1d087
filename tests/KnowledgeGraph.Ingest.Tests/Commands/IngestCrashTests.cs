using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Ingest.Commands;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace KnowledgeGraph.Ingest.Tests.Commands;

/// <summary>
/// Kills an ingest process (as kill -9 does) again and again: in its first second, and at every
/// checkpoint of the ledger protocol of its batches (pending, graph written, index committed,
/// complete), before and after the first index commit and before the topic and association refresh. After each
/// kill the stores must open and agree (<c>check</c>); the next process goes on from there, and
/// the last one must leave what an ingest never killed leaves.
/// </summary>
public class IngestCrashTests
{
    private const int Copies = 6;
    private const int Documents = 5 * Copies;
    private const int Batch = 4;

    [Fact]
    public async Task An_ingest_killed_at_every_checkpoint_leaves_consistent_stores_each_time_and_then_completes_as_if_never_killed()
    {
        var folder = Directory.CreateTempSubdirectory("kg-crash-");
        try
        {
            var corpus = MakeCorpus(folder.FullName);
            var data = Path.Combine(folder.FullName, "data");
            var clean = Path.Combine(folder.FullName, "clean");
            var console = new TestConsole { Profile = { Width = 200 } };
            Assert.True(await IngestCommand.RunAsync([corpus], clean, prune: false, parallel: 0, console, CancellationToken.None) == 0, console.Output);

            // In its first second, while the process starts, and a little later, while it reads.
            foreach (var milliseconds in new[] { 400, 1500 })
            {
                await RunAndKillAsync(corpus, data, at: null, occurrence: 0, after: TimeSpan.FromMilliseconds(milliseconds));
                Assert.Equal(0, await AssertConsistentAsync(data));
            }

            // Each checkpoint of the first batch (before and after the first index commit), then of a later one.
            var stored = new List<int>();
            foreach (var occurrence in new[] { 1, 2 })
            {
                foreach (var at in new[] { IngestCheckpoint.Pending, IngestCheckpoint.GraphWritten, IngestCheckpoint.IndexCommitted, IngestCheckpoint.Complete })
                {
                    var lines = await RunAndKillAsync(corpus, data, at, occurrence, after: null);
                    Assert.Contains($"checkpoint {at}", lines);
                    stored.Add(await AssertConsistentAsync(data));
                }
            }

            // A batch marked complete stays; one killed before that is rolled back and read again.
            Assert.Equal([0, 0, 0, Batch, 2 * Batch, 3 * Batch, 4 * Batch, 6 * Batch], stored);

            // The last batch complete, the topic refresh not yet done.
            var last = (Documents - stored[^1] + Batch - 1) / Batch;
            await RunAndKillAsync(corpus, data, IngestCheckpoint.Complete, last, after: null);
            Assert.Equal(Documents, await AssertConsistentAsync(data));

            var rerun = new TestConsole { Profile = { Width = 200 } };
            Assert.True(await IngestCommand.RunAsync([corpus], data, prune: false, parallel: 0, rerun, CancellationToken.None) == 0, rerun.Output);
            Assert.Contains("Topic model: retrained", rerun.Output);
            Assert.Contains("Learned associations: recounted", rerun.Output);
            Assert.Equal(Documents, await AssertConsistentAsync(data));
            Assert.Equal(await GraphAsync(clean), await GraphAsync(data));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The seeds copied several times under different names, each copy with a closing line of its
    // own (identical texts would be one document): 30 documents.
    private static string MakeCorpus(string root)
    {
        var corpus = Path.Combine(root, "corpus");
        for (var copy = 0; copy < Copies; copy++)
        {
            var target = Directory.CreateDirectory(Path.Combine(corpus, $"copy{copy}"));
            foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                File.WriteAllText(Path.Combine(target.FullName, Path.GetFileName(seed)), File.ReadAllText(seed) + $"\n本件为第{copy + 1}份抄送件。\n");
            }
        }

        return corpus;
    }

    // check must find the stores in agreement; returns the documents in the graph. A process
    // killed before it made the data folder leaves none.
    private static async Task<int> AssertConsistentAsync(string data)
    {
        if (!Directory.Exists(data))
        {
            return 0;
        }

        var console = new TestConsole { Profile = { Width = 300 } };
        var exit = await CheckCommand.RunAsync(data, console, CancellationToken.None);
        Assert.True(exit == 0, console.Output);
        Assert.Contains("consistent", console.Output);
        var documents = Regex.Match(console.Output, @"(\d+) documents in the graph");
        return documents.Success ? int.Parse(documents.Groups[1].Value) : 0;
    }

    // Every node and relation id with its label or type, and the counts, of the graph in a data folder.
    private static async Task<string> GraphAsync(string data)
    {
        await using var services = IngestHost.Build(data);
        var graph = services.GetRequiredService<IGraphStore>();
        var lines = new List<string>();
        await foreach (var node in graph.ReadAllNodesAsync())
        {
            lines.Add($"{node.Id} {node.Label} {node.Name} {node.Evidence.Count}");
        }

        await foreach (var relation in graph.ReadAllRelationsAsync())
        {
            lines.Add($"{relation.Id} {relation.Evidence.Count}");
        }

        return string.Join("\n", lines);
    }

    // Starts kg-ingest in a child process that stops at each checkpoint of the ledger protocol
    // (KG_INGEST_CHECKPOINTS=pause) with batches of a few documents, and kills it at the
    // given occurrence of a checkpoint, or after a time; lets it go on at every other checkpoint.
    // Returns the lines it printed.
    private static async Task<List<string>> RunAndKillAsync(string corpus, string data, IngestCheckpoint? at, int occurrence, TimeSpan? after)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg-ingest.dll"));
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(corpus);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(data);
        start.Environment[IngestCommand.CheckpointVariable] = "pause";
        start.Environment["Ingestion__BatchDocuments"] = Batch.ToString();
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        if (after is { } delay)
        {
            await Task.Delay(delay);
            process.Kill(entireProcessTree: true);
        }

        var lines = new List<string>();
        var seen = 0;
        while (!process.HasExited && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (!line.StartsWith("checkpoint ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line == $"checkpoint {at}" && ++seen == occurrence)
            {
                process.Kill(entireProcessTree: true);
                break;
            }

            await process.StandardInput.WriteLineAsync();
            await process.StandardInput.FlushAsync();
        }

        await process.WaitForExitAsync(timeout.Token);
        Assert.True(after is not null || lines.Contains($"checkpoint {at}"), $"the child ended before checkpoint {at} #{occurrence}: {string.Join('\n', lines)}");
        return lines;
    }
}
