using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>
/// Prints how queries are read over a data folder: each concept with its share, the entities it
/// names and its expansions by source, then the total and the first hits in lexical and hybrid
/// mode, with and without the hand vocabulary. For looking at what the associations do; it
/// reads no judgment.
/// </summary>
internal static class QueryReading
{
    public static int Run(Arguments args, IReadOnlyList<string> queries)
    {
        var data = args.Get("data") ?? throw new ArgumentException("--data DIR is required");
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(data)
            .BuildServiceProvider();
        try
        {
            var hybrid = services.GetRequiredService<HybridSearcher>();
            var index = services.GetRequiredService<PassageIndex>();
            var understanding = services.GetRequiredService<QueryUnderstanding>();
            var hits = (int)args.Number("hits", 5);
            foreach (var text in queries)
            {
                foreach (var weights in new[] { HybridWeights.Default, HybridWeights.Default.WithoutVocabulary() })
                {
                    var query = index.Search(s => understanding.Understand(text, s, weights));
                    Console.WriteLine($"== {text} ({(weights.Vocabulary ? "with" : "without")} the hand vocabulary); neighbours {query.Neighbors.Count}");
                    foreach (var concept in query.Concepts)
                    {
                        Console.WriteLine($"  {concept.Text} share {concept.Share:F2} idf {concept.Idf:F1}; entities {string.Join(", ", concept.Entities.Select(e => e.Id))}");
                        foreach (var group in concept.Expansions.GroupBy(e => e.Source))
                        {
                            Console.WriteLine($"    {group.Key}: {string.Join(" ", group.Select(e => $"{e.Term}:{e.Weight:F2}"))}");
                        }
                    }

                    var result = hybrid.SearchAsync(new SearchRequest(text, hits), SearchMode.Hybrid, weights).GetAwaiter().GetResult();
                    Console.WriteLine($"  hybrid total {result.Total}");
                    foreach (var hit in result.Hits)
                    {
                        Console.WriteLine($"    {hit.Score:F2} {Shorten(hit.Text)}");
                    }
                }

                var lexical = hybrid.SearchAsync(new SearchRequest(text, hits), SearchMode.Lexical).GetAwaiter().GetResult();
                Console.WriteLine($"  lexical total {lexical.Total}");
                foreach (var hit in lexical.Hits)
                {
                    Console.WriteLine($"    {hit.Score:F2} {Shorten(hit.Text)}");
                }
            }

            return 0;
        }
        finally
        {
            services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
