using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// An in-memory stand-in for a Neo4j server, answering the HTTP Query API for the statements that
/// Neo4jGraphStore sends, so that the graph store contract runs through the Neo4j store's real code
/// (its statements, parameters, transactions and the reading of answers).
/// </summary>
/// <remarks>
/// <para>This is a fake of OUR statements, not a Cypher engine. Each statement the store sends is
/// recognised by its exact text (runs of whitespace count as one space; labels and relation types
/// stand between backticks) and carried out by C# code over in-memory nodes and relationships,
/// taking every value from the request's parameters. A statement it does not know is answered
/// with a <c>Neo.ClientError.Statement.SyntaxError</c>, so a change to a statement of the store
/// fails the contract tests until the matching handler here is changed with it.</para>
/// <para>The wire format is the Query API's: <c>POST /db/{db}/query/v2</c> runs one statement in
/// its own transaction; <c>POST …/tx</c> opens a transaction, <c>POST …/tx/{id}</c> runs a
/// statement in it, <c>POST …/tx/{id}/commit</c> commits it and <c>DELETE …/tx/{id}</c> rolls it
/// back; results are <c>{"data": {"fields", "values"}, "bookmarks"}</c> with plain JSON values
/// (the store asks with <c>Accept: application/json</c>; other media types are refused); failures
/// are <c>{"errors": [{"code", "message"}]}</c>, and a failed statement ends its transaction.</para>
/// <para>Isolation is simpler than Neo4j's: an explicit transaction works on its own copy of the
/// graph, and explicit transactions run one at a time (a second one waits for the first to commit
/// or roll back), so the fake cannot show how Neo4j's locks order two concurrent writers. A
/// statement sent on its own reads what is committed, meanwhile too, and may not write (our store
/// writes only in explicit transactions). The uniqueness
/// constraints of schema.cypher that the store relies on are kept: one <c>Entity</c> per
/// <c>id</c>, one <c>Contribution</c> per (document, kind, item).</para>
/// </remarks>
internal sealed partial class InMemoryNeo4jServer : HttpMessageHandler
{
    private const string NodeColumns =
        "n.id, [l IN labels(n) WHERE l <> 'Entity'], n.name, n.aliases, [k IN keys(n) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'name', 'aliases'] | [k, n[k]]]";

    private const string NodeEvidence = "COLLECT { MATCH (c:Contribution {kind: 'node', item: n.id}) RETURN c.evidence ORDER BY c.seq }";

    private const string RelationColumns =
        "r.id, type(r), startNode(r).id, endNode(r).id, r.key, [k IN keys(r) WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'key'] | [k, r[k]]]";

    private const string RelationEvidence = "COLLECT { MATCH (c:Contribution {kind: 'relation', item: r.id}) RETURN c.evidence ORDER BY c.seq }";

    private static readonly Regex Endpoint = new(@"^(?:/[^/]+)*/db/(?<db>[^/]+)/query/v2(?:/tx(?:/(?<tx>[^/]+)(?<commit>/commit)?)?)?$");
    private static readonly Regex UpsertNodes = new(@"^UNWIND \$rows AS row MERGE \(n:Entity \{id: row\.id\}\) SET n = row\.properties, n:`(?<label>\w+)` REMOVE n:(?<others>`\w+`(?::`\w+`)*)$");
    private static readonly Regex UpsertRelations = new(
        @"^UNWIND \$rows AS row MATCH \(a:Entity \{id: row\.from\}\) MATCH \(b:Entity \{id: row\.to\}\) MERGE \(a\)-\[r:`(?<type>\w+)` \{id: row\.id\}\]->\(b\) SET r = row\.properties$");

    private readonly SemaphoreSlim transactionTurn = new(1, 1);
    private readonly Dictionary<string, FakeGraph> transactions = [];
    private readonly object gate = new();
    private FakeGraph committed = new();
    private int transactionCount;
    private int requests;

    /// <summary>HTTP requests answered so far: statements, and opening, committing and rolling back transactions.</summary>
    public int Requests => requests;

    /// <summary>The statements run so far (whitespace as sent), with their parameters.</summary>
    public List<(string Text, JsonObject Parameters)> Statements { get; } = [];

    /// <summary>
    /// When it gives an error code for a statement (whitespace as sent), the statement fails with
    /// that code instead of running, as a server failing part way through a transaction would.
    /// </summary>
    public Func<string, string?> Fail { get; set; } = _ => null;

    /// <summary>The committed Contribution nodes' properties, for tests of what a write touched.</summary>
    public IReadOnlyList<JsonObject> CommittedContributions()
    {
        lock (gate)
        {
            return committed.Nodes.Where(n => n.Labels.Contains("Contribution")).Select(n => (JsonObject)n.Properties.DeepClone()).ToList();
        }
    }

    /// <summary>How many Contribution nodes were ever created, so that a test sees whether a write recreated another document's.</summary>
    public int ContributionsCreated { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        var match = Endpoint.Match(request.RequestUri!.AbsolutePath);
        if (!match.Success)
        {
            return Failure(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid", $"No Query API endpoint at {request.RequestUri.AbsolutePath}.");
        }

        if (!request.Headers.Accept.Any(a => a.MediaType == "application/json"))
        {
            return Failure(HttpStatusCode.NotAcceptable, "Neo.ClientError.Request.Invalid", "This fake answers application/json only.");
        }

        var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        var transaction = match.Groups["tx"].Success ? match.Groups["tx"].Value : null;
        var isTransactionPath = request.RequestUri.AbsolutePath.Contains("/query/v2/tx", StringComparison.Ordinal);

        if (request.Method == HttpMethod.Post && isTransactionPath && transaction is null)
        {
            await transactionTurn.WaitAsync(cancellationToken);
            string id;
            lock (gate)
            {
                id = $"tx-{++transactionCount}";
                transactions[id] = committed.Copy();
            }

            return Answer(HttpStatusCode.Accepted, new JsonObject
            {
                ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
                ["transaction"] = new JsonObject { ["id"] = id, ["expires"] = DateTime.UtcNow.AddSeconds(30).ToString("O") },
            });
        }

        if (transaction is not null)
        {
            FakeGraph? graph;
            lock (gate)
            {
                transactions.TryGetValue(transaction, out graph);
            }

            if (graph is null)
            {
                return Failure(HttpStatusCode.NotFound, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {transaction} is not open.");
            }

            if (request.Method == HttpMethod.Delete)
            {
                End(transaction, commit: false);
                return Answer(HttpStatusCode.OK, new JsonObject());
            }

            if (match.Groups["commit"].Success)
            {
                End(transaction, commit: true);
                return Answer(HttpStatusCode.Accepted, new JsonObject { ["bookmarks"] = new JsonArray("FB:fake") });
            }

            try
            {
                return Answer(HttpStatusCode.Accepted, Run(graph, body, readOnly: false));
            }
            catch (StatementFailure failure)
            {
                End(transaction, commit: false);
                return Failure(HttpStatusCode.BadRequest, failure.Code, failure.Message);
            }
        }

        // A statement in its own transaction reads what is committed, while explicit transactions go on.
        FakeGraph current;
        lock (gate)
        {
            current = committed;
        }

        try
        {
            return Answer(HttpStatusCode.Accepted, Run(current, body, readOnly: true));
        }
        catch (StatementFailure failure)
        {
            return Failure(HttpStatusCode.BadRequest, failure.Code, failure.Message);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            transactionTurn.Dispose();
        }

        base.Dispose(disposing);
    }

    private void End(string transaction, bool commit)
    {
        lock (gate)
        {
            if (commit)
            {
                committed = transactions[transaction];
            }

            transactions.Remove(transaction);
        }

        transactionTurn.Release();
    }
}
