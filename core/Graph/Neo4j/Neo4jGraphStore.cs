using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// The graph in a Neo4j server, through its HTTP Query API (<see cref="Neo4jQueryClient"/>).
/// graph-schema/schema.cypher (constraints and indexes) is applied on first use; a document is
/// written in one explicit transaction (<see cref="Neo4jDocumentWriter"/>); the layout is
/// described on <see cref="Neo4jRows"/>. Writes are serialised within this process, and writers in
/// other processes wait on the nodes they share (<see cref="Neo4jDocumentWriter"/>).
/// </summary>
internal sealed class Neo4jGraphStore : GraphStoreBase
{
    private readonly HttpClient http;
    private readonly string schemaCypherPath;
    private readonly Neo4jQueryClient client;
    private readonly Neo4jGraphReader reader;

    /// <param name="http">Its <see cref="HttpClient.BaseAddress"/> is the server's; the store owns and disposes it.</param>
    /// <param name="options">Database, credentials and retries.</param>
    /// <param name="schema">Labels and relation types: the only names written into statements.</param>
    /// <param name="schemaCypherPath">graph-schema/schema.cypher.</param>
    public Neo4jGraphStore(HttpClient http, Neo4jOptions options, GraphSchema schema, string schemaCypherPath)
        : base(schema)
    {
        this.http = http;
        this.schemaCypherPath = schemaCypherPath;
        client = new Neo4jQueryClient(http, options);
        reader = new Neo4jGraphReader(client, schema);
    }

    /// <summary>The statements of a .cypher file: separated by semicolons, <c>//</c> comment lines left out.</summary>
    public static IReadOnlyList<string> ReadStatements(string path) => string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        .Split(';')
        .Select(s => s.Trim())
        .Where(s => s.Length > 0)
        .ToArray();

    public override ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> statements;
        try
        {
            statements = ReadStatements(schemaCypherPath);
        }
        catch (IOException e)
        {
            throw new GraphStoreException($"The Neo4j schema {schemaCypherPath} cannot be read: {e.Message}", e);
        }

        foreach (var statement in statements)
        {
            await client.RunAsync(statement, null, cancellationToken);
        }
    }

    // Each of a call's queries runs on its own: Neo4j reads what is committed when each runs.
    protected override Task<T> RunReadAsync<T>(Func<IGraphStoreReader, Task<T>> read, CancellationToken cancellationToken) => Guard(() => read(reader));

    protected override Task<bool[]> RunWriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) => Guard(() => client.InTransactionAsync(
        transaction => Neo4jDocumentWriter.ApplyAsync(transaction, Schema, writes, cancellationToken),
        cancellationToken));

    /// <summary>
    /// Turns answers that do not read as the store expects (a missing column, a value of another
    /// type, JSON it did not write) into <see cref="GraphStoreException"/>, as the contract says.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidCastException or IndexOutOfRangeException)
        {
            throw new GraphStoreException($"Neo4j at {http.BaseAddress} answered with data the store cannot read: {e.Message}", e);
        }
    }
}
