using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class PassagesApiTests
{
    // The id of the first hit of a lexical search, as a client would get it.
    private static async Task<string> FirstHitAsync(HttpClient client, string query, string contains)
    {
        var search = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}&limit=20");
        return search.GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("text").GetString()!.Contains(contains, StringComparison.Ordinal))
            .GetProperty("passageId").GetString()!;
    }

    [Fact]
    public async Task A_passage_about_a_visit_to_private_firms_is_related_to_the_same_visit_in_another_city_first()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();
        var huaian = await FirstHitAsync(client, "走访民营企业", "603家");

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/passages/{Uri.EscapeDataString(huaian)}/related?limit=10");

        Assert.Equal(huaian, body.GetProperty("passage").GetProperty("id").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.InRange(items.Count, 1, 10);
        Assert.Contains(items, i => i.GetProperty("text").GetString()!.Contains("534家民营企业", StringComparison.Ordinal));
        Assert.False(items[0].GetProperty("sameDocument").GetBoolean());
        Assert.DoesNotContain(items, i => i.GetProperty("passageId").GetString() == huaian);
        var sameDocument = items.Select(i => i.GetProperty("sameDocument").GetBoolean()).ToList();
        Assert.Equal(sameDocument.Order(), sameDocument);
    }

    [Fact]
    public async Task An_unknown_passage_is_not_found_and_a_bad_limit_is_a_bad_request()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var unknown = await client.GetAsync("/api/passages/" + Uri.EscapeDataString("doc:0000000000000000:s1:p1:t1") + "/related");
        var badLimit = await client.GetAsync("/api/passages/" + Uri.EscapeDataString("doc:0000000000000000:s1:p1:t1") + "/related?limit=500");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }
}
