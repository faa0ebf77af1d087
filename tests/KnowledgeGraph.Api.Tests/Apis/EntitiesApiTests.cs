using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class EntitiesApiTests
{
    [Fact]
    public async Task An_initiative_is_found_by_an_alias_and_shows_the_sentences_that_name_it()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var found = await client.GetJsonAsync("/api/entities", ("q", "“码”上议"), ("type", "Initiative"));
        var id = Assert.Single(found.Items("items")).Str("id");
        var entity = await client.GetJsonAsync("/api/entities/" + ApiClient.Escape(id));

        Assert.Equal("initiative:码上议", id);
        Assert.Equal("码上议", entity.Str("name"));
        Assert.Contains("“码”上议", entity.Items("aliases").Select(a => a.GetString()));
        var evidence = entity.Items("evidence").ToList();
        Assert.True(evidence.Count >= 3);
        Assert.Contains(evidence, e => e.Str("source") == "001_1323724233c8d456.txt" && e.Str("text").Contains("累计征集各类议题27082条", StringComparison.Ordinal));
        Assert.All(evidence, e =>
        {
            var mention = e.Str("text")[e.GetProperty("mentionStart").GetInt32()..e.GetProperty("mentionEnd").GetInt32()];
            Assert.Contains("码", mention, StringComparison.Ordinal);
            Assert.True(e.GetProperty("end").GetInt32() > e.GetProperty("start").GetInt32());
        });
    }

    [Fact]
    public async Task Neighbours_are_filtered_by_type_and_relation_and_every_edge_carries_its_evidence()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var graph = await client.GetJsonAsync("/api/entities/" + ApiClient.Escape("initiative:码上议") + "/neighbors", ("type", "Initiative,Committee"), ("relation", "RELATED_TO"), ("relation", "RAN"), ("limit", "20"));

        var nodes = graph.Items("nodes").ToList();
        Assert.Contains(nodes, n => n.Str("id") == "initiative:码上议");
        Assert.Contains(nodes, n => n.Str("type") == "Committee" && n.Str("name") == "政协淮安市委员会");
        Assert.All(nodes, n => Assert.Contains(n.Str("type"), new[] { "Initiative", "Committee" }));
        var ids = nodes.Select(n => n.Str("id")).ToHashSet();
        var edges = graph.Items("edges").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e =>
        {
            Assert.Contains(e.Str("type"), new[] { "RELATED_TO", "RAN" });
            Assert.Contains(e.Str("from"), ids);
            Assert.Contains(e.Str("to"), ids);
            Assert.NotEmpty(e.Items("evidence"));
        });
        Assert.True(nodes.Count <= 20);
    }

    [Fact]
    public async Task Depth_two_reaches_further_than_depth_one()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var near = await client.GetJsonAsync("/api/entities/" + ApiClient.Escape("person:戚寿余") + "/neighbors", ("depth", "1"), ("limit", "1000"));
        var far = await client.GetJsonAsync("/api/entities/" + ApiClient.Escape("person:戚寿余") + "/neighbors", ("depth", "2"), ("limit", "1000"));

        Assert.Contains(near.Items("nodes"), n => n.Str("id") == "committee:政协淮安市委员会");
        Assert.True(far.Items("nodes").Count() > near.Items("nodes").Count());
    }

    [Theory]
    [InlineData("/api/entities", HttpStatusCode.BadRequest, "q is required")]
    [InlineData("/api/entities?q=码上议&type=Company", HttpStatusCode.BadRequest, "Unknown type")]
    [InlineData("/api/entities?q=码上议&limit=5000", HttpStatusCode.BadRequest, "limit is out of range")]
    [InlineData("/api/entities/initiative%3A%E4%B8%8D%E5%AD%98%E5%9C%A8", HttpStatusCode.NotFound, "Unknown entity")]
    [InlineData("/api/entities/initiative%3A%E4%B8%8D%E5%AD%98%E5%9C%A8/neighbors", HttpStatusCode.NotFound, "Unknown entity")]
    [InlineData("/api/entities/initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE/neighbors?depth=100", HttpStatusCode.BadRequest, "depth is out of range")]
    [InlineData("/api/entities/initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE/neighbors?depth=0", HttpStatusCode.BadRequest, "depth is out of range")]
    [InlineData("/api/entities/initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE/neighbors?depth=two", HttpStatusCode.BadRequest, "depth is not a whole number")]
    [InlineData("/api/entities/initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE/neighbors?relation=KNOWS", HttpStatusCode.BadRequest, "Unknown relation")]
    [InlineData("/api/entities/initiative%3A%E7%A0%81%E4%B8%8A%E8%AE%AE/neighbors?type=Company", HttpStatusCode.BadRequest, "Unknown type")]
    public async Task Bad_input_and_unknown_ids_are_4xx_with_a_problem_details_body(string url, HttpStatusCode expected, string title)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(expected, status);
        Assert.Equal(title, problem.Title);
    }
}
