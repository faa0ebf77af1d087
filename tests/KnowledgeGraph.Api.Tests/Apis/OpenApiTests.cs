namespace KnowledgeGraph.Api.Tests.Apis;

public class OpenApiTests
{
    [Fact]
    public async Task Every_endpoint_is_documented_with_a_summary_and_every_query_parameter_with_a_description()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/entities", "/api/entities/{id}", "/api/entities/{id}/neighbors", "/api/graph/path", "/api/documents", "/api/documents/{id}", "/api/answers/cities", "/api/ask", "/api/stats", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.Str("summary")), $"{operation.Name} {path.Name} has no summary");
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    Assert.All(parameters.EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.Str("description")), $"{p.Str("name")} of {path.Name} has no description"));
                }
            }
        }
    }

    [Fact]
    public async Task The_search_and_cities_parameters_carry_chinese_examples_that_work_on_the_seeds()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        string Example(string path, string name) => document.GetProperty("paths").GetProperty(path).GetProperty("get").Items("parameters").Single(p => p.Str("name") == name).GetProperty("example").ToString();

        Assert.Equal("民营经济", Example("/api/search", "q"));
        Assert.Equal("民营经济", Example("/api/answers/cities", "topic"));
        Assert.Equal("走访", Example("/api/answers/cities", "activity"));
        var answer = await client.GetJsonAsync("/api/answers/cities", ("topic", Example("/api/answers/cities", "topic")), ("activity", Example("/api/answers/cities", "activity")));
        Assert.Equal("淮安市", answer.Items("items").First().Str("city"));
    }
}
