using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>
/// /api/ask over the seeds: each shape a researcher asks, the questions of issue 14 among them,
/// answered from the graph with the sentences that state each fact.
/// </summary>
public class AskApiTests(SeededApplication app) : IClassFixture<SeededApplication>
{
    private const string Huaian = "committee:政协淮安市委员会";
    private const string Yancheng = "committee:政协盐城市委员会";
    private const string Jiangsu = "committee:政协江苏省委员会";

    [Fact]
    public async Task The_awards_of_a_committee_are_its_own_and_those_of_the_initiatives_it_ran_each_with_its_sentence()
    {
        var answer = await AskAsync("淮安市政协获得了哪些奖项？", "awards");

        Assert.Equal(Huaian, answer.GetProperty("interpretation").Str("entityId"));
        var awards = answer.Items("awards").ToList();
        Assert.Contains(awards, a => a.Str("name") == "全省政协工作创新案例" && a.GetProperty("holder").Str("id") == Huaian);
        var best = Assert.Single(awards, a => a.Str("name") == "2021年全省政协工作最佳创新案例");
        Assert.Equal("initiative:码上议", best.GetProperty("holder").Str("id"));
        Assert.Equal("RAN", best.Str("via"));
        Assert.Equal(2021, best.GetProperty("year").GetInt32());
        AssertEvidence(awards, a => [a.Str("name")]);
    }

    [Fact]
    public async Task A_committee_that_holds_no_award_is_told_so_and_is_not_given_another_committees_award_for_a_shared_initiative()
    {
        // 盐城 and 淮安 both run 数字政协; only 淮安's report says it won an award.
        var answer = await AskAsync("盐城市政协有哪些获奖？", "awards");

        Assert.Equal(Yancheng, answer.GetProperty("interpretation").Str("entityId"));
        Assert.DoesNotContain(answer.Items("awards"), a => a.GetProperty("holder").Str("id") == "initiative:数字政协");
        if (answer.Items("awards").Any())
        {
            AssertEvidence(answer.Items("awards"), a => [a.Str("name")]);
        }
        else
        {
            Assert.Contains("没有", answer.Str("summary"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_activities_of_a_committee_in_a_year_of_a_kind_come_with_their_figures_and_none_of_another_committees()
    {
        var answer = await AskAsync("淮安市政协2023年开展了哪些调研？", "activities");

        var interpretation = answer.GetProperty("interpretation");
        Assert.Equal((Huaian, 2023, "调研"), (interpretation.Str("entityId"), interpretation.GetProperty("year").GetInt32(), interpretation.Str("activity")));
        var activities = answer.Items("activities").ToList();
        Assert.All(activities, a => Assert.Equal(2023, a.GetProperty("year").GetInt32()));
        Assert.All(activities, a => Assert.DoesNotContain(a.Items("conductors"), c => c.Str("id") == Jiangsu));
        Assert.Contains(activities, a => Figure(a) == 183);
        Assert.Contains(activities, a => Figure(a) == 603);
        AssertEvidence(activities, a => [a.Str("name"), a.Str("object")]);
    }

    [Fact]
    public async Task Which_members_made_proposals_says_no_person_is_recorded_and_names_the_committees_that_are()
    {
        var answer = await AskAsync("哪些委员提出了提案？", "actors");

        Assert.Equal(["Person"], answer.GetProperty("interpretation").Items("types").Select(t => t.GetString()));
        var actors = answer.GetProperty("actors");
        Assert.Empty(actors.Items("items"));
        var huaian = Assert.Single(actors.Items("others"), o => o.Str("id") == Huaian);
        Assert.All(huaian.Items("activities"), a => Assert.Contains("提案", a.GetRawText(), StringComparison.Ordinal));
        Assert.Contains("没有记录人员", answer.Str("summary"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("淮安市政协的主席是谁？", Huaian, "person:戚寿余")]
    [InlineData("江苏省政协的主席是谁", Jiangsu, "person:张义珍")]
    [InlineData("谁是淮安市政协主席", Huaian, "person:戚寿余")]
    public async Task Who_holds_a_role_in_a_committee_is_the_person_of_that_role_there(string question, string committee, string person)
    {
        var answer = await AskAsync(question, "roles");

        Assert.Equal(("主席", committee), (answer.GetProperty("interpretation").Str("role"), answer.GetProperty("interpretation").Str("entityId")));
        var role = Assert.Single(answer.Items("roles"));
        Assert.Equal(person, role.GetProperty("person").Str("id"));
        Assert.Equal(committee, role.GetProperty("organization").Str("id"));
        AssertEvidence([role], r => [r.GetProperty("person").Str("name")]);
    }

    [Fact]
    public async Task The_roles_of_a_person_are_the_titles_and_where_they_are_held()
    {
        var answer = await AskAsync("戚寿余担任什么职务？", "roles");

        var role = Assert.Single(answer.Items("roles"));
        Assert.Equal(("主席", Huaian), (role.Str("role"), role.GetProperty("organization").Str("id")));
    }

    [Fact]
    public async Task The_initiatives_a_committee_runs_are_its_RAN_relations_with_their_sentences()
    {
        var answer = await AskAsync("盐城市政协打造了哪些平台？", "initiatives");

        var initiatives = answer.Items("initiatives").ToList();
        Assert.Contains(initiatives, i => i.Str("name") == "同心互联");
        Assert.Contains(initiatives, i => i.Str("name") == "民主监督在线");
        Assert.All(initiatives, i => Assert.StartsWith(Yancheng, i.GetProperty("runner").Str("id"), StringComparison.Ordinal));
        AssertEvidence(initiatives, i => [i.Str("name")]);
    }

    [Fact]
    public async Task Which_cities_ran_surveys_rolls_up_only_committees_inside_a_city()
    {
        var answer = await AskAsync("哪些城市开展了调研？", "cities");

        var cities = answer.GetProperty("cities").Items("items").ToList();
        var huaian = Assert.Single(cities, c => c.Str("city") == "淮安市");
        Assert.DoesNotContain("政协江苏省委员会", huaian.Items("committees").Select(c => c.GetString()));
        Assert.All(cities, c => Assert.DoesNotContain(c.Items("activities"), a => a.Str("id").StartsWith("activity:政协江苏省委员会", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Which_committees_ran_a_kind_of_activity_on_a_topic_are_listed_with_their_activities()
    {
        var answer = await AskAsync("哪些政协开展了民营经济走访？", "actors");

        var items = answer.GetProperty("actors").Items("items").ToList();
        Assert.Equal([Huaian, Yancheng], items.Take(2).Select(i => i.Str("id")).Order(StringComparer.Ordinal));
        Assert.Equal("淮安市", items.Single(i => i.Str("id") == Huaian).Str("city"));
        Assert.Contains(items.SelectMany(i => i.Items("activities")), a => Figure(a) == 534);
    }

    [Fact]
    public async Task How_two_entities_are_connected_is_a_path_with_evidence_on_each_relation()
    {
        var answer = await AskAsync("码上议和戚寿余有什么关系？", "path");

        var path = answer.GetProperty("path");
        Assert.True(path.GetProperty("found").GetBoolean());
        var nodes = path.Items("nodes").Select(n => n.Str("id")).ToList();
        Assert.Equal(("initiative:码上议", "person:戚寿余"), (nodes[0], nodes[^1]));
        Assert.All(path.Items("edges"), e => Assert.NotEmpty(e.Items("evidence")));
    }

    [Fact]
    public async Task Which_year_had_the_most_awards_is_counted_by_year_most_first()
    {
        var answer = await AskAsync("哪一年获奖最多？", "counts");

        var counts = answer.GetProperty("counts");
        Assert.Equal(("year", "awards"), (counts.Str("groupBy"), counts.Str("counted")));
        var groups = counts.Items("groups").ToList();
        Assert.Equal("2023", groups[0].Str("key"));
        Assert.True(groups[0].GetProperty("count").GetInt32() > groups[1].GetProperty("count").GetInt32());
        Assert.NotEmpty(groups[0].Items("evidence"));
        Assert.Contains("2023", answer.Str("summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_by_city_leave_a_provincial_committees_activities_out_and_say_how_many()
    {
        var answer = await AskAsync("哪个城市开展的调研最多？", "counts");

        var counts = answer.GetProperty("counts");
        Assert.Equal("city", counts.Str("groupBy"));
        Assert.Equal("淮安市", counts.Items("groups").First().Str("key"));
        Assert.True(counts.GetProperty("unplaced").GetInt32() >= 1, "the provincial committee's survey in 淮安 is no city's");
    }

    [Theory]
    [InlineData("苏州市政协获得了哪些奖项？", "苏州市政协")]
    [InlineData("苏州市政协的主席是谁", "苏州市政协")]
    [InlineData("张三是谁", "张三")]
    public async Task A_question_about_a_name_the_graph_does_not_hold_says_so_instead_of_searching(string question, string name)
    {
        var answer = await AskAsync(question, "notFound");

        Assert.Equal(name, answer.GetProperty("interpretation").Str("name"));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("search").ValueKind);
        Assert.Contains(name, answer.Str("summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_cities_question_is_read_as_the_cities_answer()
    {
        var answer = await AskAsync("哪些城市开展了民营经济走访？", "cities");

        var interpretation = answer.GetProperty("interpretation");
        Assert.Equal(("民营经济", "走访"), (interpretation.Str("topic"), interpretation.Str("activity")));
        var items = answer.GetProperty("cities").Items("items").ToList();
        AnswersApiTests.AssertCity(items[0], "淮安市", "政协淮安市委员会", 603);
        AnswersApiTests.AssertCity(items[1], "盐城市", "政协盐城市委员会", 534);
    }

    [Fact]
    public async Task Which_initiatives_question_is_read_as_the_related_initiatives_of_the_named_one()
    {
        var answer = await AskAsync("数字政协和哪些倡议有关？", "related");

        // The seeds link 数字政协 and 云履职 in one sentence (在“数字政协”平台建立…“云履职”系统).
        Assert.Equal("initiative:数字政协", answer.GetProperty("interpretation").Str("entityId"));
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
        var answer = await AskAsync("戚寿余是谁？", "entity");

        var person = answer.GetProperty("entity");
        Assert.Equal("person:戚寿余", person.Str("id"));
        Assert.Contains("市政协主席", person.GetProperty("properties").Items("roles").Select(r => r.GetString()));
        var evidence = Assert.Single(person.Items("evidence"));
        Assert.Contains("市政协主席戚寿余", evidence.Str("text"), StringComparison.Ordinal);
        Assert.Equal("戚寿余", evidence.Str("text")[evidence.GetProperty("mentionStart").GetInt32()..evidence.GetProperty("mentionEnd").GetInt32()]);
    }

    [Fact]
    public async Task A_question_of_no_shape_that_names_nothing_is_a_search_for_its_words()
    {
        var answer = await AskAsync("政协委员应当如何提升履职能力", "search");

        Assert.NotEmpty(answer.GetProperty("search").Items("hits"));
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/ask?q=%20%20")]
    public async Task An_empty_question_is_a_400(string url)
    {
        var (status, problem) = await app.Client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("q is required", problem.Title);
    }

    private async Task<JsonElement> AskAsync(string question, string shape)
    {
        var answer = await app.Client.GetJsonAsync("/api/ask", ("q", question));
        Assert.True(shape == answer.GetProperty("interpretation").Str("shape"), $"{question} was read as {answer.GetProperty("interpretation")}");
        Assert.False(string.IsNullOrWhiteSpace(answer.Str("summary")));
        return answer;
    }

    private static double Figure(JsonElement activity) =>
        activity.Items("metrics").FirstOrDefault() is { ValueKind: JsonValueKind.Object } metric ? metric.GetProperty("value").GetDouble() : -1;

    /// <summary>Every item has evidence, and each sentence holds one of the words the item is named by.</summary>
    internal static void AssertEvidence(IEnumerable<JsonElement> items, Func<JsonElement, string[]> words)
    {
        foreach (var item in items)
        {
            var evidence = item.Items("evidence").ToList();
            Assert.True(evidence.Count > 0, $"no evidence for {item}");
            var names = words(item).Where(w => w.Length > 0).ToArray();
            Assert.All(evidence, e => Assert.True(names.Any(n => e.Str("text").Contains(n, StringComparison.Ordinal)), $"'{e.Str("text")}' names none of {string.Join(", ", names)}"));
        }
    }
}
