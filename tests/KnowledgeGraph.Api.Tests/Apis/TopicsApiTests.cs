using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class TopicsApiTests
{
    [Fact]
    public async Task Topics_list_their_top_words_and_their_weight_by_committee_city_and_year()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/topics?words=5");

        Assert.True(body.GetProperty("passages").GetInt32() > 100);
        var topics = body.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(12, topics.Count);
        Assert.All(topics, topic =>
        {
            var words = topic.GetProperty("words").EnumerateArray().ToList();
            Assert.InRange(words.Count, 1, 5);
            Assert.All(words, w => Assert.False(string.IsNullOrWhiteSpace(w.GetProperty("word").GetString())));
        });

        // Topics are ordered by weight, and their weights are shares that add up to the whole.
        var weights = topics.Select(t => t.GetProperty("weight").GetDouble()).ToList();
        Assert.Equal(weights.OrderByDescending(w => w), weights);
        Assert.Equal(1.0, weights.Sum(), 2);

        // Every committee, city and year of the seeds has a weight in each topic.
        var first = topics[0];
        var committees = first.GetProperty("byCommittee").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("政协淮安市委员会", committees);
        Assert.Contains("政协盐城市委员会", committees);
        Assert.Contains("政协泰州市姜堰区委员会", committees);
        Assert.Contains(first.GetProperty("byCity").EnumerateArray(), c => c.GetProperty("value").GetString() == "盐城市");
        Assert.Contains(first.GetProperty("byYear").EnumerateArray(), c => c.GetProperty("value").GetString() == "2023");
    }

    [Fact]
    public async Task A_word_count_out_of_range_is_a_bad_request()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/topics?words=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
