using System.CommandLine;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using Spectre.Console;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>check [--data DIR]</c>: opens the stores as the next ingest would (rolling back what an
/// interrupted run left pending), then verifies that the ledger, the graph and the index agree:
/// every passage in the index has its document in the graph and back. Exit code 0 when
/// consistent (an empty data folder is), 1 when not, 2 when the folder cannot be checked (there
/// is none, or another process holds it, or a store is damaged), with a line saying why.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var data = IngestCommand.DataOption();
        var command = new Command("check", "Check that the graph and the index agree on the documents ingested.") { data };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(data), AnsiConsole.Console, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string? dataFolder, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var folder = DataFolder.Resolve(dataFolder);
        if (File.Exists(folder))
        {
            console.WriteLine($"{folder} is a file, not a data folder: pass the folder that holds graph.db, index/ and ingest.db with --data DIR.");
            return StoreFailures.ExitCode;
        }

        if (!Directory.Exists(folder))
        {
            console.WriteLine($"There is no data folder at {folder}: nothing has been ingested there. Pass another with --data DIR, or ingest documents first.");
            return StoreFailures.ExitCode;
        }

        if (!new[] { GraphStores.SqliteFileName, "ingest.db" }.Any(f => File.Exists(Path.Combine(folder, f))) && !Directory.Exists(PassageIndex.FolderIn(folder)))
        {
            console.WriteLine($"The data folder {folder} holds nothing ingested yet: consistent, and nothing to check.");
            return 0;
        }

        var errors = new StringWriter();
        var exit = await StoreFailures.GuardAsync(folder, errors, () => CheckAsync(folder, console, cancellationToken));
        if (errors.GetStringBuilder().Length > 0)
        {
            console.Write(new Text(errors.ToString()));
        }

        return exit;
    }

    private static async Task<int> CheckAsync(string folder, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = IngestHost.Build(folder);
        var job = await IngestHost.JobAsync(services, cancellationToken);
        var recovered = await job.RecoverAsync(cancellationToken);
        if (recovered > 0)
        {
            console.WriteLine($"{recovered} document(s) left half-written by an interrupted ingest rolled back; the next ingest reads them again");
        }

        var report = await job.CheckAsync(cancellationToken);
        console.WriteLine($"{report.Documents} documents in the graph, {report.Passages} passages in the index");
        Report(console, "pending", report.Pending);
        Report(console, "in the graph but not the index", report.InGraphNotIndex);
        Report(console, "in the index but not the graph", report.InIndexNotGraph);
        Report(console, "in the ledger but not the graph", report.InLedgerNotGraph);
        Report(console, "in the graph but not the ledger", report.InGraphNotLedger);
        if (report.InLedgerNotGraph.Count > 0 || report.InGraphNotIndex.Count > 0 || report.InIndexNotGraph.Count > 0)
        {
            // A graph rebuilt in a new layout, or a store emptied by hand: ingest reads them again.
            console.WriteLine("Run ingest again on the same files: it reads again every document a store lacks.");
        }

        console.WriteLine(report.IsConsistent ? "consistent" : "INCONSISTENT");
        return report.IsConsistent ? 0 : 1;
    }

    private static void Report(IAnsiConsole console, string what, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            console.WriteLine($"{ids.Count} {what}: {string.Join(", ", ids.Take(20))}");
        }
    }
}
