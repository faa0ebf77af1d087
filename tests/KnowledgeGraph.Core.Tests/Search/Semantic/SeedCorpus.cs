using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

/// <summary>
/// The seeds ingested once into a data folder of its own (graph, index, topic model), shared by
/// the tests of a class; deleted with everything in it on dispose.
/// </summary>
public sealed class SeedCorpus : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public ServiceProvider Services { get; private set; } = null!;

    public IngestSummary Summary { get; private set; } = null!;

    public string Data => Path.Combine(_folder.Path, "data");

    public string Seeds => Path.Combine(_folder.Path, "seeds");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Seeds);
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(Seeds, Path.GetFileName(seed)));
        }

        Services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(Data)
            .BuildServiceProvider();
        await Services.GetRequiredService<IGraphStore>().InitializeAsync();
        Summary = await Services.GetRequiredService<IngestJob>().RunAsync([Seeds]);
    }

    /// <summary>The index id of a seed passage: <c>000:s6:p1:t3</c> is sentence s6:p1:t3 of the seed whose name starts with 000.</summary>
    public string PassageId(string shortId)
    {
        var file = Directory.GetFiles(Seeds, shortId[..3] + "_*.txt").Single();
        return Services.GetRequiredService<IngestJob>().DocumentIdFor(file) + shortId[3..];
    }

    public IReadOnlyList<string> Ids(SearchResult result) => result.Hits.Select(h => h.PassageId).ToList();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
