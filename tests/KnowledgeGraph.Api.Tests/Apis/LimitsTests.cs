using System.Net;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>The limits every endpoint keeps, each refused with a ProblemDetails that names the parameter.</summary>
public class LimitsTests
{
    private static readonly string Maishangyi = Uri.EscapeDataString("initiative:码上议");

    public static TheoryData<string, string> TooMuch() => new()
    {
        { "/api/search?q=%E6%94%BF%E5%8D%8F&city=" + Uri.EscapeDataString(new string('市', 101)), "city" },
        { "/api/search?q=%E6%94%BF%E5%8D%8F&committee=" + Uri.EscapeDataString(new string('会', 101)), "committee" },
        { "/api/search?q=%E6%94%BF%E5%8D%8F&offset=1001", "offset" },
        { "/api/entities?q=" + Uri.EscapeDataString(new string('码', 101)), "q" },
        { $"/api/entities/{Maishangyi}?evidence=0", "evidence" },
        { $"/api/entities/{Maishangyi}/neighbors?limit=0", "limit" },
        { $"/api/entities/{Maishangyi}/neighbors?limit=1001", "limit" },
        { $"/api/graph/path?from={Maishangyi}&to={Maishangyi}&maxDepth=deep", "maxDepth" },
        { "/api/answers/cities?activity=" + Uri.EscapeDataString(new string('访', 51)), "activity" },
        { "/api/ask?q=" + Uri.EscapeDataString(new string('问', 201)), "q" },
    };

    [Theory]
    [MemberData(nameof(TooMuch))]
    public async Task A_parameter_beyond_its_limit_is_a_400_that_names_it(string url, string parameter)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(parameter, problem.Title + " " + problem.Detail, StringComparison.Ordinal);
    }
}
