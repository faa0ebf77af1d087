using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Semantic;
using static KnowledgeGraph.Benchmarks.Retrieval.RetrievalEvaluation;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>
/// Ablations and the search for the hybrid weights, on the tuning halves only: each signal taken
/// out in turn, and coordinate ascent over the weights (each in turn set to the best of a few
/// values, the others held, for two rounds), starting from the defaults.
/// </summary>
internal static class WeightSearch
{
    private static readonly (string Name, double[] Values, Func<HybridWeights, double, HybridWeights> Set)[] Parameters =
    [
        ("expansion", [0.2, 0.4, 0.6, 0.8, 1.0], (w, v) => w with { Expansion = v }),
        ("entity", [0, 0.4, 0.8, 1.2], (w, v) => w with { Entity = v }),
        ("coverage", [0, 0.25, 0.5, 1.0, 2.0], (w, v) => w with { Coverage = v }),
        ("bigram", [0, 0.15, 0.3, 0.6], (w, v) => w with { Bigram = v }),
        ("smartcn", [0, 0.15, 0.3, 0.6], (w, v) => w with { SmartCn = v }),
        ("topic", [0, 0.05, 0.1, 0.2, 0.4], (w, v) => w with { Topic = v }),
        ("neighbor", [0, 0.05, 0.1, 0.2], (w, v) => w with { Neighbor = v }),
        ("feedback", [0, 0.1, 0.2, 0.4, 0.8], (w, v) => w with { Feedback = v }),
        ("threshold", [0.3, 0.4, 0.5, 0.6, 0.8], (w, v) => w with { Threshold = v }),
        ("floor", [0.1, 0.15, 0.2, 0.25, 0.35], (w, v) => w with { Floor = v }),
        ("dictionary", [0, 0.4, 0.6, 0.8, 1.0], (w, v) => w with { Associations = w.Associations with { Dictionary = v } }),
        ("cooccurrence", [0, 0.15, 0.3, 0.5, 0.8], (w, v) => w with { Associations = w.Associations with { Cooccurrence = v } }),
        ("context", [0, 0.15, 0.3, 0.5, 0.8], (w, v) => w with { Associations = w.Associations with { Context = v } }),
        ("character", [0, 0.15, 0.3, 0.5, 0.8], (w, v) => w with { Associations = w.Associations with { Character = v } }),
    ];

    public static void Ablate(IReadOnlyList<EvaluationQuery> tuning, HybridSearcher hybrid)
    {
        Console.WriteLine();
        Console.WriteLine($"Ablations on the tuning halves ({tuning.Count} queries), nDCG@{K} (with vocabulary / without):");
        var start = HybridWeights.Default;
        Console.WriteLine($"  {"default",-28} {F(Mean(tuning, hybrid, start))} / {F(Mean(tuning, hybrid, start.WithoutVocabulary()))}");
        foreach (var (name, _, set) in Parameters.Where(p => p.Name is not ("threshold" or "floor")))
        {
            var without = set(start, 0);
            Console.WriteLine($"  {"without " + name,-28} {F(Mean(tuning, hybrid, without))} / {F(Mean(tuning, hybrid, without.WithoutVocabulary()))}");
        }

        var bare = start with { Associations = AssociationWeights.None };
        Console.WriteLine($"  {"without any associate",-28} {F(Mean(tuning, hybrid, bare))} / {F(Mean(tuning, hybrid, bare.WithoutVocabulary()))}");
    }

    /// <summary><paramref name="target"/>: <c>hybrid</c> tunes the ranking with the vocabulary, <c>free</c> without it, anything else the mean of both.</summary>
    public static void Tune(IReadOnlyList<EvaluationQuery> tuning, HybridSearcher hybrid, string target)
    {
        double Objective(HybridWeights w) => target switch
        {
            "hybrid" => Mean(tuning, hybrid, w),
            "free" => Mean(tuning, hybrid, w.WithoutVocabulary()),
            _ => (Mean(tuning, hybrid, w) + Mean(tuning, hybrid, w.WithoutVocabulary())) / 2,
        };

        var best = HybridWeights.Default;
        var bestScore = Objective(best);
        Console.WriteLine();
        Console.WriteLine($"Coordinate ascent on the tuning halves ({tuning.Count} queries, objective {target}): start {F(bestScore)}");
        for (var round = 1; round <= 2; round++)
        {
            foreach (var (name, values, set) in Parameters)
            {
                foreach (var value in values)
                {
                    var candidate = set(best, value);
                    var score = Objective(candidate);
                    if (score > bestScore + 0.0005)
                    {
                        (best, bestScore) = (candidate, score);
                        Console.WriteLine($"  round {round}: {name} = {value} -> {F(score)}");
                    }
                }
            }
        }

        Console.WriteLine($"Best: {best} {best.Associations} -> {F(bestScore)} (with vocabulary {F(Mean(tuning, hybrid, best))}, without {F(Mean(tuning, hybrid, best.WithoutVocabulary()))})");
    }

    private static double Mean(IReadOnlyList<EvaluationQuery> queries, HybridSearcher hybrid, HybridWeights weights) =>
        queries.Average(q => Score(q, Ranking(hybrid, q.Text, weights)).Ndcg);
}
