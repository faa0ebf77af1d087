using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Neo4j;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// The graph store contract against a live Neo4j server, when <c>NEO4J_URL</c> (with
/// <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>, optional <c>NEO4J_DATABASE</c>) names one. Each test
/// empties the database first: point it at a database kept for tests.
/// </summary>
[RunsWhenSet(LiveNeo4j.UrlVariable)]
public sealed class LiveNeo4jGraphStoreTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = LiveNeo4j.Options();
        using (var http = new HttpClient { BaseAddress = new Uri(options.Neo4j.Url!) })
        {
            await new Neo4jQueryClient(http, options.Neo4j).RunAsync("MATCH (n) DETACH DELETE n", null, CancellationToken.None);
        }

        return GraphStores.Create(options, GraphSchema.Load());
    }
}

/// <summary>Says in the test output whether the live Neo4j contract tests ran.</summary>
public sealed class LiveNeo4jNotice(ITestOutputHelper output)
{
    [Fact]
    public void The_output_says_whether_the_live_Neo4j_contract_tests_ran()
    {
        var url = Environment.GetEnvironmentVariable(LiveNeo4j.UrlVariable);
        output.WriteLine(string.IsNullOrEmpty(url)
            ? $"{LiveNeo4j.UrlVariable} not set: live Neo4j contract tests did not run (set NEO4J_URL, NEO4J_USER and NEO4J_PASSWORD to run them)."
            : $"{LiveNeo4j.UrlVariable}={url}: live Neo4j contract tests ran ({nameof(LiveNeo4jGraphStoreTests)}).");
    }
}

internal static class LiveNeo4j
{
    public const string UrlVariable = "NEO4J_URL";

    public static GraphStoreOptions Options() => new()
    {
        Provider = GraphStoreOptions.Neo4jProvider,
        Neo4j = new Neo4jOptions
        {
            Url = Environment.GetEnvironmentVariable(UrlVariable),
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
        },
    };
}
