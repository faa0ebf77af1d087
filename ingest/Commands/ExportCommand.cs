using System.CommandLine;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>export --format neo4j-csv|graphml|json --out DIR [--data DIR]</c>: writes the graph of the
/// configured store (SQLite in the data folder, or Neo4j) to files (<see cref="GraphExport"/>) and prints what it wrote.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "neo4j-csv (for neo4j-admin import), graphml (for Gephi) or json.", Required = true };
        format.AcceptOnlyFromAmong([.. GraphExport.FormatNames.Keys]);
        var output = new Option<string>("--out") { Description = "The folder to write the files to (created when missing).", Required = true };
        var data = new Option<string?>("--data") { Description = $"The data folder holding {GraphStores.SqliteFileName} (default: ${DataFolder.EnvironmentVariable}, else data/ at the repository root)." };
        var command = new Command("export", "Export the graph to files: neo4j-admin CSV, GraphML or JSON.")
        {
            format, output, data,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            GraphExport.FormatNames[parse.GetValue(format)!],
            parse.GetValue(output)!,
            parse.GetValue(data),
            Console.Out,
            Console.Error,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(ExportFormat format, string output, string? dataFolder, TextWriter standardOutput, TextWriter errors, CancellationToken cancellationToken)
    {
        var folder = DataFolder.Resolve(dataFolder);
        return await StoreFailures.GuardAsync(folder, errors, () => ExportAsync(format, output, folder, standardOutput, errors, cancellationToken));
    }

    private static async Task<int> ExportAsync(ExportFormat format, string output, string folder, TextWriter standardOutput, TextWriter errors, CancellationToken cancellationToken)
    {
        // The store configured as for ingest (SQLite in the data folder, or Neo4j by GraphStore__Provider).
        await using var services = IngestHost.Build(folder);
        var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        if (options.Provider == GraphStoreOptions.SqliteProvider && !File.Exists(Path.Combine(folder, GraphStores.SqliteFileName)))
        {
            errors.WriteLine($"There is no graph in {folder} ({GraphStores.SqliteFileName} is missing): ingest documents first, or pass --data DIR.");
            return 1;
        }

        var schema = services.GetRequiredService<GraphSchema>();
        var store = services.GetRequiredService<IGraphStore>();
        var source = options.Provider == GraphStoreOptions.SqliteProvider ? folder : options.Neo4j.Url;
        try
        {
            var result = await GraphExport.WriteAsync(store, schema, format, output, Path.Combine(options.SchemaFolder, "schema.cypher"), cancellationToken);
            standardOutput.WriteLine($"Exported {result.Nodes} nodes and {result.Relations} relations from {source}:");
            foreach (var file in result.Files)
            {
                standardOutput.WriteLine($"  {file}");
            }

            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong (the store, the disk, the data), a message and no stack trace;
            // GraphExport leaves no partial files behind.
            errors.WriteLine($"Export failed, nothing was written to {Path.GetFullPath(output)}: {e.Message}");
            return 1;
        }
    }
}
