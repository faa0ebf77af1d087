using System.Net;

namespace KnowledgeGraph.Api.Tests.Extensions;

/// <summary>A parameter that cannot be read is named in plain words, on every endpoint.</summary>
public class BindingProblemsTests
{
    private static readonly string Maishangyi = Uri.EscapeDataString("initiative:码上议");

    public static TheoryData<string, string, string, string> Malformed() => new()
    {
        { "/api/search?q=%E6%94%BF%E5%8D%8F&limit=abc", "limit", "a whole number", "abc" },
        { "/api/search?q=%E6%94%BF%E5%8D%8F&year=2023%E5%B9%B4", "year", "a whole number", "2023年" },
        { "/api/entities?q=%E7%A0%81&limit=ten", "limit", "a whole number", "ten" },
        { $"/api/entities/{Maishangyi}/neighbors?depth=deep", "depth", "a whole number", "deep" },
        { $"/api/graph/path?from={Maishangyi}&to={Maishangyi}&maxDepth=1.5", "maxDepth", "a whole number", "1.5" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_value_of_the_wrong_kind_is_a_400_naming_the_parameter_and_what_it_takes(string url, string parameter, string takes, string sent)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"{parameter} is not {takes}", problem.Title);
        Assert.StartsWith($"'{parameter}' takes {takes}; '{sent}' is not one.", problem.Detail, StringComparison.Ordinal);
        foreach (var typeName in new[] { "Int32", "int ", "Failed to bind", "System." })
        {
            Assert.DoesNotContain(typeName, problem.Title + problem.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_detail_says_what_the_parameter_is_for_from_its_description()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (_, problem) = await client.GetProblemAsync("/api/search?q=%E6%94%BF%E5%8D%8F&limit=abc");

        Assert.Equal("'limit' takes a whole number; 'abc' is not one. limit: Hits per page, 1 to 100 (default 20).", problem.Detail);
    }
}
