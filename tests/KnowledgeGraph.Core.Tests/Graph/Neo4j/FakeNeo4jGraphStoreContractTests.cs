using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Neo4j;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// The graph store contract against the Neo4j store, talking HTTP to <see cref="InMemoryNeo4jServer"/>:
/// every statement, parameter, transaction and answer goes through the store's own code.
/// </summary>
public sealed class FakeNeo4jGraphStoreContractTests : GraphStoreContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(FakeNeo4j.Store(new InMemoryNeo4jServer()));
}

internal static class FakeNeo4j
{
    public static readonly string SchemaCypher = Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.cypher");

    /// <summary>A Neo4j store whose requests <paramref name="server"/> answers; the store disposes it.</summary>
    public static Neo4jGraphStore Store(InMemoryNeo4jServer server) => new(
        new HttpClient(server) { BaseAddress = new Uri("http://neo4j.test:7474/") },
        new Neo4jOptions { User = "neo4j", Password = "secret", RetryDelay = TimeSpan.Zero },
        GraphSchema.Load(),
        SchemaCypher);
}
