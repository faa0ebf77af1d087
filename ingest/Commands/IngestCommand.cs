using System.CommandLine;
using KnowledgeGraph.Core.Ingestion;
using Spectre.Console;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>ingest PATH... [--data DIR] [--prune] [--parallel N]</c>: reads files and folders into the
/// graph and the index, with a progress bar and a summary table. Exit code 0 when every file was
/// ingested, unchanged or a duplicate of a document (duplicates are listed), 1 when some failed
/// (they are listed with the reason; the others are stored).
/// </summary>
internal static class IngestCommand
{
    public static Option<string?> DataOption() => new("--data") { Description = "The data folder (default: KG_DATA, else data/ at the repository root)." };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (read recursively).", Arity = ArgumentArity.OneOrMore };
        var data = DataOption();
        var prune = new Option<bool>("--prune") { Description = "Also remove documents whose file no longer exists." };
        var parallel = new Option<int>("--parallel") { Description = "Documents prepared at once (default: the number of cores)." };
        var command = new Command("ingest", "Read documents into the graph and the full-text index (incremental and crash-safe).")
        {
            paths, data, prune, parallel,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths)!, parse.GetValue(data), parse.GetValue(prune), parse.GetValue(parallel), AnsiConsole.Console, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string[] paths, string? dataFolder, bool prune, int parallel, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = IngestHost.Build(dataFolder);
        var job = await IngestHost.JobAsync(services, cancellationToken);
        if (parallel > 0)
        {
            job = job.WithParallelism(parallel);
        }

        IngestSummary summary = null!;
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("documents");
                    var progress = new SynchronousProgress<IngestProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.BytesTotal);
                        task.Value = p.BytesDone;
                        task.Description = $"{p.DocumentsDone}/{p.DocumentsTotal} documents, {p.BytesDone / 1048576.0:F1}/{p.BytesTotal / 1048576.0:F1} MB, {p.Entities:N0} entities";
                    });
                    summary = await job.RunAsync(paths, prune, progress, cancellationToken);
                });
        }
        else
        {
            // Without a terminal: a line per document, or per hundredth of a large corpus.
            summary = await job.RunAsync(paths, prune, new SynchronousProgress<IngestProgress>(p =>
            {
                var every = Math.Max(1, p.DocumentsTotal / 100);
                if (p.DocumentsDone == p.DocumentsTotal || p.DocumentsDone % every == 0)
                {
                    console.WriteLine($"{p.DocumentsDone}/{p.DocumentsTotal} documents, {p.BytesDone / 1048576.0:F1} MB, {p.Entities:N0} entities");
                }
            }), cancellationToken);
        }

        Write(summary, console);
        return summary.Failures.Count == 0 ? 0 : 1;
    }

    private static void Write(IngestSummary summary, IAnsiConsole console)
    {
        var documents = new Table().Title("Documents").AddColumns("new", "changed", "unchanged", "duplicate", "failed", "pruned", "recovered", "MB", "seconds", "MB/s");
        documents.AddRow(
            summary.New.ToString(), summary.Changed.ToString(), summary.Unchanged.ToString(), summary.Duplicates.Count.ToString(), summary.Failures.Count.ToString(),
            summary.Pruned.ToString(), summary.Recovered.ToString(), $"{summary.Bytes / 1048576.0:F2}", $"{summary.Elapsed.TotalSeconds:F1}", $"{summary.MegabytesPerSecond:F2}");
        console.Write(documents);
        if (summary.Topics is { } topics)
        {
            console.WriteLine($"Topic model: {topics.Kind.ToString().ToLowerInvariant()}, {topics.Passages} passages ({topics.Added} new, {topics.Removed} gone)");
        }

        var facts = new Table().Title("Written this run").AddColumns("kind", "name", "count");
        foreach (var (label, count) in summary.EntitiesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            facts.AddRow("entity", label, count.ToString());
        }

        foreach (var (type, count) in summary.RelationsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            facts.AddRow("relation", type, count.ToString());
        }

        if (facts.Rows.Count > 0)
        {
            console.Write(facts);
        }

        // A file with the text of a document already stored is not stored again: search would
        // show each of its sentences twice.
        foreach (var duplicate in summary.Duplicates)
        {
            console.MarkupLineInterpolated($"[yellow]duplicate[/] {duplicate.Path}: same text as {duplicate.OriginalPath} ({duplicate.OriginalId}), not stored again");
        }

        foreach (var failure in summary.Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failure.Path}: {failure.Reason}");
        }
    }
}

/// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool and may reorder).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
