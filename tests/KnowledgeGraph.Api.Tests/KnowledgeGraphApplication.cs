using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The application over a data folder of its own, deleted on dispose, so tests share no state.
/// Its first start ingests the repository's seeds/ into that folder.
/// </summary>
/// <param name="apiKey">The ApiKey setting, which turns uploads on; none by default.</param>
internal sealed class KnowledgeGraphApplication(string? apiKey = null) : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-api-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataFolder", _data);
        if (apiKey is not null)
        {
            builder.UseSetting("ApiKey", apiKey);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
