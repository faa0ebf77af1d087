using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Evaluation;
using KnowledgeGraph.Core.Search.Semantic;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The retrieval evaluation: ingests the seeds into an empty data folder (graph, index, topic
/// model), runs every query of Evaluation/queries.json in four configurations and prints
/// nDCG@10, Recall@10 and MRR, overall and by kind of query. With <c>--tune</c>, also searches
/// the weights of the hybrid ranking on the same queries and prints the best.
/// </summary>
internal static class RetrievalEvaluation
{
    private const int K = 10;

    public static int Run(Arguments args)
    {
        var root = Arguments.RepositoryRoot;
        var queriesPath = args.Get("queries") ?? Path.Combine(root, "tests", "KnowledgeGraph.Benchmarks", "Evaluation", "queries.json");
        var seeds = args.Get("seeds") ?? Path.Combine(root, "seeds");
        var work = Directory.CreateTempSubdirectory("kg-evaluation-");
        try
        {
            var data = Path.Combine(work.FullName, "data");
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddKnowledgeGraph(data)
                .BuildServiceProvider();
            try
            {
                return Evaluate(args, services, queriesPath, seeds);
            }
            finally
            {
                services.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int Evaluate(Arguments args, ServiceProvider services, string queriesPath, string seeds)
    {
        services.GetRequiredService<IGraphStore>().InitializeAsync().GetAwaiter().GetResult();
        var job = services.GetRequiredService<IngestJob>();
        var summary = job.RunAsync([seeds]).GetAwaiter().GetResult();
        Console.WriteLine($"Ingested {summary.New + summary.Changed} documents from {seeds}; topic model: {summary.Topics?.Kind} on {summary.Topics?.Passages} passages");

        var queries = EvaluationQuery.Load(queriesPath, key => job.DocumentIdFor(Path.Combine(seeds, key + ".txt")));
        var index = services.GetRequiredService<PassageIndex>();
        var lexical = services.GetRequiredService<PassageSearcher>();
        var hybrid = services.GetRequiredService<HybridSearcher>();
        var judged = queries.SelectMany(q => q.Grades.Keys).Distinct(StringComparer.Ordinal).ToList();
        var missing = judged.Except(lexical.GetPassages(judged).Select(p => p.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"Judged passages not in the index: {string.Join(", ", missing)}");
            return 1;
        }

        var configurations = new List<(string Name, Func<string, IReadOnlyList<string>> Search)>
        {
            ("bigram-only BM25", q => BigramSearch(index, q)),
            ("words + bigrams BM25 (lexical)", q => lexical.Search(new SearchRequest(q, K)).Hits.Select(h => h.PassageId).ToList()),
            ("+ query understanding", q => Ranking(hybrid, q, HybridWeights.Default with { Topic = 0 })),
            ("+ topic model (hybrid)", q => Ranking(hybrid, q, HybridWeights.Default)),
            ("semantic only", q => Ranking(hybrid, q, HybridWeights.Default.WithoutLexical())),
        };

        Console.WriteLine($"{queries.Count} queries ({string.Join(", ", queries.GroupBy(q => q.Kind).Select(g => $"{g.Count()} {g.Key}"))}), judged at passage level; nDCG@{K} with gains 2^grade-1, Recall@{K} and MRR over grade >= 1");
        Console.WriteLine();
        Console.WriteLine($"| configuration | nDCG@{K} | Recall@{K} | MRR | nDCG@{K} paraphrase | nDCG@{K} name | nDCG@{K} topic | nDCG@{K} question | ms / query |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var perQuery = new Dictionary<string, List<double>>();
        var paraphrase = new Dictionary<string, double>();
        foreach (var (name, search) in configurations)
        {
            foreach (var query in queries.Take(5))
            {
                search(query.Text);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rankings = queries.Select(q => search(q.Text)).ToList();
            var milliseconds = clock.Elapsed.TotalMilliseconds / queries.Count;
            var scores = queries.Zip(rankings, Score).ToList();
            perQuery[name] = scores.Select(s => s.Ndcg).ToList();
            paraphrase[name] = queries.Zip(scores).Where(p => p.First.Kind == "paraphrase").Select(p => p.Second.Ndcg).DefaultIfEmpty().Average();
            string ByKind(string kind) => F(queries.Zip(scores).Where(p => p.First.Kind == kind).Select(p => p.Second.Ndcg).DefaultIfEmpty().Average());
            Console.WriteLine($"| {name} | {F(scores.Average(s => s.Ndcg))} | {F(scores.Average(s => s.Recall))} | {F(scores.Average(s => s.Mrr))} | {ByKind("paraphrase")} | {ByKind("name")} | {ByKind("topic")} | {ByKind("question")} | {milliseconds:F1} |");
        }

        if (args.Get("per-query") is not null)
        {
            Console.WriteLine();
            Console.WriteLine("nDCG@10 by query: " + string.Join(" / ", configurations.Select(c => c.Name)));
            for (var i = 0; i < queries.Count; i++)
            {
                Console.WriteLine($"{queries[i].Id,-4} {queries[i].Text,-24} " + string.Join(" ", configurations.Select(c => F(perQuery[c.Name][i]))));
            }
        }

        if (args.Get("tune") is not null)
        {
            Tune(queries, hybrid);
        }

        // --min-gain G: the hybrid ranking must beat the bigram baseline on nDCG@10, and on the
        // paraphrase queries by at least G (CI runs it with 0.3).
        if (args.Get("min-gain") is { } minimum)
        {
            var gain = double.Parse(minimum, CultureInfo.InvariantCulture);
            var (baseline, hybridName) = (configurations[0].Name, configurations[3].Name);
            var overall = perQuery[hybridName].Average() - perQuery[baseline].Average();
            var onParaphrases = paraphrase[hybridName] - paraphrase[baseline];
            Console.WriteLine();
            Console.WriteLine($"hybrid - bigram baseline: nDCG@{K} {overall:+0.000;-0.000}, on paraphrases {onParaphrases:+0.000;-0.000} (required: > 0 and >= {gain:F3})");
            if (overall <= 0 || onParaphrases < gain)
            {
                return 1;
            }
        }

        return 0;
    }

    // The grid the weights of the hybrid ranking were chosen from; lexical stays at 1 (the scale).
    private static void Tune(IReadOnlyList<EvaluationQuery> queries, HybridSearcher hybrid)
    {
        double[] expansion = [0, 0.2, 0.4, 0.6, 0.8, 1.0];
        double[] entity = [0, 0.2, 0.4, 0.6, 0.8];
        double[] topic = [0, 0.1, 0.2, 0.3, 0.5];
        double[] neighbor = [0, 0.3, 0.6];
        double[] bigram = [0, 0.2, 0.4];
        var signals = queries.Select(q => hybrid.SignalsAsync(q.Text).GetAwaiter().GetResult()).ToList();
        var results = new List<(HybridWeights Weights, double Ndcg, double Paraphrase)>();
        foreach (var x in expansion)
        {
            foreach (var e in entity)
            {
                foreach (var t in topic)
                {
                    foreach (var n in neighbor)
                    {
                        foreach (var b in bigram)
                        {
                            var weights = new HybridWeights(1, x, e, t, n, b);
                            var scores = queries.Select((q, i) => (q.Kind, Score(q, signals[i].Rank(weights).Take(K).Select(r => r.Id).ToList()).Ndcg)).ToList();
                            results.Add((weights, scores.Average(s => s.Ndcg), scores.Where(s => s.Kind == "paraphrase").Average(s => s.Ndcg)));
                        }
                    }
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Best of {results.Count} weightings (lexical 1) by mean nDCG@{K}:");
        foreach (var (weights, ndcg, paraphrase) in results.OrderByDescending(r => r.Ndcg).Take(10))
        {
            Console.WriteLine($"  expansion {weights.Expansion:F1} entity {weights.Entity:F1} topic {weights.Topic:F1} neighbour {weights.NeighborShare:F1} bigram {weights.Bigram:F1}: nDCG@{K} {F(ndcg)}, paraphrase {F(paraphrase)}");
        }
    }

    private static IReadOnlyList<string> Ranking(HybridSearcher hybrid, string text, HybridWeights weights) =>
        hybrid.RankAsync(text, weights).GetAwaiter().GetResult().Take(K).Select(r => r.Id).ToList();

    // What a plain Lucene user gets: the query's CJK bigrams, any of them, BM25 over the bigrams field.
    private static IReadOnlyList<string> BigramSearch(PassageIndex index, string text)
    {
        var query = new BooleanQuery();
        using var analyzer = new CjkBigramAnalyzer();
        using (var stream = analyzer.GetTokenStream(PassageFields.Bigrams, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term(PassageFields.Bigrams, term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        return index.Search(searcher => searcher.Search(query, K).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(PassageFields.Id)).ToList());
    }

    private static (double Ndcg, double Recall, double Mrr) Score(EvaluationQuery query, IReadOnlyList<string> ranking) =>
        (RetrievalMetrics.NdcgAt(ranking, query.Grades, K), RetrievalMetrics.RecallAt(ranking, query.Grades, K), RetrievalMetrics.ReciprocalRank(ranking, query.Grades));

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}

/// <summary>A query of the evaluation set with its judgments, by passage id as the index has them.</summary>
internal sealed record EvaluationQuery(string Id, string Kind, string Text, IReadOnlyDictionary<string, int> Grades)
{
    /// <summary>Reads queries.json; <paramref name="documentId"/> turns a seed's file name (without .txt) into its document id.</summary>
    public static IReadOnlyList<EvaluationQuery> Load(string path, Func<string, string> documentId)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var documents = json.RootElement.GetProperty("documents").EnumerateObject()
            .ToDictionary(p => p.Name, p => documentId(p.Value.GetString()!), StringComparer.Ordinal);
        return json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new EvaluationQuery(
            q.GetProperty("id").GetString()!,
            q.GetProperty("kind").GetString()!,
            q.GetProperty("text").GetString()!,
            q.GetProperty("judgments").EnumerateObject().ToDictionary(
                j => documents[j.Name[..j.Name.IndexOf(':', StringComparison.Ordinal)]] + j.Name[j.Name.IndexOf(':', StringComparison.Ordinal)..],
                j => j.Value.GetInt32(),
                StringComparer.Ordinal))).ToList();
    }
}
