using KnowledgeGraph.Core.Graph.Neo4j;
using KnowledgeGraph.Core.Graph.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Graph;

/// <summary>Registers the graph store chosen by <see cref="GraphStoreOptions"/>.</summary>
public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GraphSchema"/> and <see cref="IGraphStore"/> as singletons, configured from
    /// <see cref="GraphStoreOptions"/> (configuration section <c>GraphStore</c>) and then
    /// <paramref name="configure"/>. The store is created on first use and initialised lazily.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, Action<GraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphStoreOptions>().BindConfiguration(GraphStoreOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => GraphSchema.Load(Path.Combine(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.SchemaFolder, "schema.json")));
        services.TryAddSingleton(sp => GraphStores.Create(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value, sp.GetRequiredService<GraphSchema>()));
        return services;
    }
}

/// <summary>Creates the store that options name, for hosts without dependency injection.</summary>
public static class GraphStores
{
    /// <summary>The SQLite file's name in the data folder.</summary>
    public const string SqliteFileName = "graph.db";

    /// <summary>
    /// A store as <paramref name="options"/> say; the caller owns it. Nothing is opened yet.
    /// </summary>
    /// <exception cref="ArgumentException">The provider is unknown, or Neo4j is chosen without a valid URL.</exception>
    public static IGraphStore Create(GraphStoreOptions options, GraphSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        schema ??= GraphSchema.Load(Path.Combine(options.SchemaFolder, "schema.json"));
        switch (options.Provider.Trim().ToLowerInvariant())
        {
            case GraphStoreOptions.SqliteProvider:
                var path = Path.Combine(DataFolder.Resolve(options.DataFolder), SqliteFileName);
                return new SqliteGraphStore(path, schema, Path.Combine(options.SchemaFolder, "schema.sql"));
            case GraphStoreOptions.Neo4jProvider:
                var neo4j = options.Neo4j;
                if (!Uri.TryCreate(neo4j.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                {
                    throw new ArgumentException(
                        $"GraphStore:Neo4j:Url must be the server's HTTP address (e.g. http://localhost:7474); it is '{neo4j.Url}'.", nameof(options));
                }

                var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                {
                    BaseAddress = ServerAddress(url),
                    Timeout = neo4j.RequestTimeout,
                };
                return new Neo4jGraphStore(http, neo4j, schema, Path.Combine(options.SchemaFolder, "schema.cypher"));
            default:
                throw new ArgumentException(
                    $"GraphStore:Provider must be '{GraphStoreOptions.SqliteProvider}' or '{GraphStoreOptions.Neo4jProvider}'; it is '{options.Provider}'.", nameof(options));
        }
    }

    /// <summary>
    /// The server's address as a base for relative paths: with a trailing slash, so that a server
    /// behind a path prefix (http://host/neo4j) keeps its last segment (…/neo4j/db/…, not …/db/…).
    /// </summary>
    internal static Uri ServerAddress(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
}
