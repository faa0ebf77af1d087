using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core;

/// <summary>Registers everything a host of the knowledge graph needs, over one data folder.</summary>
public static class KnowledgeGraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds the segmenter, the graph store, the extractor, the ingest job with its ledger and
    /// passage index and searcher, and the answers, all keeping their files in <paramref name="dataFolder"/> (resolved by
    /// <see cref="DataFolder.Resolve"/>: the argument, else KG_DATA, else the repository's data/).
    /// Each part still reads its own configuration section (Segmenter, GraphStore, Ingestion).
    /// </summary>
    public static IServiceCollection AddKnowledgeGraph(this IServiceCollection services, string? dataFolder = null)
    {
        var folder = DataFolder.Resolve(dataFolder);
        return services
            .AddChineseSegmentation()
            .AddGraphStore(o => o.DataFolder = folder)
            .AddExtraction()
            .AddIngestion(o => o.DataFolder = folder)
            .AddAnswers();
    }
}
