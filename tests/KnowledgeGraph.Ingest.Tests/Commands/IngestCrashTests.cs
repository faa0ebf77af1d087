using System.Diagnostics;
using Spectre.Console.Testing;
using KnowledgeGraph.Ingest.Commands;

namespace KnowledgeGraph.Ingest.Tests.Commands;

/// <summary>
/// Kills an ingest process (as kill -9 would) at several points, then checks that the stores
/// open, agree with each other, and that a rerun finishes the job.
/// </summary>
public class IngestCrashTests
{
    private const int Copies = 6;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(20)]
    public async Task An_ingest_killed_after_some_documents_leaves_consistent_stores_and_a_rerun_completes(int killAfterLines)
    {
        var folder = Directory.CreateTempSubdirectory("kg-crash-");
        try
        {
            var corpus = MakeCorpus(folder.FullName);
            var data = Path.Combine(folder.FullName, "data");

            var printed = await RunAndKillAsync(corpus, data, killAfterLines);

            Assert.True(printed >= Math.Min(killAfterLines, 1), "the child printed no progress before it was killed");
            Assert.True(printed < 5 * Copies, "the child finished before it was killed");
            var afterKill = new TestConsole();
            Assert.True(await CheckCommand.RunAsync(data, afterKill, CancellationToken.None) == 0, afterKill.Output);
            Assert.Contains("consistent", afterKill.Output);

            var rerun = new TestConsole();
            Assert.True(await IngestCommand.RunAsync([corpus], data, prune: false, parallel: 0, rerun, CancellationToken.None) == 0, rerun.Output);

            var final = new TestConsole();
            Assert.True(await CheckCommand.RunAsync(data, final, CancellationToken.None) == 0, final.Output);
            Assert.Contains($"{5 * Copies} documents in the graph", final.Output);
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

    // Starts kg-ingest in a child process and kills it once it has printed the given number of
    // progress lines (or when it ends first). Returns the number of lines it printed.
    private static async Task<int> RunAndKillAsync(string corpus, string data, int killAfterLines)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg-ingest.dll"));
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(corpus);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(data);
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var lines = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(" documents,", StringComparison.Ordinal) && ++lines >= killAfterLines)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return lines;
    }
}
