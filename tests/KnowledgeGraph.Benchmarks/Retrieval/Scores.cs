using System.Diagnostics;
using static KnowledgeGraph.Benchmarks.Retrieval.RetrievalEvaluation;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>The rankings of every configuration for every query, computed once, and their figures over any subset of the queries.</summary>
internal sealed class Scores(IReadOnlyList<(string Name, Func<string, IReadOnlyList<string>> Search)> configurations)
{
    private readonly Dictionary<(string, EvaluationQuery), ((double Ndcg, double Recall, double Mrr) Score, double Milliseconds)> _done = [];

    public double Mean(string configuration, IReadOnlyList<EvaluationQuery> chosen) =>
        chosen.Average(q => Of(configuration, q).Score.Ndcg);

    public void Print(string title, IReadOnlyList<EvaluationQuery> chosen)
    {
        var kinds = chosen.GroupBy(q => q.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
        Console.WriteLine();
        Console.WriteLine($"{title}: {chosen.Count} queries");
        Console.WriteLine();
        Console.WriteLine($"| configuration | nDCG@{K} | Recall@{K} | MRR | " + string.Join(" | ", kinds.Select(k => $"{k.Key} ({k.Item2})")) + " | ms / query |");
        Console.WriteLine("| --- | --- | --- | --- | " + string.Concat(kinds.Select(_ => "--- | ")) + "--- |");
        foreach (var (name, _) in configurations)
        {
            var results = chosen.Select(q => (Query: q, Result: Of(name, q))).ToList();
            var byKind = kinds.Select(k => F(results.Where(r => r.Query.Kind == k.Key).Average(r => r.Result.Score.Ndcg)));
            Console.WriteLine($"| {name} | {F(results.Average(r => r.Result.Score.Ndcg))} | {F(results.Average(r => r.Result.Score.Recall))} | {F(results.Average(r => r.Result.Score.Mrr))} | "
                + string.Join(" | ", byKind) + $" | {results.Average(r => r.Result.Milliseconds):F1} |");
        }
    }

    public void PrintPerQuery(IReadOnlyList<EvaluationQuery> chosen)
    {
        Console.WriteLine();
        Console.WriteLine($"nDCG@{K} by query (tuning halves): " + string.Join(" / ", configurations.Select(c => c.Name)));
        foreach (var query in chosen)
        {
            Console.WriteLine($"{query.Set,-6} {query.Id,-5} {query.Kind,-10} {query.Text,-28} " + string.Join(" ", configurations.Select(c => F(Of(c.Name, query).Score.Ndcg))));
        }
    }

    private ((double Ndcg, double Recall, double Mrr) Score, double Milliseconds) Of(string configuration, EvaluationQuery query)
    {
        if (!_done.TryGetValue((configuration, query), out var result))
        {
            var search = configurations.First(c => c.Name == configuration).Search;
            search(query.Text);
            var clock = Stopwatch.StartNew();
            var ranking = search(query.Text);
            result = (Score(query, ranking), clock.Elapsed.TotalMilliseconds);
            _done[(configuration, query)] = result;
        }

        return result;
    }
}
