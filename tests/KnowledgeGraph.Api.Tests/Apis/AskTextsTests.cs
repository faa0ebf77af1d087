using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>
/// /api/ask over short texts written for these tests (Apis/AskTexts), ingested into a data folder
/// of their own: each shape answered from what the texts say, and nothing they do not.
/// </summary>
/// <remarks>
/// The texts: 政协滁州市委员会's reports for 2023 (one 调研 led by its chair 周明远, a 走访 of 126
/// enterprises, a platform 滁商议事厅 that won an award, a county-level city's committee 天长市政协
/// visiting 85 enterprises) and 2024 (three 调研), and a page on 蚌埠市政协 (a 走访 of 64
/// enterprises) where 省政协副主席韩立清 leads a 调研 in 蚌埠.
/// </remarks>
public class AskTextsTests(AskTextsApplication app) : IClassFixture<AskTextsApplication>
{
    private const string Chuzhou = "committee:政协滁州市委员会";

    [Fact]
    public async Task Awards_of_the_committee_include_those_of_the_platform_it_runs()
    {
        var answer = await AskAsync("滁州市政协获得了哪些奖项？", "awards");

        var award = Assert.Single(answer.Items("awards"));
        Assert.Equal(("2023年全省政协工作创新案例", "initiative:滁商议事厅", "RAN"), (award.Str("name"), award.GetProperty("holder").Str("id"), award.Str("via")));
        AskApiTests.AssertEvidence([award], a => [a.Str("name")]);
    }

    [Fact]
    public async Task The_chair_is_the_committees_chair_and_a_vice_chair_is_not_one()
    {
        var chair = await AskAsync("滁州市政协的主席是谁？", "roles");
        var province = await AskAsync("安徽省政协的主席是谁？", "roles");
        var person = await AskAsync("韩立清担任什么职务？", "roles");

        Assert.Equal("person:周明远", Assert.Single(chair.Items("roles")).GetProperty("person").Str("id"));
        Assert.Empty(province.Items("roles"));
        Assert.Contains("没有", province.Str("summary"), StringComparison.Ordinal);
        var role = Assert.Single(person.Items("roles"));
        Assert.Equal(("副主席", "committee:政协安徽省委员会"), (role.Str("role"), role.GetProperty("organization").Str("id")));
    }

    [Theory]
    [InlineData("滁州市政协2024年开展了哪些调研？", 2024, 3)]
    [InlineData("2023年滁州市政协开展了什么调研", 2023, 1)]
    public async Task The_surveys_of_a_year_are_the_committees_own_and_not_the_provincial_committees(string question, int year, int atLeast)
    {
        var answer = await AskAsync(question, "activities");

        var activities = answer.Items("activities").ToList();
        Assert.True(activities.Count >= atLeast, $"{activities.Count} activities");
        Assert.All(activities, a => Assert.Equal(year, a.GetProperty("year").GetInt32()));
        Assert.All(activities, a => Assert.Equal(Chuzhou, Assert.Single(a.Items("conductors"), c => c.Str("type") == "Committee").Str("id")));
        AskApiTests.AssertEvidence(activities, a => [a.Str("name"), a.Str("object")]);
    }

    [Fact]
    public async Task The_activities_on_a_topic_carry_their_figures()
    {
        var answer = await AskAsync("滁州市政协在民营经济方面做了什么？", "activities");

        Assert.Equal("民营经济", answer.GetProperty("interpretation").Str("topic"));
        Assert.Contains(answer.Items("activities"), a => a.Items("metrics").Any(m => m.GetProperty("value").GetDouble() == 126));
    }

    [Fact]
    public async Task The_platform_the_committee_created_is_its_initiative()
    {
        var answer = await AskAsync("滁州市政协打造了哪些平台？", "initiatives");

        var initiative = Assert.Single(answer.Items("initiatives"));
        Assert.Equal(("滁商议事厅", Chuzhou), (initiative.Str("name"), initiative.GetProperty("runner").Str("id")));
    }

    [Fact]
    public async Task Which_committees_visited_private_enterprises_are_the_three_that_did_with_their_cities()
    {
        var answer = await AskAsync("哪些政协开展了民营企业走访？", "actors");

        var items = answer.GetProperty("actors").Items("items").ToList();
        Assert.Equal(
            ["committee:政协天长市委员会", Chuzhou, "committee:政协蚌埠市委员会"],
            items.Select(i => i.Str("id")).Order(StringComparer.Ordinal));
        Assert.Equal("滁州市", items.Single(i => i.Str("id") == "committee:政协天长市委员会").Str("city"));
    }

    [Fact]
    public async Task Which_cities_ran_surveys_leaves_out_the_city_only_the_provincial_committee_surveyed()
    {
        var answer = await AskAsync("哪些城市开展了调研？", "cities");

        Assert.Equal(["滁州市"], answer.GetProperty("cities").Items("items").Select(c => c.Str("city")));
    }

    [Fact]
    public async Task A_platform_and_the_chair_are_connected_through_the_committee()
    {
        var answer = await AskAsync("滁商议事厅和周明远有什么关系？", "path");

        var nodes = answer.GetProperty("path").Items("nodes").Select(n => n.Str("id")).ToList();
        Assert.Equal(["initiative:滁商议事厅", Chuzhou, "person:周明远"], nodes);
    }

    [Fact]
    public async Task Counts_by_year_and_by_city_put_the_most_first()
    {
        var byYear = await AskAsync("滁州市政协哪一年开展的调研最多？", "counts");
        var byCity = await AskAsync("哪个城市开展的走访最多？", "counts");

        var years = byYear.GetProperty("counts").Items("groups").ToList();
        Assert.Equal("2024", years[0].Str("key"));
        Assert.True(years[0].GetProperty("count").GetInt32() >= 3);
        var cities = byCity.GetProperty("counts").Items("groups").ToList();
        // 滁州's three counted visits: 市政协's 126 enterprises and 42 villages, and 天长市政协's 85.
        Assert.Equal(("滁州市", 3), (cities[0].Str("key"), cities[0].GetProperty("count").GetInt32()));
        Assert.Equal(("蚌埠市", 1), (cities[1].Str("key"), cities[1].GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_committee_the_texts_never_name_is_not_in_the_graph()
    {
        var answer = await AskAsync("合肥市政协获得了哪些奖项？", "notFound");

        Assert.Equal("合肥市政协", answer.GetProperty("interpretation").Str("name"));
    }

    private async Task<JsonElement> AskAsync(string question, string shape)
    {
        var answer = await app.Client.GetJsonAsync("/api/ask", ("q", question));
        Assert.True(shape == answer.GetProperty("interpretation").Str("shape"), $"{question} was read as {answer.GetProperty("interpretation")}");
        return answer;
    }
}
