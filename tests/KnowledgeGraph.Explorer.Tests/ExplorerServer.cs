using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// The API on a real loopback socket (a browser cannot talk to the in-memory test server), over a
/// data folder of its own that is deleted on dispose. Its first start ingests the repository's seeds/.
/// </summary>
internal sealed class ExplorerServer : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-explorer-{Guid.NewGuid():N}");

    public ExplorerServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the page is served, e.g. http://127.0.0.1:41234/ (known once started).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel is listening on no address.");
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataFolder", _data);
        // appsettings.json asks for localhost:5080, which a developer's own run may hold.
        builder.UseSetting("Urls", "http://127.0.0.1:0");
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
