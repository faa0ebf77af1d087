using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Graph.Neo4j;

/// <summary>
/// Stands in for a Neo4j server's Query API: records every request and answers with
/// <see cref="Respond"/> when it gives an answer, else with an empty result (or a new transaction
/// with id <c>tx-1</c> for <c>POST …/tx</c>).
/// </summary>
internal sealed class FakeNeo4jServer : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The answer to a request, or null for the default one.</summary>
    public Func<RecordedRequest, HttpResponseMessage?> Respond { get; set; } = _ => null;

    /// <summary>The requests that ran a statement (queries and transaction statements).</summary>
    public IEnumerable<RecordedRequest> Statements => Requests.Where(r => r.Statement is not null);

    public static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A query result in the Query API's plain JSON form.</summary>
    public static HttpResponseMessage Rows(string[] fields, string valuesJson) =>
        Answer(HttpStatusCode.Accepted, $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":{{valuesJson}}},"bookmarks":["FB:kcwQ"]}""");

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Answer(status, $$"""{"errors":[{"code":"{{code}}","message":{{JsonSerializer.Serialize(message)}}}]}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(), body);
        Requests.Add(recorded);
        return Respond(recorded)
            ?? (recorded.Method == HttpMethod.Post && recorded.Path.EndsWith("/tx", StringComparison.Ordinal)
                ? Answer(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-1","expires":"2025-01-15T10:00:00Z"}}""")
                : Rows([], "[]"));
    }
}

/// <summary>One request as the fake server saw it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? Authorization, string Body)
{
    public string? Statement => Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.GetProperty("statement").GetString();

    public JsonElement Parameters => JsonDocument.Parse(Body).RootElement.GetProperty("parameters");
}
