using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>Where the ingest job keeps its files, and how hard it works.</summary>
public sealed class IngestionOptions
{
    /// <summary>The data folder (ledger, index, embedded graph); see <see cref="Core.DataFolder"/>.</summary>
    public string DataFolder { get; set; } = Core.DataFolder.Resolve();

    /// <summary>Documents prepared at once; the number of cores when 0.</summary>
    public int MaxDegreeOfParallelism { get; set; }

    /// <summary>
    /// Documents written together at most: one graph transaction and one index commit serve them
    /// all, between the ledger's pending and complete marks.
    /// </summary>
    public int BatchDocuments { get; set; } = 128;

    /// <summary>Megabytes of files written together at most (a batch of large files closes early).</summary>
    public double BatchMegabytes { get; set; } = 8;

    /// <summary>Whether the passage index's files are mapped into memory (<see cref="PassageIndex.Open"/>): true for a server, false for the ingest command.</summary>
    public bool MapIndexFiles { get; set; } = true;
}

/// <summary>Registers the ingest job with its ledger and passage index.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IngestJob"/> (also as <see cref="IDocumentIngest"/>), <see cref="DocumentUploads"/>,
    /// <see cref="IngestLedger"/>, <see cref="PassageIndex"/> and its <see cref="PassageSearcher"/>
    /// (configuration section <c>Ingestion</c>). Needs an <see cref="IGraphStore"/>, an
    /// <see cref="IDocumentExtractor"/> and a <see cref="JiebaSegmenter"/> registered too.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<IngestionOptions>().BindConfiguration("Ingestion");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(_ => GraphSchema.Load());
        services.TryAddSingleton(sp => OpenLedger(Options(sp).DataFolder, sp.GetRequiredService<PassageIndex>()));
        services.TryAddSingleton(sp => PassageIndex.Open(PassageIndex.FolderIn(Options(sp).DataFolder), sp.GetRequiredService<JiebaSegmenter>(), Options(sp).MapIndexFiles));
        services.TryAddSingleton(sp => new PassageSearcher(sp.GetRequiredService<PassageIndex>(), sp.GetRequiredService<JiebaSegmenter>(), PassageSearcher.DefaultStopWords(), GeneralRarity.Load()));
        services.TryAddSingleton(sp => new IngestJob(
            sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<PassageIndex>(),
            sp.GetRequiredService<IngestLedger>(),
            sp.GetRequiredService<IDocumentExtractor>(),
            sp.GetRequiredService<GraphSchema>(),
            DocumentIdentity.ForDataFolder(Options(sp).DataFolder),
            Options(sp),
            sp.GetService<TopicMaintenance>(),
            sp.GetService<AssociationMaintenance>()));
        services.TryAddSingleton<IDocumentIngest>(sp => sp.GetRequiredService<IngestJob>());
        services.TryAddSingleton(sp => new DocumentUploads(
            sp.GetRequiredService<IDocumentIngest>(),
            sp.GetRequiredService<IngestLedger>(),
            sp.GetRequiredService<IngestJob>().Identity));
        return services;
    }

    // An index rebuilt in a newer format has lost its passages: the ledger forgets its documents
    // too, so the next run ingests them all again (the graph takes them back as replacements).
    private static IngestLedger OpenLedger(string dataFolder, PassageIndex index)
    {
        var ledger = IngestLedger.Open(dataFolder);
        if (index.WasReset)
        {
            foreach (var entry in ledger.All())
            {
                ledger.Remove(entry.Id);
            }
        }

        return ledger;
    }

    private static IngestionOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<IngestionOptions>>().Value;
}
