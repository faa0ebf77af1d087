using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Extensions;

/// <summary>A first start says what it does: the seeds' ingest with its progress, then where Swagger UI and the explorer are.</summary>
public class StartupMessagesTests
{
    [Fact]
    public async Task A_first_start_reports_the_seed_ingest_document_by_document_then_the_swagger_and_explorer_addresses()
    {
        var log = new CollectedLog();
        await using var app = new ListeningApplication(log);
        app.Start();

        // The ready line is written when the host reports it started, which may come a moment after
        // Start returns on a busy machine: wait for it (at most 10 s) before reading the log.
        for (var waited = 0; waited < 200 && !log.Messages.Any(m => m.StartsWith("Ready. ", StringComparison.Ordinal)); waited++)
        {
            await Task.Delay(50);
        }

        var messages = log.Messages.ToList();
        var first = messages.FindIndex(m => m.StartsWith("First start: nothing is ingested", StringComparison.Ordinal));
        Assert.True(first >= 0, string.Join("\n", messages));
        var progress = messages.Where(m => m.StartsWith("Ingesting the seeds: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Ingesting the seeds: {i}/5 documents"), progress.Select(p => p[..p.IndexOf(',', StringComparison.Ordinal)]));
        var ingested = messages.FindIndex(m => m.StartsWith("Ingested 5 documents in ", StringComparison.Ordinal));
        var ready = messages.FindIndex(m => m.StartsWith("Ready. Swagger UI: ", StringComparison.Ordinal));
        Assert.True(first < ingested && ingested < ready, string.Join("\n", messages));
        Assert.Contains($"Swagger UI: {app.Address}/swagger", messages[ready], StringComparison.Ordinal);
        Assert.Contains($"Explorer: {app.Address}/", messages[ready], StringComparison.Ordinal);

        // The addresses it names answer.
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{app.Address}/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{app.Address}/")).StatusCode);
    }

    private sealed class ListeningApplication(CollectedLog log) : WebApplicationFactory<Program>
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-start-{Guid.NewGuid():N}");

        public string Address { get; private set; } = "";

        public void Start()
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("DataFolder", _data);
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }

    /// <summary>The application's own log lines (category KnowledgeGraph.Api), as formatted.</summary>
    private sealed class CollectedLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName == "KnowledgeGraph.Api" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
