using System.CommandLine;
using KnowledgeGraph.Core;
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
    /// <summary>The environment variable that traces the ledger protocol's checkpoints (print) or stops at each (pause).</summary>
    public const string CheckpointVariable = "KG_INGEST_CHECKPOINTS";

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
        var folder = DataFolder.Resolve(dataFolder);
        if (File.Exists(folder))
        {
            console.WriteLine($"{folder} is a file, not a data folder: pass a folder with --data DIR (it is created when missing).");
            return StoreFailures.ExitCode;
        }

        var errors = new StringWriter();
        var exit = await StoreFailures.GuardAsync(folder, errors, () => IngestAsync(paths, folder, prune, parallel, console, cancellationToken));
        if (errors.GetStringBuilder().Length > 0)
        {
            console.Write(new Text(errors.ToString()));
        }

        return exit;
    }

    private static async Task<int> IngestAsync(string[] paths, string dataFolder, bool prune, int parallel, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = IngestHost.Build(dataFolder);
        var job = await IngestHost.JobAsync(services, cancellationToken);
        if (parallel > 0)
        {
            job = job.WithParallelism(parallel);
        }

        if (Environment.GetEnvironmentVariable(CheckpointVariable) is "print" or "pause")
        {
            job = job.WithCheckpoints(Checkpoint);
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

    // With KG_INGEST_CHECKPOINTS=print each checkpoint of the ledger protocol is a line on
    // standard output ("checkpoint Pending"); with pause, the run then waits for a line on standard
    // input, so that a test can kill it exactly there.
    private static void Checkpoint(IngestCheckpoint checkpoint)
    {
        Console.Out.WriteLine($"checkpoint {checkpoint}");
        Console.Out.Flush();
        if (Environment.GetEnvironmentVariable(CheckpointVariable) == "pause")
        {
            Console.In.ReadLine();
        }
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

        if (summary.Associations is { } associations)
        {
            console.WriteLine($"Learned associations: {associations.Kind.ToString().ToLowerInvariant()}, {associations.Passages} passages ({associations.Added} new, {associations.Removed} gone), {associations.Words} words, {associations.Pairs} pairs");
        }

        if (summary.Lost > 0)
        {
            console.WriteLine($"{summary.Lost} document(s) the graph or the index had lost (a graph rebuilt in a new layout) were read again");
        }

        if (summary.Profile is { } profile)
        {
            // Processor time, summed over threads: what each stage cost, whatever ran beside it.
            var stages = string.Join(", ", profile.Seconds.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value:F1}"));
            console.WriteLine($"CPU seconds: {stages}; the whole process {profile.ProcessSeconds:F1} in {summary.Elapsed.TotalSeconds:F1} s");
            if (profile.WallSecondsAlone is { Count: > 0 } walls)
            {
                console.WriteLine($"Wall seconds after the writes: {string.Join(", ", walls.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value:F1}"))}");
            }

            console.WriteLine($"Memory: {profile.AllocatedBytes / 1048576.0:N0} MB allocated, {profile.GcPauseSeconds:F1} s in garbage-collection pauses");
            var allocated = string.Join(", ", profile.AllocatedBytesByStage.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value / 1048576.0:N0}"));
            console.WriteLine($"Allocated by stage (MB): {allocated}");
            if (profile.PeakResidentBytes is { Count: > 0 } peaks)
            {
                // The peak before the first stage that runs alone is the writes'; each such stage then shows what it adds.
                var first = peaks.MinBy(p => p.Value.Before);
                var after = string.Join(", ", peaks.OrderBy(p => p.Key).Select(p => $"{p.Key.ToString().ToLowerInvariant()} {p.Value.After / 1048576.0:N0}"));
                console.WriteLine($"Peak resident memory (MB): through the writes {first.Value.Before / 1048576.0:N0}; through {after}");
            }
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
