using System.CommandLine;
using KnowledgeGraph.Core.Ingestion;
using Spectre.Console;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>check [--data DIR]</c>: opens the stores as the next ingest would (rolling back a document
/// an interrupted run left half-written), then verifies that the ledger, the graph and the index
/// agree: every passage in the index has its document in the graph and back. Exit code 0 when
/// consistent.
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
        await using var services = IngestHost.Build(dataFolder);
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
