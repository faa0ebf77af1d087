using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Extraction;

public class ExtractionServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(typeof(IDocumentExtractor))]
    [InlineData(typeof(DocumentExtractor))]
    [InlineData(typeof(Gazetteer))]
    [InlineData(typeof(ExtractionVocabulary))]
    [InlineData(typeof(JiebaSegmenter))]
    public void The_extractor_and_what_it_reads_are_registered_as_singletons(Type service)
    {
        var services = new ServiceCollection().AddExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == service);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }
}
