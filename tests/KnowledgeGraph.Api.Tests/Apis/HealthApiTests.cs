using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

public class HealthApiTests
{
    [Fact]
    public async Task The_first_start_ingests_the_seeds_and_health_reports_what_the_stores_hold()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("nodes").GetInt64() > 5);
        Assert.True(health.GetProperty("relations").GetInt64() > 0);
        Assert.True(health.GetProperty("passages").GetInt32() > 100);
    }
}
