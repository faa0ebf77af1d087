namespace KnowledgeGraph.Api.Tests.Apis;

public class StatsApiTests
{
    [Fact]
    public async Task Stats_count_the_graph_and_the_documents_by_committee_and_year()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var stats = await client.GetJsonAsync("/api/stats");
        var health = await client.GetJsonAsync("/health");

        var labels = stats.GetProperty("nodesByLabel");
        Assert.Equal(5, labels.GetProperty("Document").GetInt64());
        Assert.True(labels.GetProperty("Initiative").GetInt64() > 10);
        Assert.Equal(health.GetProperty("nodes").GetInt64(), labels.EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(health.GetProperty("relations").GetInt64(), stats.GetProperty("relationsByType").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(2, stats.GetProperty("documentsByCommittee").GetProperty("政协淮安市委员会").GetInt32());
        Assert.Equal(5, stats.GetProperty("documentsByYear").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }
}
