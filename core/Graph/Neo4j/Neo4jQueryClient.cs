using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Neo4j;

/// <summary>
/// Neo4j's HTTP Query API over <see cref="HttpClient"/>: single queries and explicit transactions,
/// with retries of transient failures.
/// </summary>
/// <remarks>
/// What this relies on, from the Query API manual (neo4j.com/docs/query-api/current: "Query the
/// database", "Run transactions", "Endpoints", "Headers") and the status codes list
/// (neo4j.com/docs/status-codes/current/errors/all-errors):
/// <list type="bullet">
/// <item>A query is <c>POST /db/{database}/query/v2</c> with <c>{"statement": …, "parameters": {…}}</c>;
/// the answer is <c>{"data": {"fields": [names], "values": [[row], …]}, "bookmarks": […]}</c>.
/// With <c>Accept: application/json</c> values are plain JSON (no type wrappers), so ours are typed
/// by the schema on reading.</item>
/// <item>An explicit transaction opens with <c>POST …/query/v2/tx</c> (the body may be empty); the
/// answer carries <c>{"transaction": {"id": …, "expires": …}}</c> and, on Aura, a
/// <c>neo4j-cluster-affinity</c> header that every later request of the transaction repeats.
/// Statements run with <c>POST …/tx/{id}</c>, <c>POST …/tx/{id}/commit</c> commits and
/// <c>DELETE …/tx/{id}</c> rolls back.</item>
/// <item>Failures answer <c>{"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": …}]}</c>;
/// codes of the class <c>Neo.TransientError</c> may succeed when tried again. A failed statement
/// ends its transaction on the server.</item>
/// <item>Requests authenticate with <c>Authorization: Basic …</c> or <c>Bearer …</c>.</item>
/// </list>
/// A transaction that fails transiently is tried again as a whole: the stores' units of work
/// (replace or delete one document) are idempotent.
/// </remarks>
internal sealed class Neo4jQueryClient
{
    private readonly HttpClient http;
    private readonly Neo4jOptions options;
    private readonly string queryPath;
    private readonly AuthenticationHeaderValue? authorization;

    public Neo4jQueryClient(HttpClient http, Neo4jOptions options)
    {
        this.http = http;
        this.options = options;
        queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        authorization = !string.IsNullOrEmpty(options.Token)
            ? new AuthenticationHeaderValue("Bearer", options.Token)
            : options.User is null ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>Runs one statement in its own transaction.</summary>
    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RetryAsync(() => SendAsync(HttpMethod.Post, queryPath, Body(statement, parameters), null, cancellationToken), cancellationToken);

    /// <summary>Runs <paramref name="work"/> in an explicit transaction and commits it; rolls back when anything fails.</summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken) => RetryAsync(
        async () =>
        {
            var opened = await SendAsync(HttpMethod.Post, $"{queryPath}/tx", null, null, cancellationToken);
            var id = opened.TransactionId ?? throw new Neo4jFailure($"Neo4j at {http.BaseAddress}{queryPath}/tx opened no transaction (no transaction.id in its answer).", transient: false);
            var transaction = new Neo4jTransaction(this, $"{queryPath}/tx/{Uri.EscapeDataString(id)}", opened.Affinity);
            var committed = false;
            try
            {
                var result = await work(transaction);
                await SendAsync(HttpMethod.Post, transaction.Path + "/commit", null, transaction.Affinity, cancellationToken);
                committed = true;
                return result;
            }
            finally
            {
                if (!committed)
                {
                    await RollBackAsync(transaction);
                }
            }
        },
        cancellationToken);

    internal Task<Neo4jResult> RunInAsync(Neo4jTransaction transaction, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, transaction.Path, Body(statement, parameters), transaction.Affinity, cancellationToken);

    private async Task RollBackAsync(Neo4jTransaction transaction)
    {
        // Best effort: the server may have ended the transaction already, and it expires anyway.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await SendAsync(HttpMethod.Delete, transaction.Path, null, transaction.Affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jFailure or OperationCanceledException)
        {
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var count = 1; ; count++)
        {
            try
            {
                return await attempt();
            }
            catch (Neo4jFailure failure) when (failure.Transient && count < options.MaxAttempts)
            {
                var delay = options.RetryDelay * Math.Pow(2, count - 1);
                await Task.Delay(delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay, cancellationToken);
            }
            catch (Neo4jFailure failure)
            {
                throw new GraphStoreException(failure.Message, failure);
            }
        }
    }

    private async Task<Neo4jResult> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        var where = $"Neo4j at {http.BaseAddress}{path}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jFailure($"{where} cannot be reached: {e.Message}", transient: true, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jFailure($"{where} did not answer in time.", transient: true, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var root = Parse(text);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var list = errors.EnumerateArray().Select(e => (Code: Text(e, "code"), Message: Text(e, "message"))).ToList();
                throw new Neo4jFailure(
                    $"{where}: {string.Join("; ", list.Select(e => $"{e.Code}: {e.Message}"))}",
                    transient: list.Any(e => e.Code.StartsWith("Neo.TransientError", StringComparison.Ordinal)));
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new Neo4jFailure($"{where} refused the credentials ({(int)response.StatusCode}): check GraphStore:Neo4j:User and Password, or Token.", transient: false);
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new Neo4jFailure($"{where} answered {status} {response.ReasonPhrase}: {text[..Math.Min(text.Length, 500)]}", transient: status >= 500 || status == 429);
            }

            return Neo4jResult.Read(root, response.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.FirstOrDefault() : null);
        }
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static byte[] Body(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            PropertyJson.Write(writer, parameters ?? new Dictionary<string, object?>());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}

/// <summary>An open explicit transaction: statements run in it until the client commits or rolls back.</summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity)
{
    public string Path { get; } = path;

    public string? Affinity { get; } = affinity;

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        client.RunInAsync(this, statement, parameters, cancellationToken);
}

/// <summary>The rows of an answer (values in the order of <see cref="Fields"/>), and a new transaction's id.</summary>
internal sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows, string? TransactionId, string? Affinity)
{
    public static Neo4jResult Read(JsonElement root, string? affinity)
    {
        var fields = new List<string>();
        var rows = new List<JsonElement[]>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            fields.AddRange(PropertyJson.Strings(data.GetProperty("fields")));
            rows.AddRange(data.GetProperty("values").EnumerateArray().Select(row => row.EnumerateArray().ToArray()));
        }

        var transactionId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("transaction", out var transaction)
            && transaction.TryGetProperty("id", out var id) ? id.GetString() : null;
        return new Neo4jResult(fields, rows, transactionId, affinity);
    }
}

/// <summary>A request that failed, and whether trying again may help.</summary>
internal sealed class Neo4jFailure(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
