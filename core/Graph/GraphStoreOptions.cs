namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Which graph store to use and where it is: configuration section <c>GraphStore</c>
/// (<c>GraphStore:Provider</c>, <c>GraphStore:Neo4j:Url</c> …).
/// </summary>
public sealed class GraphStoreOptions
{
    public const string SectionName = "GraphStore";

    public const string SqliteProvider = "sqlite";

    public const string Neo4jProvider = "neo4j";

    /// <summary><c>sqlite</c> (the default: a file <c>graph.db</c> in <see cref="DataFolder"/>) or <c>neo4j</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The data folder; when empty, <see cref="Core.DataFolder.Resolve"/> decides (KG_DATA, then the repository's data/).</summary>
    public string? DataFolder { get; set; }

    /// <summary>Folder holding schema.json, schema.sql and schema.cypher; the copy beside the program by default.</summary>
    public string SchemaFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "graph-schema");

    /// <summary>The server, when <see cref="Provider"/> is <c>neo4j</c>.</summary>
    public Neo4jOptions Neo4j { get; set; } = new();
}

/// <summary>How to reach a Neo4j server over its HTTP Query API.</summary>
public sealed class Neo4jOptions
{
    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c>.</summary>
    public string? Url { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer token; used instead of user and password when set.</summary>
    public string? Token { get; set; }

    /// <summary>How often a request is tried when the server reports a transient failure (1 = no retry).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
