using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>
/// Every GET operation of the generated OpenAPI document, called as Swagger UI's "Try it out"
/// calls it (every parameter that has an example filled in with it), answers 200 with content
/// on the seeds.
/// </summary>
public class SwaggerExamplesTests(SeededApplication app) : IClassFixture<SeededApplication>
{
    // Where each operation's content is: an array that must not be empty (#: a count that must be
    // positive; {: an object that must have members). A GET operation missing here fails the test, so a
    // new endpoint is checked as soon as it is added.
    private static readonly Dictionary<string, string> Content = new(StringComparer.Ordinal)
    {
        ["/api/search"] = "hits",
        ["/api/entities"] = "items",
        ["/api/entities/{id}"] = "evidence",
        ["/api/entities/{id}/neighbors"] = "edges",
        ["/api/graph/path"] = "edges",
        ["/api/documents"] = "items",
        ["/api/documents/{id}"] = "sections",
        ["/api/answers/cities"] = "items",
        ["/api/ask"] = "awards",
        ["/api/topics"] = "topics",
        ["/api/passages/{id}/related"] = "items",
        ["/api/segment"] = "words",
        ["/api/stats"] = "{documentsByCommittee",
        ["/health"] = "#nodes",
    };

    [Fact]
    public async Task Every_get_operation_answers_its_examples_with_content()
    {
        var document = await app.Client.GetJsonAsync("/swagger/v1/swagger.json");
        var called = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            Assert.True(Content.ContainsKey(path.Name), $"GET {path.Name} has no content check in this test; add one.");
            var url = Url(path.Name, get);
            using var response = await app.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
            AssertContent(url, JsonDocument.Parse(body).RootElement, Content[path.Name]);
            called.Add(url);
        }

        Assert.Equal(Content.Count, called.Count);
    }

    [Fact]
    public async Task The_id_examples_are_ids_the_server_holds()
    {
        var document = await app.Client.GetJsonAsync("/swagger/v1/swagger.json");
        string Example(string path) => document.GetProperty("paths").GetProperty(path).GetProperty("get").Items("parameters").Single(p => p.Str("name") == "id").GetProperty("example").GetString()!;

        var documents = await app.Client.GetJsonAsync("/api/documents");

        Assert.Contains(Example("/api/documents/{id}"), documents.Items("items").Select(d => d.Str("id")));
        Assert.StartsWith(Example("/api/documents/{id}") + ":", Example("/api/passages/{id}/related"), StringComparison.Ordinal);
        Assert.DoesNotContain("…", Example("/api/passages/{id}/related"), StringComparison.Ordinal);
    }

    // The operation's path with its path parameters' examples, and a query of every parameter with one.
    private static string Url(string path, JsonElement operation)
    {
        var query = new List<string>();
        foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var name = parameter.Str("name");
            var located = parameter.Str("in");
            if (!parameter.TryGetProperty("example", out var example))
            {
                Assert.False(located == "path", $"the path parameter {name} of {path} has no example");
                continue;
            }

            var value = example.ValueKind == JsonValueKind.String ? example.GetString()! : example.GetRawText();
            if (located == "path")
            {
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }

    private static void AssertContent(string url, JsonElement body, string content)
    {
        if (content.StartsWith('#'))
        {
            Assert.True(body.GetProperty(content[1..]).GetInt64() > 0, $"{url}: {content[1..]} is 0");
            return;
        }

        if (content.StartsWith('{'))
        {
            Assert.True(body.GetProperty(content[1..]).EnumerateObject().Any(), $"{url}: {content[1..]} is empty");
            return;
        }

        var items = body.GetProperty(content);
        Assert.True(items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0, $"{url}: {content} is empty: {body}");
    }
}
