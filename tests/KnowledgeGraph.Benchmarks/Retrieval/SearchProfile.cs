using System.Diagnostics;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>
/// Where a search's time goes, in process over a data folder (no HTTP): reading the query
/// (concepts, entities, associates), the ranking with and without the reordering, and the whole
/// search with its page of hits, each the mean over the rotating queries of
/// <see cref="SearchLatency"/>, after a warm-up round.
/// </summary>
internal static class SearchProfile
{
    public static int Run(Arguments args)
    {
        var data = args.Get("data") ?? throw new ArgumentException("--data DIR is required");
        var rounds = (int)args.Number("rounds", 5);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(data)
            .BuildServiceProvider();
        try
        {
            var hybrid = services.GetRequiredService<HybridSearcher>();
            var index = services.GetRequiredService<PassageIndex>();
            var lexical = services.GetRequiredService<PassageSearcher>();
            var understanding = services.GetRequiredService<QueryUnderstanding>();
            var queries = BenchmarkQueries.From(args);
            var weights = HybridWeights.Default;
            var stages = new (string Name, Action<string> Run)[]
            {
                ("read the query", q => index.Search(s => understanding.Understand(q, s, weights))),
                ("rank, no reordering", q => hybrid.RankAsync(q, weights with { Topic = 0, Neighbor = 0, Feedback = 0 }, 20).GetAwaiter().GetResult()),
                ("rank, reordered", q => hybrid.RankAsync(q, weights, 20).GetAwaiter().GetResult()),
                ("hybrid search, 20 hits", q => hybrid.SearchAsync(new SearchRequest(q, 20)).GetAwaiter().GetResult()),
                ("hybrid search, page 3", q => hybrid.SearchAsync(new SearchRequest(q, 20, 40)).GetAwaiter().GetResult()),
                ("lexical search, 20 hits", q => lexical.Search(new SearchRequest(q, 20))),
            };
            Console.WriteLine($"{index.Count():N0} passages; {queries.Length} queries x {rounds} rounds; milliseconds per query: wall mean, wall max, CPU mean (the process's CPU time over the calls, which a busy machine disturbs less), the mean over the queries of each one's best round (what the neighbours disturb least), and the kilobytes allocated per query (which they do not disturb at all); then the work per query of the planned searches (which nothing disturbs): postings read from the index, postings of kept arrays, passages touched, candidates of the coverage bound, matches");
            SearchWork.CountCandidates = true;
            var slowest = (int)args.Number("slowest", 0);
            foreach (var (name, run) in stages)
            {
                // One warm-up round (of the first 20 at most: the others stay new to the timed rounds).
                foreach (var q in queries.Take(20))
                {
                    run(q);
                }

                var times = new List<double>();
                var best = new double[queries.Length];
                Array.Fill(best, double.MaxValue);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var work = SearchWork.Snapshot();
                var each = new SearchWorkCounts[queries.Length];
                for (var round = 0; round < rounds; round++)
                {
                    for (var i = 0; i < queries.Length; i++)
                    {
                        var before = SearchWork.Snapshot();
                        var clock = Stopwatch.StartNew();
                        run(queries[i]);
                        times.Add(clock.Elapsed.TotalMilliseconds);
                        each[i] = round == 0 ? SearchWork.Snapshot().Since(before) : each[i];
                        best[i] = Math.Min(best[i], clock.Elapsed.TotalMilliseconds);
                    }
                }

                var cpuMean = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
                var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / times.Count;
                var done = SearchWork.Snapshot().Since(work);
                Console.WriteLine($"{name,-26} {times.Average(),8:F2} {times.Max(),8:F2} {cpuMean,8:F2} {best.Average(),8:F2} {kilobytes,9:F0}  {Work(done, times.Count)}");
                foreach (var i in Enumerable.Range(0, queries.Length).OrderByDescending(i => times[i]).Take(slowest))
                {
                    // The first timed round: the query new to this stage.
                    Console.WriteLine($"    {times[i],8:F2}  {Work(each[i], 1)}  {queries[i]}");
                }
            }

            var (common, frequent) = index.Search(s => index.CommonPostings.KeptBytes(s.IndexReader));
            Console.WriteLine($"kept arrays after the stages (CommonPostings): common lists {common / 1048576.0:F1} MB, frequent lists {frequent / 1048576.0:F1} MB");

            if (args.Get("dump") is { } dump)
            {
                Dump(dump, queries, hybrid, lexical);
            }

            if (args.Get("per-query") is not null)
            {
                foreach (var q in queries)
                {
                    var clock = Stopwatch.StartNew();
                    var result = hybrid.SearchAsync(new SearchRequest(q, 20)).GetAwaiter().GetResult();
                    Console.WriteLine($"  {q,-16} {clock.Elapsed.TotalMilliseconds,8:F2} ms, total {result.Total}");
                }
            }

            return 0;
        }
        finally
        {
            services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    // Work counts per query, in thousands.
    private static string Work(SearchWorkCounts counts, int queries)
    {
        string Each(long count) => $"{count / 1000.0 / queries,7:F1}k";
        return $"{Each(counts.IndexPostings)} {Each(counts.KeptPostings)} {Each(counts.Touched)} {Each(counts.Candidates)} {Each(counts.Matches)}";
    }

    // Every query's total, facets and first 60 hits with their scores, in hybrid mode (plain,
    // with a city filter, third page) and in lexical mode: two builds that must rank alike
    // give the same file.
    private static void Dump(string file, string[] queries, HybridSearcher hybrid, PassageSearcher lexical)
    {
        using var writer = new StreamWriter(file);
        foreach (var q in queries)
        {
            var requests = new (string Name, Func<SearchResult> Run)[]
            {
                ("hybrid", () => hybrid.SearchAsync(new SearchRequest(q, 60)).GetAwaiter().GetResult()),
                ("hybrid city", () => hybrid.SearchAsync(new SearchRequest(q, 20) { City = "淮安市" }).GetAwaiter().GetResult()),
                ("hybrid page 3", () => hybrid.SearchAsync(new SearchRequest(q, 20, 40)).GetAwaiter().GetResult()),
                ("semantic", () => hybrid.SearchAsync(new SearchRequest(q, 20), SearchMode.Semantic).GetAwaiter().GetResult()),
                ("lexical", () => lexical.Search(new SearchRequest(q, 20))),
            };
            foreach (var (name, run) in requests)
            {
                var result = run();
                writer.WriteLine($"{q}\t{name}\ttotal {result.Total}");
                foreach (var (field, values) in result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"  {field}: {string.Join(' ', values.Select(v => $"{v.Value}={v.Count}"))}");
                }

                foreach (var hit in result.Hits)
                {
                    writer.WriteLine($"  {hit.PassageId} {hit.Score:R} [{string.Join(' ', hit.Highlights.Select(h => $"{h.Start}-{h.End}"))}]");
                }
            }
        }
    }
}
