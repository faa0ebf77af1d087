using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Core.Answers;

/// <summary>Registers the question answering over the graph and the index.</summary>
public static class AnswersServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CityActivityAnswerer"/>, <see cref="ActivityAnswerer"/>, <see cref="FactAnswerer"/>
    /// and <see cref="QuestionReader"/>. Needs the graph store, the extraction vocabulary, the
    /// segmenter and the passage searcher registered too.
    /// </summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new CityActivityAnswerer(
            sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<ExtractionVocabulary>(),
            sp.GetRequiredService<PassageSearcher>()));
        services.TryAddSingleton(sp => new ActivityAnswerer(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<ExtractionVocabulary>()));
        services.TryAddSingleton(sp => new FactAnswerer(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<ExtractionVocabulary>()));
        services.TryAddSingleton(sp => new QuestionReader(
            sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<ExtractionVocabulary>(),
            sp.GetRequiredService<JiebaSegmenter>()));
        return services;
    }
}
