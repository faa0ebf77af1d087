using System.Diagnostics;
using System.Globalization;
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

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>
/// The retrieval evaluation: ingests the documents of every evaluation set (the seeds, and the
/// 2026 government work reports of ../shared/corpus when their query file is there) into one
/// data folder (graph, index, topic model, associations), runs each set's queries in several
/// configurations and prints nDCG@10, Recall@10 and MRR by set and half (tune, test) and by kind
/// of query. The test halves are printed only when asked (<c>--halves tune,test</c>), as aggregates;
/// per-query figures, ablations and the weight search only ever read the tuning halves.
/// </summary>
internal static class RetrievalEvaluation
{
    public const int K = 10;

    public static int Run(Arguments args)
    {
        var root = Arguments.RepositoryRoot;
        var evaluation = Path.Combine(root, "tests", "KnowledgeGraph.Benchmarks", "Evaluation");
        var sets = new List<EvaluationSet> { EvaluationSet.Load("seeds", args.Get("queries") ?? Path.Combine(evaluation, "queries.json"), args.Get("seeds") ?? Path.Combine(root, "seeds")) };
        var govQueries = args.Get("gov-queries") ?? Path.Combine(evaluation, "gov-queries.json");
        var govFolder = args.Get("gov") ?? SharedCorpus(root);
        if (File.Exists(govQueries) && govFolder is not null)
        {
            sets.Add(EvaluationSet.Load("gov", govQueries, govFolder));
        }
        else
        {
            Console.WriteLine($"(no second set: {govQueries} or the corpus folder ../shared/corpus/gov-reports-2026 is missing)");
        }

        var kept = args.Get("data");
        var work = kept is null ? Directory.CreateTempSubdirectory("kg-evaluation-") : null;
        try
        {
            var data = kept ?? Path.Combine(work!.FullName, "data");
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddKnowledgeGraph(data)
                .BuildServiceProvider();
            try
            {
                return Evaluate(args, services, sets);
            }
            finally
            {
                services.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            work?.Delete(recursive: true);
        }
    }

    private static string? SharedCorpus(string root) =>
        new[] { Path.Combine(root, "..", "shared"), Path.Combine(root, "..", "..", "shared") }
            .Select(s => Path.GetFullPath(Path.Combine(s, "corpus", "gov-reports-2026")))
            .FirstOrDefault(Directory.Exists);

    private static int Evaluate(Arguments args, ServiceProvider services, List<EvaluationSet> sets)
    {
        services.GetRequiredService<IGraphStore>().InitializeAsync().GetAwaiter().GetResult();
        var job = services.GetRequiredService<IngestJob>();
        var clock = Stopwatch.StartNew();
        var summary = job.RunAsync(sets.Select(s => s.Folder).ToList()).GetAwaiter().GetResult();
        Console.WriteLine($"Ingested {summary.New + summary.Changed} documents ({summary.Unchanged} unchanged) from {string.Join(", ", sets.Select(s => s.Folder))} in {clock.Elapsed.TotalSeconds:F0} s; topic model: {summary.Topics?.Kind}; associations: {summary.Associations?.Kind} ({summary.Associations?.Words} words, {summary.Associations?.Pairs} pairs)");

        var index = services.GetRequiredService<PassageIndex>();
        var lexical = services.GetRequiredService<PassageSearcher>();
        var hybrid = services.GetRequiredService<HybridSearcher>();
        var problems = new List<string>();
        var queries = sets.SelectMany(s => s.Resolve(
            path => job.DocumentIdFor(path),
            document => lexical.GetDocumentPassages(document).Select(p => (p.Id, p.Text)).ToList(),
            problems)).ToList();
        var judged = queries.SelectMany(q => q.Grades.Keys).Distinct(StringComparer.Ordinal).ToList();
        problems.AddRange(judged.Except(lexical.GetPassages(judged).Select(p => p.Id), StringComparer.Ordinal).Select(id => $"judged passage not in the index: {id}"));
        if (problems.Count > 0)
        {
            Console.Error.WriteLine($"{problems.Count} judgments cannot be resolved:");
            problems.ForEach(p => Console.Error.WriteLine("  " + p));
            return 1;
        }

        var halves = (args.Get("halves") ?? "tune").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var configurations = Configurations(index, lexical, hybrid);
        var scores = new Scores(configurations);
        Console.WriteLine();
        Console.WriteLine($"Sets: {string.Join("; ", sets.Select(s => $"{s.Name} {queries.Count(q => q.Set == s.Name)} queries ({string.Join(", ", queries.Where(q => q.Set == s.Name).GroupBy(q => q.Half).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))})"))}");
        Console.WriteLine($"nDCG@{K} with gains 2^grade-1, Recall@{K} and MRR over grade >= 1; the test halves are read only as these aggregates.");
        foreach (var half in new[] { "tune", "test", "all" }.Where(halves.Contains))
        {
            foreach (var set in sets.Select(s => s.Name).Append("pooled"))
            {
                var chosen = queries.Where(q => q.Half == half && (set == "pooled" || q.Set == set)).ToList();
                if (chosen.Count > 0 && (set != "pooled" || sets.Count > 1))
                {
                    scores.Print($"{set}, {half} half", chosen);
                }
            }
        }

        var tuning = queries.Where(q => q.Half is "tune" or "all").ToList();
        if (args.Get("per-query") is not null)
        {
            scores.PrintPerQuery(tuning);
        }

        if (args.Get("ablate") is not null)
        {
            WeightSearch.Ablate(tuning, hybrid);
        }

        if (args.Get("tune") is not null)
        {
            WeightSearch.Tune(tuning, hybrid, args.Get("tune")!);
        }

        return Gates(args, queries, scores);
    }

    // --gate-hybrid G, --gate-vocabulary-free G, --gate-lexical G: on the test halves pooled, each
    // configuration's nDCG@10 must reach the bigram baseline's plus G.
    private static int Gates(Arguments args, List<EvaluationQuery> queries, Scores scores)
    {
        var gates = new (string Option, string Configuration)[]
        {
            ("gate-hybrid", Hybrid), ("gate-vocabulary-free", VocabularyFree), ("gate-lexical", Lexical),
        }.Where(g => args.Get(g.Option) is not null).ToList();
        if (gates.Count == 0)
        {
            return 0;
        }

        var test = queries.Where(q => q.Half == "test").ToList();
        if (test.Count == 0)
        {
            Console.Error.WriteLine("No test half to gate on.");
            return 1;
        }

        var baseline = scores.Mean(Baseline, test);
        var failed = false;
        Console.WriteLine();
        foreach (var (option, configuration) in gates)
        {
            var required = double.Parse(args.Get(option)!, CultureInfo.InvariantCulture);
            var gain = scores.Mean(configuration, test) - baseline;
            var ok = gain >= required - 1e-9;
            failed |= !ok;
            Console.WriteLine($"{configuration} - {Baseline} on the test halves ({test.Count} queries): nDCG@{K} {gain:+0.000;-0.000} (required {required:+0.000;-0.000}) {(ok ? "ok" : "FAILED")}");
        }

        return failed ? 1 : 0;
    }

    public const string Baseline = "bigram-only BM25";
    public const string Lexical = "lexical (words, bigrams, SmartCn)";
    public const string Hybrid = "hybrid";
    public const string VocabularyFree = "hybrid without the hand vocabulary";

    private static List<(string Name, Func<string, IReadOnlyList<string>> Search)> Configurations(PassageIndex index, PassageSearcher lexical, HybridSearcher hybrid) =>
    [
        (Baseline, q => BigramSearch(index, q)),
        (Lexical, q => lexical.Search(new SearchRequest(q, K)).Hits.Select(h => h.PassageId).ToList()),
        (Hybrid, q => Ranking(hybrid, q, HybridWeights.Default)),
        (VocabularyFree, q => Ranking(hybrid, q, HybridWeights.Default.WithoutVocabulary())),
        ("semantic only", q => Ranking(hybrid, q, HybridWeights.Default.WithoutLexical())),
    ];

    public static IReadOnlyList<string> Ranking(HybridSearcher hybrid, string text, HybridWeights weights) =>
        hybrid.RankAsync(text, weights, K).GetAwaiter().GetResult().Take(K).Select(r => r.Id).ToList();

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

    public static (double Ndcg, double Recall, double Mrr) Score(EvaluationQuery query, IReadOnlyList<string> ranking) =>
        (RetrievalMetrics.NdcgAt(ranking, query.Grades, K), RetrievalMetrics.RecallAt(ranking, query.Grades, K), RetrievalMetrics.ReciprocalRank(ranking, query.Grades));

    public static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
