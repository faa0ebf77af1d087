using System.Net;

namespace KnowledgeGraph.Api.Tests.Apis;

public class GraphApiTests
{
    [Fact]
    public async Task The_shortest_path_runs_from_one_entity_to_the_other_with_evidence_on_each_relation()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var path = await client.GetJsonAsync("/api/graph/path", ("from", "initiative:码上议"), ("to", "person:戚寿余"), ("maxDepth", "3"));

        Assert.True(path.GetProperty("found").GetBoolean());
        var nodes = path.Items("nodes").Select(n => n.Str("id")).ToList();
        Assert.Equal("initiative:码上议", nodes[0]);
        Assert.Equal("person:戚寿余", nodes[^1]);
        var edges = path.Items("edges").ToList();
        Assert.Equal(nodes.Count - 1, edges.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            var ends = new[] { edges[i].Str("from"), edges[i].Str("to") };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
            Assert.NotEmpty(edges[i].Items("evidence"));
        }
    }

    [Fact]
    public async Task No_path_within_the_depth_is_an_answer_not_an_error()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var path = await client.GetJsonAsync("/api/graph/path", ("from", "initiative:码上议"), ("to", "person:戚寿余"), ("maxDepth", "1"));

        Assert.False(path.GetProperty("found").GetBoolean());
        Assert.Empty(path.Items("nodes"));
    }

    [Theory]
    [InlineData("/api/graph/path?to=person%3A%E6%88%9A%E5%AF%BF%E4%BD%99", HttpStatusCode.BadRequest, "from is required")]
    [InlineData("/api/graph/path?from=person%3A%E6%88%9A%E5%AF%BF%E4%BD%99", HttpStatusCode.BadRequest, "to is required")]
    [InlineData("/api/graph/path?from=person%3A%E6%88%9A%E5%AF%BF%E4%BD%99&to=initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE&maxDepth=100", HttpStatusCode.BadRequest, "maxDepth is out of range")]
    [InlineData("/api/graph/path?from=person%3Anobody&to=initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE", HttpStatusCode.NotFound, "Unknown entity")]
    public async Task Bad_input_is_4xx_with_a_problem_details_body(string url, HttpStatusCode expected, string title)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(expected, status);
        Assert.Equal(title, problem.Title);
    }
}
