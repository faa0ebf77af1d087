namespace KnowledgeGraph.Core.Graph.Export;

/// <summary>The file formats the graph exports to.</summary>
public enum ExportFormat
{
    /// <summary>CSV files for <c>neo4j-admin database import full</c>, with schema.cypher and a README.txt holding the command.</summary>
    Neo4jCsv,

    /// <summary>One GraphML file (Gephi, yEd, NetworkX …).</summary>
    GraphMl,

    /// <summary>One JSON file: <c>{"nodes": […], "relations": […]}</c>.</summary>
    Json,
}

/// <summary>What an export wrote.</summary>
/// <param name="Files">Full paths of the files written.</param>
/// <param name="Nodes">How many nodes were exported.</param>
/// <param name="Relations">How many relations were exported.</param>
public sealed record ExportResult(IReadOnlyList<string> Files, long Nodes, long Relations);

/// <summary>
/// Writes the whole graph of a store to files, reading it as a stream
/// (<see cref="IGraphStore.ReadAllNodesAsync"/>, <see cref="IGraphStore.ReadAllRelationsAsync"/>).
/// Evidence goes along: in JSON as an array per node and relation, in CSV and GraphML as a string
/// property <c>evidence</c> holding the same JSON array
/// (<c>[{"document", "passage", "start", "end", "text"}]</c>).
/// </summary>
public static class GraphExport
{
    /// <summary>The names the command line uses: <c>neo4j-csv</c>, <c>graphml</c>, <c>json</c>.</summary>
    public static IReadOnlyDictionary<string, ExportFormat> FormatNames { get; } = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["neo4j-csv"] = ExportFormat.Neo4jCsv,
        ["graphml"] = ExportFormat.GraphMl,
        ["json"] = ExportFormat.Json,
    };

    /// <summary>Exports into <paramref name="folder"/> (created when missing; files of the same names are overwritten).</summary>
    /// <param name="store">The graph to read.</param>
    /// <param name="schema">Labels, relation types and property types, for headers and keys.</param>
    /// <param name="format">The format.</param>
    /// <param name="folder">Where the files go.</param>
    /// <param name="schemaCypherPath">graph-schema/schema.cypher, copied beside the CSV files; the copy beside the program by default.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left of it.</param>
    /// <remarks>
    /// <para>The files are written into a hidden folder inside <paramref name="folder"/> and moved into
    /// place only when all are complete, so a failed or cancelled export leaves no partial file set
    /// (files of an earlier export stay as they were).</para>
    /// <para>The SQLite store is read in one read transaction (its WAL snapshot): the export is the
    /// graph as it stood when the export began, even while documents are written. Other stores are
    /// read page by page; the Neo4j store's pages are separate queries under Neo4j's read-committed
    /// isolation, so an export taken while an ingest writes may mix states there.</para>
    /// </remarks>
    public static async Task<ExportResult> WriteAsync(IGraphStore store, GraphSchema schema, ExportFormat format, string folder, string? schemaCypherPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Use Neo4jCsv, GraphMl or Json.");
        }

        Directory.CreateDirectory(folder);
        var partial = Directory.CreateDirectory(Path.Combine(folder, $".export-{Guid.NewGuid():N}")).FullName;
        try
        {
            ExportResult written;
            await using (var graph = await GraphSnapshot.OpenAsync(store, cancellationToken))
            {
                written = format switch
                {
                    ExportFormat.Neo4jCsv => await Neo4jCsvExport.WriteAsync(graph, schema, partial, schemaCypherPath ?? Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.cypher"), cancellationToken),
                    ExportFormat.GraphMl => await GraphMlExport.WriteAsync(graph, schema, partial, cancellationToken),
                    _ => await JsonExport.WriteAsync(graph, partial, cancellationToken),
                };
            }

            var files = new List<string>();
            foreach (var file in written.Files)
            {
                var target = Path.Combine(Path.GetFullPath(folder), Path.GetFileName(file));
                File.Move(file, target, overwrite: true);
                files.Add(target);
            }

            return written with { Files = files };
        }
        finally
        {
            try
            {
                Directory.Delete(partial, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An empty hidden folder left behind harms nothing; the export's own outcome matters.
            }
        }
    }
}
