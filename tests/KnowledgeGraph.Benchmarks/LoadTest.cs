using System.Diagnostics;
using System.Net;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Throughput under load, as <c>wrk</c> measures it: N connections each sending its next request
/// as soon as the last one is answered, for a fixed time, the requests rotating over a list;
/// prints requests per second, latency percentiles and errors (non-2xx answers and failed
/// connections) for each kind of request. Drives an API already running (<c>--url</c>) or
/// starts the Release build over a data folder (<c>--data</c>). The client runs on the same
/// machine as the server and takes some of its CPU: read the figures as a lower bound.
/// </summary>
internal static class LoadTest
{
    // Topic and activity pairs for the cities answer, rotated.
    private static readonly (string Topic, string Activity)[] CityQuestions =
    [
        ("民营经济", "走访"), ("营商环境", "调研"), ("乡村振兴", "视察"), ("民营经济", "调研"), ("社情民意", "座谈"), ("数字政协", "协商"),
    ];

    public static int Run(Arguments args)
    {
        var connections = (int)args.Number("connections", 64);
        var seconds = args.Number("seconds", 30);
        var kinds = (args.Get("kinds") ?? "search,cities").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var url = args.Get("url");
        using var api = url is null ? SearchLatency.StartApi(args.Get("data") ?? throw new ArgumentException("give --url of a running API, or --data DIR to start one")) : null;
        url ??= api!.Url;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        Console.WriteLine($"API at {url}; {connections} connections, {seconds:F0} s per kind, requests rotating; the client shares the machine");
        Console.WriteLine($"{"kind",-22} {"requests/s",11} {"requests",9} {"errors",7} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}");
        var failed = false;
        var queries = Retrieval.BenchmarkQueries.From(args);
        if (queries != SearchLatency.Queries)
        {
            Console.WriteLine($"{queries.Length:N0} queries from {args.Get("queries")}, rotated (a run longer than the file repeats them)");
        }

        foreach (var kind in kinds)
        {
            Func<int, string> path = kind switch
            {
                "search" => i => "/api/search?q=" + Uri.EscapeDataString(queries[i % queries.Length]),
                "lexical" => i => "/api/search?mode=lexical&q=" + Uri.EscapeDataString(queries[i % queries.Length]),
                "cities" => i => "/api/answers/cities?topic=" + Uri.EscapeDataString(CityQuestions[i % CityQuestions.Length].Topic) + "&activity=" + Uri.EscapeDataString(CityQuestions[i % CityQuestions.Length].Activity),
                "neighbors" => _ => "/api/entities/" + Uri.EscapeDataString("initiative:码上议") + "/neighbors?limit=50",
                _ => throw new ArgumentException($"unknown kind '{kind}': search, lexical, cities or neighbors"),
            };
            failed |= Measure(client, kind, connections, TimeSpan.FromSeconds(seconds), path) > 0;
        }

        return failed ? 1 : 0;
    }

    private static int Measure(HttpClient client, string kind, int connections, TimeSpan duration, Func<int, string> path)
    {
        // One warm-up round of every distinct request, one at a time; the first waits for what
        // the API loads on first use (dictionaries, learned associations, the topic index), which
        // on a busy machine can take longer than a timed request may.
        using (var patient = new CancellationTokenSource(TimeSpan.FromMinutes(10)))
        {
            for (var i = 0; i < 20; i++)
            {
                using var warm = client.GetAsync(path(i), patient.Token).GetAwaiter().GetResult();
            }
        }

        // The timed requests start after the warm-up's (with a file of queries, not the same ones).
        var next = 19;
        var errors = 0;
        var times = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = times[c] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var request = Interlocked.Increment(ref next);
                var started = clock.Elapsed.TotalMilliseconds;
                try
                {
                    // A timed request that takes a minute counts as failed.
                    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                    using var response = await client.GetAsync(path(request), HttpCompletionOption.ResponseContentRead, patience.Token);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(clock.Elapsed.TotalMilliseconds - started);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = times.SelectMany(t => t).Order().ToArray();
        double At(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        Console.WriteLine($"{kind,-22} {all.Length / elapsed,11:F1} {all.Length,9} {errors,7} {At(0.5),8:F1} {At(0.9),8:F1} {At(0.99),8:F1} {(all.Length == 0 ? 0 : all[^1]),8:F1}");
        return errors;
    }
}
