using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The application over a data folder of its own, deleted on dispose, so tests share no state.
/// Its first start ingests the repository's seeds/ into that folder.
/// </summary>
/// <param name="apiKey">The ApiKey setting, which turns uploads on; none by default.</param>
/// <param name="services">Replaces services after the application registered its own (a failing store, say).</param>
internal sealed class KnowledgeGraphApplication(string? apiKey = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-api-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataFolder", _data);
        if (apiKey is not null)
        {
            builder.UseSetting("ApiKey", apiKey);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>The data folder the application keeps its stores and uploads in.</summary>
    public string DataFolder => _data;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
