using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Latency of the research API as a client sees it: requests over loopback to a running API,
/// one at a time, timed end to end (send to last byte read), reported as p50, p90, p99 and max
/// per kind of request (search in its default hybrid mode and in lexical mode, filtered, paged;
/// the cities answer; a question; a neighbourhood). Either drives an API already running (<c>--url</c>), or starts the
/// Release build of the API over a data folder (<c>--data</c>) and stops it afterwards.
/// </summary>
internal static class SearchLatency
{
    // Queries a researcher of the genre would type: topics, initiatives, activities, places, people.
    internal static readonly string[] Queries =
    [
        "民营经济", "码上议", "民营经济走访", "营商环境", "乡村振兴", "数字政协", "委员为民服务超市", "协商议事",
        "提案办理", "调研视察", "民主监督", "淮安", "盐城", "常委会议", "政协委员", "界别", "文史资料", "社情民意",
        "\"有事好商量\"", "招商引资 项目",
    ];

    public static int Run(Arguments args)
    {
        var requests = (int)args.Number("requests", 1000);
        var url = args.Get("url");
        using var api = url is null ? StartApi(args.Get("data") ?? throw new ArgumentException("give --url of a running API, or --data DIR to start one")) : null;
        url ??= api!.Url;
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };

        var health = client.GetFromJsonAsync<JsonElement>("/health").GetAwaiter().GetResult();
        Console.WriteLine($"API at {url}: {health.GetProperty("documents").GetInt32():N0} documents, {health.GetProperty("passages").GetInt32():N0} passages, {health.GetProperty("nodes").GetInt64():N0} nodes");
        Console.WriteLine($"{requests:N0} requests per kind, one at a time, after one warm-up round; milliseconds");
        Console.WriteLine($"{"request",-34} {"p50",7} {"p90",7} {"p99",7} {"max",7} {"hits (mean)",12}");

        var queries = Retrieval.BenchmarkQueries.From(args);
        if (queries != Queries)
        {
            Console.WriteLine($"{queries.Length:N0} queries from {args.Get("queries")}, each kind starting at a different one");
        }

        // With a file of queries each kind takes its own stretch of it (the warm-up at its end), so
        // that no request meets a query sent before it.
        string Query(int i, int kind) => Uri.EscapeDataString(queries[((kind * (requests + Queries.Length)) + i) % queries.Length]);
        var kinds = (args.Get("kinds") ?? "search,lexical,city,page3,cities,ask,neighbors").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var all = new (string Kind, string Name, int Requests, Func<int, string> Path)[]
        {
            ("search", "search q (hybrid)", requests, i => "/api/search?q=" + Query(i, 0)),
            ("lexical", "search q, mode=lexical", requests, i => "/api/search?mode=lexical&q=" + Query(i, 1)),
            ("city", "search q + city facet filter", requests, i => "/api/search?city=" + Uri.EscapeDataString(i % 2 == 0 ? "淮安市" : "盐城市") + "&q=" + Query(i, 2)),
            ("page3", "search q, page 3 (offset 40)", requests, i => "/api/search?offset=40&q=" + Query(i, 3)),
            ("cities", "answers/cities (topic, activity)", Math.Max(1, requests / 10), _ => "/api/answers/cities?topic=" + Uri.EscapeDataString("民营经济") + "&activity=" + Uri.EscapeDataString("走访")),
            ("ask", "ask (a which-cities question)", Math.Max(1, requests / 10), _ => "/api/ask?q=" + Uri.EscapeDataString("哪些城市开展了民营经济走访？")),
            ("neighbors", "neighbors (an initiative, 50)", Math.Max(1, requests / 10), _ => "/api/entities/" + Uri.EscapeDataString("initiative:码上议") + "/neighbors?limit=50"),
        };
        foreach (var (kind, name, count, path) in all.Where(k => kinds.Contains(k.Kind)))
        {
            Measure(client, name, count, path);
        }

        return 0;
    }

    private static void Measure(HttpClient client, string name, int requests, Func<int, string> path)
    {
        foreach (var i in Enumerable.Range(requests, Queries.Length))
        {
            Fetch(client, path(i));
        }

        var times = new double[requests];
        long hits = 0;
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            var body = Fetch(client, path(i));
            times[i] = clock.Elapsed.TotalMilliseconds;
            if (body.TryGetProperty("total", out var total))
            {
                hits += total.GetInt32();
            }
        }

        Array.Sort(times);
        double At(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        var mean = hits > 0 ? ((double)hits / requests).ToString("F0", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine($"{name,-34} {At(0.50),7:F1} {At(0.90),7:F1} {At(0.99),7:F1} {times[^1],7:F1} {mean,12}");
    }

    private static JsonElement Fetch(HttpClient client, string path)
    {
        using var response = client.GetAsync(path).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from {path}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static RunningApi StartApi(string data)
    {
        var dll = Path.Combine(Arguments.RepositoryRoot, "api", "bin", "Release", "net10.0", "KnowledgeGraph.Api.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"build the API first: dotnet build -c Release api ({dll} is missing)");
        }

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Arguments.RepositoryRoot };
        foreach (var arg in new[] { dll, "--urls", url, "--DataFolder", Path.GetFullPath(data) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the API exited with {process.ExitCode}");
            }

            try
            {
                if (probe.GetAsync(url + "/health").GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return new RunningApi(process, url);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Thread.Sleep(500);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("the API did not answer /health within 30 minutes");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal sealed class RunningApi(Process process, string url) : IDisposable
    {
        public string Url => url;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }
}
