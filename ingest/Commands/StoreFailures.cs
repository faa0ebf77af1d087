using KnowledgeGraph.Core.Graph;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// What the store-touching commands say when the data folder cannot be used: one line that names
/// the folder and what to do, and exit code 2, never a stack trace.
/// </summary>
internal static class StoreFailures
{
    /// <summary>The exit code of a command that could not use its data folder.</summary>
    public const int ExitCode = 2;

    /// <summary>Runs <paramref name="command"/>; a failure of the stores is written to <paramref name="errors"/> as one line and gives <see cref="ExitCode"/>.</summary>
    public static async Task<int> GuardAsync(string dataFolder, TextWriter errors, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.WriteLine(Describe(dataFolder, e));
            return ExitCode;
        }
    }

    /// <summary>A line that says what went wrong with <paramref name="dataFolder"/> and what to do.</summary>
    public static string Describe(string dataFolder, Exception error) => Unwrap(error) switch
    {
        LockObtainFailedException =>
            $"The data folder {dataFolder} is in use by another process (the API, or another ingest): stop it or wait for it to finish, then try again.",
        GraphStoreException e => $"The graph in {dataFolder} cannot be used: {e.Message}",
        SqliteException e => $"A database in {dataFolder} cannot be used ({e.Message}): if the file is damaged, move the data folder aside and ingest again.",
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException =>
            $"The full-text index in {Path.Combine(dataFolder, "index")} is damaged or of another version ({Unwrap(error).Message}): move it aside and run ingest again, which rebuilds it.",
        UnauthorizedAccessException e => $"The data folder {dataFolder} cannot be written: {e.Message}",
        IOException e => $"The data folder {dataFolder} cannot be used: {e.Message}",
        var e => $"Failed on the data folder {dataFolder}: {e.Message}",
    };

    // Services built on first use wrap what their factory threw.
    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } or TypeInitializationException or System.Reflection.TargetInvocationException && error.InnerException is { } inner
            ? Unwrap(inner)
            : error;
}
