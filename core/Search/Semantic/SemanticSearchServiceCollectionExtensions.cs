using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>Registers the topic model's upkeep and the semantic and hybrid search.</summary>
public static class SemanticSearchServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TopicMaintenance"/> (the ingest job uses it to keep the topic model in step
    /// with the index, in <c>topics/</c> of the data folder), <see cref="QueryUnderstanding"/> and
    /// <see cref="HybridSearcher"/> and <see cref="RelatedPassages"/>. Needs <see cref="IngestionServiceCollectionExtensions.AddIngestion"/>,
    /// the graph store, the extraction vocabulary and the segmenter.
    /// </summary>
    public static IServiceCollection AddSemanticSearch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => TopicMaintenance.For(
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value.DataFolder,
            sp.GetRequiredService<JiebaSegmenter>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<TopicMaintenance>().Provider);
        services.TryAddSingleton(sp =>
        {
            var lexical = sp.GetRequiredService<PassageSearcher>();
            return new QueryUnderstanding(
                sp.GetRequiredService<IGraphStore>(),
                sp.GetRequiredService<ExtractionVocabulary>().Topics,
                lexical.QueryWords);
        });
        services.TryAddSingleton(sp =>
        {
            var segmenter = sp.GetRequiredService<JiebaSegmenter>();
            var provider = sp.GetRequiredService<TopicIndexProvider>();
            return new HybridSearcher(
                sp.GetRequiredService<PassageIndex>(),
                sp.GetRequiredService<PassageSearcher>(),
                sp.GetRequiredService<QueryUnderstanding>(),
                () => provider.Current,
                TopicWords.Load(segmenter),
                PassageIndex.CreateAnalyzer(segmenter));
        });
        services.TryAddSingleton(sp =>
        {
            var provider = sp.GetRequiredService<TopicIndexProvider>();
            return new RelatedPassages(
                sp.GetRequiredService<PassageIndex>(),
                sp.GetRequiredService<PassageSearcher>(),
                sp.GetRequiredService<IGraphStore>(),
                () => provider.Current);
        });
        return services;
    }
}
