using System.Net;

namespace KnowledgeGraph.Api.Tests.Apis;

public class AskApiTests
{
    [Fact]
    public async Task Which_cities_question_is_read_as_the_cities_answer()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var answer = await client.GetJsonAsync("/api/ask", ("q", "哪些城市开展了民营经济走访？"));

        var interpretation = answer.GetProperty("interpretation");
        Assert.Equal("cities", interpretation.Str("shape"));
        Assert.Equal("民营经济", interpretation.Str("topic"));
        Assert.Equal("走访", interpretation.Str("activity"));
        var items = answer.GetProperty("cities").Items("items").ToList();
        AnswersApiTests.AssertCity(items[0], "淮安市", "政协淮安市委员会", 603);
        AnswersApiTests.AssertCity(items[1], "盐城市", "政协盐城市委员会", 534);
    }

    [Fact]
    public async Task Which_initiatives_question_is_read_as_the_related_initiatives_of_the_named_one()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        // The seeds link 数字政协 and 云履职 in one sentence (在“数字政协”平台建立…“云履职”系统).
        var answer = await client.GetJsonAsync("/api/ask", ("q", "数字政协和哪些倡议有关？"));

        var interpretation = answer.GetProperty("interpretation");
        Assert.Equal("related", interpretation.Str("shape"));
        Assert.Equal("initiative:数字政协", interpretation.Str("entityId"));
        var related = answer.GetProperty("related");
        var nodes = related.Items("nodes").ToList();
        Assert.Contains(nodes, n => n.Str("id") == "initiative:云履职");
        Assert.All(nodes, n => Assert.Equal("Initiative", n.Str("type")));
        var edges = related.Items("edges").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.NotEmpty(e.Items("evidence")));
    }

    [Fact]
    public async Task Who_is_question_is_read_as_the_person_with_the_sentence_that_names_him()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var answer = await client.GetJsonAsync("/api/ask", ("q", "戚寿余是谁？"));

        Assert.Equal("entity", answer.GetProperty("interpretation").Str("shape"));
        var person = answer.GetProperty("entity");
        Assert.Equal("person:戚寿余", person.Str("id"));
        Assert.Contains("市政协主席", person.GetProperty("properties").Items("roles").Select(r => r.GetString()));
        var evidence = Assert.Single(person.Items("evidence"));
        Assert.Contains("市政协主席戚寿余", evidence.Str("text"), StringComparison.Ordinal);
        Assert.Equal("戚寿余", evidence.Str("text")[evidence.GetProperty("mentionStart").GetInt32()..evidence.GetProperty("mentionEnd").GetInt32()]);
    }

    [Fact]
    public async Task Anything_else_is_a_search_for_its_words()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var answer = await client.GetJsonAsync("/api/ask", ("q", "营商环境方面做了什么工作"));

        Assert.Equal("search", answer.GetProperty("interpretation").Str("shape"));
        Assert.Contains(answer.GetProperty("search").Items("hits"), h => h.Str("text").Contains("营商环境", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/ask?q=%20%20")]
    public async Task An_empty_question_is_a_400(string url)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("q is required", problem.Title);
    }
}
