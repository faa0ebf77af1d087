using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search.Associations;
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
    /// Adds <see cref="TopicMaintenance"/> and <see cref="AssociationMaintenance"/> (the ingest job
    /// uses them to keep the topic model and the learned associations in step with the index, in
    /// <c>topics/</c> and <c>associations/</c> of the data folder), <see cref="QueryUnderstanding"/> and
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
        services.TryAddSingleton(sp => AssociationMaintenance.For(
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value.DataFolder,
            TopicWords.Load(sp.GetRequiredService<JiebaSegmenter>())));
        services.TryAddSingleton(sp => sp.GetRequiredService<AssociationMaintenance>().Provider);
        services.TryAddSingleton(sp =>
        {
            var provider = sp.GetRequiredService<AssociationProvider>();
            var segmenter = sp.GetRequiredService<JiebaSegmenter>();
            return new WordAssociates(() => provider.Current.Words, new Lazy<DictionarySynonyms>(LoadDictionary), word => segmenter.Cut(word));
        });
        services.TryAddSingleton(sp =>
        {
            var lexical = sp.GetRequiredService<PassageSearcher>();
            var provider = sp.GetRequiredService<AssociationProvider>();
            return new QueryUnderstanding(
                sp.GetRequiredService<PassageIndex>(),
                sp.GetRequiredService<ExtractionVocabulary>().Topics,
                lexical,
                sp.GetRequiredService<WordAssociates>(),
                () => provider.Current.Entities,
                PassageIndex.CreateAnalyzer(sp.GetRequiredService<JiebaSegmenter>()));
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

    // Without the dictionary data (a build that could not restore it), search goes on without its synonyms.
    private static DictionarySynonyms LoadDictionary()
    {
        try
        {
            return DictionarySynonyms.Load();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return DictionarySynonyms.Empty;
        }
    }
}
