using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Small helpers for calling the API with Chinese in the query string and reading its answers.</summary>
internal static class ApiClient
{
    /// <summary>GETs <paramref name="path"/> with its query values escaped, expecting 200, and returns the JSON body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, params (string Name, string Value)[] query)
    {
        using var response = await client.GetAsync(Url(path, query));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} from {path}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs <paramref name="url"/> as given and returns its status and ProblemDetails body (asserted to be one).</summary>
    public static async Task<(HttpStatusCode Status, ProblemDetails Problem)> GetProblemAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal((int)response.StatusCode, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail), $"no detail for {url}");
        return (response.StatusCode, problem);
    }

    public static string Url(string path, params (string Name, string Value)[] query) =>
        query.Length == 0 ? path : path + "?" + string.Join("&", query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value)));

    public static string Escape(string id) => Uri.EscapeDataString(id);

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";
}
