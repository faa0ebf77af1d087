using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Neo4j;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>What the Neo4j store sends over the Query API and how it reads the answers, against a fake server.</summary>
public sealed class Neo4jGraphStoreRequestTests
{
    private const string QueryPath = "/db/neo4j/query/v2";

    private static readonly string SchemaCypher = Path.Combine(AppContext.BaseDirectory, "graph-schema", "schema.cypher");

    private readonly FakeNeo4jServer server = new();

    private static int SchemaStatements => Neo4jGraphStore.ReadStatements(SchemaCypher).Count;

    [Fact]
    public async Task The_constraints_of_schema_cypher_are_sent_once_before_the_first_query()
    {
        await using var store = Store();

        await store.GetNodeAsync(Huaian);
        await store.GetNodeAsync(Jiangsu);

        var statements = server.Statements.Select(r => r.Statement!).ToList();
        Assert.Equal(SchemaStatements + 2, statements.Count);
        Assert.Equal(Neo4jGraphStore.ReadStatements(SchemaCypher), statements.Take(SchemaStatements));
        foreach (var label in GraphSchema.Load().Labels.Keys)
        {
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }

        Assert.All(server.Requests, r => Assert.Equal((HttpMethod.Post, QueryPath), (r.Method, r.Path)));
    }

    [Fact]
    public async Task Values_travel_as_parameters_and_never_inside_a_statement()
    {
        await using var store = Store();
        const string hostile = "市政协'}) DETACH DELETE n //";

        await store.GetNodeAsync(HuaianCommittee);
        await store.FindNodesAsync(hostile, "Committee", 5);
        await store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(2, ["LOCATED_IN"], ["Place"], 50));

        var queries = server.Statements.Skip(SchemaStatements).ToList();
        Assert.All(queries, q => Assert.DoesNotContain("政协", q.Statement!));
        Assert.DoesNotContain("DETACH", queries[1].Statement!);
        Assert.Equal(HuaianCommittee, queries[0].Parameters.GetProperty("id").GetString());
        Assert.Equal(hostile, queries[1].Parameters.GetProperty("text").GetString());
        Assert.Equal("Committee", queries[1].Parameters.GetProperty("label").GetString());
        Assert.Equal(5, queries[1].Parameters.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task A_document_is_written_in_one_transaction_that_is_opened_run_and_committed()
    {
        await using var store = Store();

        await store.ReplaceDocumentAsync(Huaian2024());

        var transaction = server.Requests.Skip(SchemaStatements).ToList();
        Assert.Equal((HttpMethod.Post, $"{QueryPath}/tx"), (transaction[0].Method, transaction[0].Path));
        Assert.All(transaction.Skip(1).SkipLast(1), r => Assert.Equal((HttpMethod.Post, $"{QueryPath}/tx/tx-1"), (r.Method, r.Path)));
        Assert.Equal((HttpMethod.Post, $"{QueryPath}/tx/tx-1/commit"), (transaction[^1].Method, transaction[^1].Path));
        Assert.DoesNotContain(server.Requests, r => r.Method == HttpMethod.Delete);

        var statements = transaction.Where(r => r.Statement is not null).ToList();
        Assert.All(statements, s => Assert.DoesNotContain("淮安", s.Statement!));
        Assert.All(statements, s => Assert.DoesNotContain("doc:", s.Statement!));
        Assert.Contains(statements, s => s.Statement!.Contains("UNWIND $rows AS row", StringComparison.Ordinal) && s.Statement.Contains("n:`Committee`", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Statement!.Contains("[r:`CONDUCTED` {id: row.id}]", StringComparison.Ordinal));
        var committees = statements.Single(s => s.Statement!.Contains("n:`Committee`", StringComparison.Ordinal)).Parameters.GetProperty("rows");
        Assert.Equal("政协淮安市委员会", committees[0].GetProperty("properties").GetProperty("name").GetString());
        var visits = statements.Single(s => s.Statement!.Contains("n:`Activity`", StringComparison.Ordinal)).Parameters.GetProperty("rows");
        Assert.Equal("603.0", visits[0].GetProperty("properties").GetProperty("value").GetRawText()); // a float for Neo4j, not an integer
    }

    [Fact]
    public async Task Basic_authentication_sends_the_user_and_password_with_every_request()
    {
        await using var store = Store(new Neo4jOptions { User = "neo4j", Password = "委员之家2024" });

        await store.CountAsync();

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:委员之家2024"));
        Assert.All(server.Requests, r => Assert.Equal(expected, r.Authorization));
    }

    [Fact]
    public async Task A_token_is_sent_as_bearer_authentication_instead_of_the_password()
    {
        await using var store = Store(new Neo4jOptions { User = "neo4j", Password = "unused", Token = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln" });

        await store.ReplaceDocumentAsync(Village2024());

        Assert.All(server.Requests, r => Assert.Equal("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", r.Authorization));
    }

    [Fact]
    public async Task A_503_answer_is_tried_again_and_the_query_then_succeeds()
    {
        await using var store = Store();
        var failures = 1;
        server.Respond = r => IsGetNode(r) && failures-- > 0 ? FakeNeo4jServer.Answer(HttpStatusCode.ServiceUnavailable, "") : null;

        await store.GetNodeAsync(Huaian);

        Assert.Equal(2, server.Requests.Count(IsGetNode));
    }

    [Fact]
    public async Task A_transient_Neo4j_error_is_tried_again_and_the_query_then_succeeds()
    {
        await using var store = Store();
        var failures = 2;
        server.Respond = r => IsGetNode(r) && failures-- > 0
            ? FakeNeo4jServer.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : null;

        await store.GetNodeAsync(Huaian);

        Assert.Equal(3, server.Requests.Count(IsGetNode));
    }

    [Fact]
    public async Task A_client_error_is_not_tried_again_and_fails_with_the_servers_message()
    {
        await using var store = Store();
        server.Respond = r => IsGetNode(r)
            ? FakeNeo4jServer.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCH': expected an expression")
            : null;

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetNodeAsync(Huaian));

        Assert.Contains("Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH': expected an expression", error.Message);
        Assert.Equal(1, server.Requests.Count(IsGetNode));
    }

    [Fact]
    public async Task An_answer_that_does_not_read_as_a_node_fails_with_GraphStoreException()
    {
        await using var store = Store();
        server.Respond = r => IsGetNode(r)
            ? FakeNeo4jServer.Rows(["n.id", "labels", "n.name", "n.aliases", "properties", "sources"], """[[42, ["Place"], "淮安市", [], [], null]]""")
            : null;

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetNodeAsync(Huaian));

        Assert.Contains("cannot read", error.Message);
    }

    [Fact]
    public async Task A_statement_failing_inside_a_transaction_rolls_the_transaction_back()
    {
        await using var store = Store();
        server.Respond = r => r.Statement?.Contains("n:`Topic`", StringComparison.Ordinal) == true
            ? FakeNeo4jServer.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(42) already exists with label `Topic` and property `id` = 'topic:民营经济'")
            : null;

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ReplaceDocumentAsync(Huaian2024()));

        Assert.Contains("already exists", error.Message);
        Assert.Equal((HttpMethod.Delete, $"{QueryPath}/tx/tx-1"), (server.Requests[^1].Method, server.Requests[^1].Path));
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transaction_failing_transiently_is_rolled_back_and_run_again_whole()
    {
        await using var store = Store();
        var failures = 1;
        server.Respond = r => r.Statement?.Contains("n:`Topic`", StringComparison.Ordinal) == true && failures-- > 0
            ? FakeNeo4jServer.Error(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available")
            : null;

        await store.ReplaceDocumentAsync(Huaian2024());

        var paths = server.Requests.Skip(SchemaStatements).Select(r => (r.Method.Method, r.Path)).ToList();
        Assert.Equal(2, paths.Count(p => p == ("POST", $"{QueryPath}/tx")));
        Assert.Equal(1, paths.Count(p => p == ("DELETE", $"{QueryPath}/tx/tx-1")));
        Assert.Equal(("POST", $"{QueryPath}/tx/tx-1/commit"), paths[^1]);
    }

    [Fact]
    public async Task A_node_is_read_from_the_answer_with_typed_properties_and_its_evidence()
    {
        await using var store = Store();
        var evidence = Contributions.EvidenceJson(Huaian2024().Nodes.Single(n => n.Id == Visit).Evidence);
        server.Respond = r => IsGetNode(r)
            ? FakeNeo4jServer.Rows(
                ["n.id", "[l IN labels(n) WHERE l <> 'Entity']", "n.name", "n.aliases", "properties", "evidence"],
                JsonSerializer.Serialize(new object[]
                {
                    new object[]
                    {
                        Visit, new[] { "Activity" }, "走访民营企业", Array.Empty<string>(),
                        new object[] { new object[] { "kind", "走访" }, new object[] { "value", 603 }, new object[] { "year", 2024 }, new object[] { "unit", "家" } },
                        new[] { evidence },
                    },
                }))
            : null;

        var node = await store.GetNodeAsync(Visit);

        Assert.NotNull(node);
        Assert.Equal(("Activity", "走访民营企业"), (node.Label, node.Name));
        Assert.Equal(603.0, Assert.IsType<double>(node.Properties["value"]));
        Assert.Equal(2024L, Assert.IsType<long>(node.Properties["year"]));
        Assert.Equal("家", node.Properties["unit"]);
        Assert.Equal("走访民营企业603家", Assert.Single(node.Evidence).Text);
    }

    [Fact]
    public async Task A_neighbourhood_is_read_from_the_answers_to_its_expansion_and_relation_queries()
    {
        await using var store = Store();
        server.Respond = r => r.Statement switch
        {
            { } s when s.StartsWith("UNWIND $ids AS id MATCH (n:Entity", StringComparison.Ordinal) => FakeNeo4jServer.Rows(
                ["id", "labels", "name", "aliases", "properties"],
                JsonSerializer.Serialize(r.Parameters.GetProperty("ids").EnumerateArray().Select(id => id.GetString() switch
                {
                    HuaianCommittee => new object[] { HuaianCommittee, new[] { "Committee" }, "政协淮安市委员会", new[] { "淮安市政协" }, new object[] { new object[] { "level", "市" } } },
                    var place => new object[] { place!, new[] { "Place" }, "淮安市", Array.Empty<string>(), new object[] { new object[] { "code", "320800" } } },
                }))),
            { } s when s.Contains("RETURN s.id, n.id, r.id", StringComparison.Ordinal) => FakeNeo4jServer.Rows(
                ["s.id", "n.id", "r.id"], JsonSerializer.Serialize(new[] { new[] { HuaianCommittee, Huaian, $"{HuaianCommittee}|LOCATED_IN|{Huaian}" } })),
            { } s when s.Contains("MATCH (a:Entity)-[r]->(b:Entity)", StringComparison.Ordinal) => FakeNeo4jServer.Rows(
                ["id", "type", "from", "to", "key", "properties", "sources"],
                JsonSerializer.Serialize(new[] { new object?[] { $"{HuaianCommittee}|LOCATED_IN|{Huaian}", "LOCATED_IN", HuaianCommittee, Huaian, "", Array.Empty<object>(), null } })),
            _ => null,
        };

        var neighbours = await store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 1));

        Assert.Equal([HuaianCommittee, Huaian], neighbours.Nodes.Select(n => n.Id));
        Assert.Equal(["淮安市政协"], neighbours.Nodes[0].Aliases);
        Assert.Equal("320800", neighbours.Nodes[1].Properties["code"]);
        var relation = Assert.Single(neighbours.Relations);
        Assert.Equal(("LOCATED_IN", HuaianCommittee, Huaian), (relation.Type, relation.From, relation.To));
        Assert.False(neighbours.Truncated);
    }

    [Theory]
    [InlineData("http://neo4j.test:7474/neo4j")]
    [InlineData("http://neo4j.test:7474/neo4j/")]
    public async Task A_server_behind_a_path_prefix_is_asked_under_that_prefix(string url)
    {
        var options = new Neo4jOptions { RetryDelay = TimeSpan.Zero };
        await using var store = new Neo4jGraphStore(new HttpClient(server) { BaseAddress = GraphStores.ServerAddress(new Uri(url)) }, options, GraphSchema.Load(), SchemaCypher);

        await store.GetNodeAsync(Huaian);

        Assert.All(server.Requests, r => Assert.Equal($"/neo4j{QueryPath}", r.Path));
    }

    private static bool IsGetNode(RecordedRequest request) => request.Statement?.StartsWith("MATCH (n:Entity {id: $id})", StringComparison.Ordinal) == true;

    private Neo4jGraphStore Store(Neo4jOptions? options = null)
    {
        options ??= new Neo4jOptions { User = "neo4j", Password = "secret" };
        options.RetryDelay = TimeSpan.Zero;
        return new Neo4jGraphStore(new HttpClient(server) { BaseAddress = new Uri("http://neo4j.test:7474/") }, options, GraphSchema.Load(), SchemaCypher);
    }
}
