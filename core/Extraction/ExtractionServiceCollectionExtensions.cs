using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>Registers extraction: the gazetteer, the vocabularies and the extractor, each loaded once.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDocumentExtractor"/> (a <see cref="DocumentExtractor"/>), <see cref="Gazetteer"/>
    /// and <see cref="ExtractionVocabulary"/> as singletons configured from <see cref="ExtractionOptions"/>
    /// (configuration section <c>Extraction</c>), and the segmenter they need if it is not there yet.
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, Action<ExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ExtractionOptions>().BindConfiguration("Extraction");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddChineseSegmentation();
        services.TryAddSingleton(sp => Gazetteer.Load(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.Gazetteer));
        services.TryAddSingleton(sp => ExtractionVocabulary.Load(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.VocabularyFolder));
        services.TryAddSingleton(sp => new DocumentExtractor(
            sp.GetRequiredService<JiebaSegmenter>(),
            sp.GetRequiredService<Gazetteer>(),
            sp.GetRequiredService<ExtractionVocabulary>(),
            sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.TryAddSingleton<IDocumentExtractor>(sp => sp.GetRequiredService<DocumentExtractor>());
        return services;
    }
}
