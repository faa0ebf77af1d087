using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The services the store-touching commands share, configured as the API is: appsettings.json
/// beside the program, then environment variables (<c>GraphStore__Provider=neo4j</c> …), with the
/// data folder from <c>--data</c>, else <c>KG_DATA</c>, else the repository's <c>data/</c>.
/// </summary>
internal static class IngestHost
{
    public static ServiceProvider Build(string? dataFolder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddKnowledgeGraph(dataFolder);
        // A command reads the index once through, or writes it: file reads, not mapped files,
        // whose pages would count in the process's resident memory.
        builder.Services.Configure<IngestionOptions>(o => o.MapIndexFiles = false);
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>The job, with its graph store initialised.</summary>
    public static async Task<IngestJob> JobAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services.GetRequiredService<IngestJob>();
    }
}
