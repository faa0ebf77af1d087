using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The application over a data folder of its own, deleted on dispose, so tests share no state.
/// Its first start ingests the repository's seeds/ into that folder.
/// </summary>
internal sealed class KnowledgeGraphApplication : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-api-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("DataFolder", _data);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
