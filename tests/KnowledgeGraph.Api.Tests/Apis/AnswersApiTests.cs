using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class AnswersApiTests
{
    [Fact]
    public async Task Private_economy_visits_are_answered_with_huaian_603_and_yancheng_534_first_with_their_evidence()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var answer = await client.GetJsonAsync("/api/answers/cities", ("topic", "民营经济"), ("activity", "走访"));

        var items = answer.Items("items").ToList();
        Assert.True(items.Count >= 2);
        AssertCity(items[0], "淮安市", "政协淮安市委员会", 603);
        AssertCity(items[1], "盐城市", "政协盐城市委员会", 534);
    }

    [Fact]
    public async Task Synonyms_of_the_topic_and_the_activity_give_the_same_answer()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var plain = await client.GetJsonAsync("/api/answers/cities", ("topic", "民营经济"), ("activity", "走访"));
        var synonyms = await client.GetJsonAsync("/api/answers/cities", ("topic", "民企"), ("activity", "拜访"));

        Assert.Equal("民营经济", synonyms.Str("topic"));
        Assert.Equal("走访", synonyms.Str("activity"));
        Assert.Equal(Cities(plain), Cities(synonyms));
    }

    [Fact]
    public async Task Without_an_activity_every_kind_on_the_topic_counts_and_county_committees_roll_up_to_their_city()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var answer = await client.GetJsonAsync("/api/answers/cities", ("topic", "民营经济"));

        var yancheng = answer.Items("items").Single(i => i.Str("city") == "盐城市");
        var committees = yancheng.Items("committees").Select(c => c.GetString()).ToList();
        Assert.Contains(committees, c => c!.EndsWith("县委员会", StringComparison.Ordinal));
        Assert.Contains(yancheng.Items("activities"), a => a.Str("kind") == "会议");
        Assert.Contains(answer.Items("items"), i => i.Str("city") == "泰州市");
    }

    [Theory]
    [InlineData("/api/answers/cities", "topic or activity is required")]
    [InlineData("/api/answers/cities?topic=%20&activity=", "topic or activity is required")]
    public async Task Asking_for_nothing_is_a_400(string url, string title)
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(title, problem.Title);
    }

    [Fact]
    public async Task Too_long_a_topic_is_a_400()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, _) = await client.GetProblemAsync("/api/answers/cities?topic=" + Uri.EscapeDataString(new string('民', 51)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    internal static void AssertCity(JsonElement item, string city, string committee, int figure)
    {
        Assert.Equal(city, item.Str("city"));
        Assert.Equal("江苏省", item.Str("province"));
        Assert.Contains(committee, item.Items("committees").Select(c => c.GetString()));
        var activity = Assert.Single(item.Items("activities"));
        Assert.Equal("走访", activity.Str("kind"));
        Assert.Equal(2023, activity.GetProperty("year").GetInt32());
        var metric = activity.Items("metrics").First();
        Assert.Equal(figure, metric.GetProperty("value").GetDouble());
        Assert.Equal("家", metric.Str("unit"));
        Assert.Equal("民营企业", metric.Str("object"));
        Assert.Contains(item.Items("evidence"), e => e.Str("text").Contains(figure + "家", StringComparison.Ordinal) || e.Str("text").Contains(figure.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private static List<string> Cities(JsonElement answer) => answer.Items("items").Select(i => i.Str("city")).ToList();
}
