using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class SearchApiTests
{
    [Fact]
    public async Task A_plain_chinese_query_finds_the_sentence_that_proves_it_with_highlights_and_facets()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var result = await client.GetJsonAsync("/api/search", ("q", "民营经济走访"));

        var hits = result.Items("hits").ToList();
        Assert.True(result.GetProperty("total").GetInt32() >= 2);
        var huaian = hits.Single(h => h.Str("text").Contains("603家", StringComparison.Ordinal));
        Assert.Equal("淮安市", huaian.Str("city"));
        Assert.Equal("政协淮安市委员会", huaian.Str("committee"));
        Assert.Equal("000_dab71682d7b0d12b.txt", huaian.Str("source"));
        Assert.Equal(2023, huaian.GetProperty("year").GetInt32());
        var marked = huaian.Items("highlights").Select(h => huaian.Str("text")[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]).ToList();
        Assert.Contains("民营经济", marked);
        Assert.Contains("走访", marked);
        Assert.Contains(huaian.Items("entities"), e => e.Str("id") == "topic:民营经济" && e.Str("type") == "Topic" && e.Str("name") == "民营经济");
        Assert.Contains(hits, h => h.Str("city") == "盐城市" && h.Str("text").Contains("走访", StringComparison.Ordinal));

        var cities = result.GetProperty("facets").Items("city").ToDictionary(f => f.Str("value"), f => f.GetProperty("count").GetInt32());
        Assert.True(cities["淮安市"] >= 1 && cities["盐城市"] >= 1);
        Assert.Equal(result.GetProperty("total").GetInt32(), result.GetProperty("facets").Items("year").Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Filters_narrow_the_hits_and_paging_walks_them_without_repeats()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var all = await client.GetJsonAsync("/api/search", ("q", "政协"), ("limit", "100"));
        var yancheng = await client.GetJsonAsync("/api/search", ("q", "政协"), ("city", "盐城市"), ("limit", "100"));
        var initiatives = await client.GetJsonAsync("/api/search", ("q", "政协"), ("entityType", "Initiative"), ("year", "2023"), ("limit", "100"));

        Assert.InRange(yancheng.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        Assert.All(yancheng.Items("hits"), h => Assert.Equal("盐城市", h.Str("city")));
        Assert.NotEmpty(initiatives.Items("hits"));
        Assert.All(initiatives.Items("hits"), h =>
        {
            Assert.Equal(2023, h.GetProperty("year").GetInt32());
            Assert.Contains(h.Items("entities"), e => e.Str("type") == "Initiative");
        });

        var first = await client.GetJsonAsync("/api/search", ("q", "政协"), ("limit", "5"));
        var second = await client.GetJsonAsync("/api/search", ("q", "政协"), ("limit", "5"), ("offset", "5"));
        var ids = first.Items("hits").Concat(second.Items("hits")).Select(h => h.Str("passageId")).ToList();
        Assert.Equal(10, ids.Distinct().Count());
        Assert.Equal(all.Items("hits").Take(10).Select(h => h.Str("passageId")), ids);
    }

    [Theory]
    [InlineData("\"码上议\"")]
    [InlineData("码上议 AND (")]
    [InlineData("\"码上议")]
    [InlineData("码上议 OR")]
    public async Task Query_syntax_is_used_when_it_parses_and_read_as_plain_text_when_it_does_not(string q)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var result = await client.GetJsonAsync("/api/search", ("q", q), ("mode", "lexical"));

        Assert.Equal("lexical", result.Str("mode"));
        Assert.NotEmpty(result.Items("hits"));
        Assert.All(result.Items("hits"), h => Assert.Contains("码", h.Str("text"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/search", "q is required")]
    [InlineData("/api/search?q=%20", "q is required")]
    [InlineData("/api/search?q=民营&limit=0", "limit is out of range")]
    [InlineData("/api/search?q=民营&limit=101", "limit is out of range")]
    [InlineData("/api/search?q=民营&offset=-1", "offset is out of range")]
    [InlineData("/api/search?q=民营&limit=abc", "limit is not a whole number")]
    [InlineData("/api/search?q=民营&year=二〇二三", "year is not a whole number")]
    [InlineData("/api/search?q=民营&entityType=Company", "Unknown entityType")]
    [InlineData("/api/search?q=民营&mode=fuzzy", "Unknown mode")]
    public async Task Bad_input_is_a_400_with_a_problem_details_body_that_says_what_to_change(string url, string title)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(title, problem.Title);
    }

    [Fact]
    public async Task Hybrid_the_default_finds_what_other_words_say_and_lexical_does_not()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var hybrid = await client.GetJsonAsync("/api/search", ("q", "私营企业调研"));
        var lexical = await client.GetJsonAsync("/api/search", ("q", "私营企业调研"), ("mode", "lexical"));

        // Lexical search may find the visits by 企业 and 调研, a part of the query's word; only the
        // hybrid search reads 私营企业 as 民营企业 and marks it.
        Assert.Equal("hybrid", hybrid.Str("mode"));
        var visits = Assert.Single(hybrid.Items("hits").Take(10), h => h.Str("text").Contains("民营企业603家", StringComparison.Ordinal));
        Assert.Contains(Marked(visits), m => m.Contains("民营企业", StringComparison.Ordinal));
        Assert.All(lexical.Items("hits"), h => Assert.DoesNotContain(Marked(h), m => m.Contains("民营", StringComparison.Ordinal)));
    }

    private static List<string> Marked(System.Text.Json.JsonElement hit)
    {
        var text = hit.Str("text");
        return hit.GetProperty("highlights").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()])
            .ToList();
    }

    [Theory]
    [InlineData("hybrid")]
    [InlineData("lexical")]
    [InlineData("semantic")]
    public async Task A_facets_count_is_the_total_of_the_search_it_filters(string mode)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var all = await client.GetJsonAsync("/api/search", ("q", "民营经济"), ("mode", mode));
        foreach (var city in all.GetProperty("facets").Items("city"))
        {
            var narrowed = await client.GetJsonAsync("/api/search", ("q", "民营经济"), ("mode", mode), ("city", city.Str("value")));

            Assert.Equal(city.GetProperty("count").GetInt32(), narrowed.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Too_long_a_query_is_refused_with_the_limit_in_the_message()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync("/api/search?q=" + Uri.EscapeDataString(new string('政', 201)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("200", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_matches_nothing_is_an_empty_page_not_an_error()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var result = await client.GetJsonAsync("/api/search", ("q", "量子计算机"));

        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("hits").ValueKind);
        Assert.Empty(result.Items("hits"));
    }
}
