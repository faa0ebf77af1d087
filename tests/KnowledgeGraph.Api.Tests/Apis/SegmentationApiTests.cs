using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api.Tests.Apis;

public class SegmentationApiTests
{
    [Fact]
    public async Task Segmenting_a_sentence_returns_its_words_with_offsets_and_tags()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/segment?text=" + Uri.EscapeDataString("淮安市政协走访民营企业603家"));

        var words = result.GetProperty("words").EnumerateArray()
            .Select(w => (w.GetProperty("word").GetString(), w.GetProperty("start").GetInt32(), w.GetProperty("end").GetInt32(), w.GetProperty("tag").GetString()))
            .ToList();
        Assert.Equal(
            [("淮安", 0, 2, "ns"), ("市政协", 2, 5, "nt"), ("走访", 5, 7, "v"), ("民营企业", 7, 11, "n"), ("603", 11, 14, "m"), ("家", 14, 15, "q")],
            words);
    }

    [Theory]
    [InlineData("/api/segment", "text is required")]
    [InlineData("/api/segment?text=%20", "text is required")]
    [InlineData("/api/segment?text=政协&search=maybe", "search is not true or false", "search")]
    public async Task Bad_input_is_a_400_with_a_problem_details_body(string url, string title, string? named = null)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(400, problem!.Status);
        Assert.Equal(title, problem.Title);
        if (named is not null)
        {
            Assert.Contains(named, problem.Detail);
        }
    }

    [Fact]
    public async Task Too_long_a_text_is_refused_with_the_limit_in_the_message()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/segment?text=" + new string('政', 10_001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("10000", problem!.Detail!.Replace(",", ""));
    }

    [Fact]
    public async Task The_swagger_document_describes_the_endpoints_with_a_chinese_example()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var segment = document.GetProperty("paths").GetProperty("/api/segment").GetProperty("get");
        Assert.False(string.IsNullOrEmpty(segment.GetProperty("summary").GetString()));
        Assert.Contains("淮安市政协", segment.GetProperty("parameters")[0].GetProperty("description").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/health", out _));
    }
}
