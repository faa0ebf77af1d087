namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// One application over the repository's seeds for a test class whose tests only read (ask,
/// list, search), so that the seeds are ingested once per class rather than once per test.
/// Tests that write build their own <see cref="KnowledgeGraphApplication"/>.
/// </summary>
public sealed class SeededApplication : IAsyncLifetime
{
    private readonly KnowledgeGraphApplication _app = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// One application whose first start ingests the short texts written for the ask tests
/// (Apis/AskTexts: a city committee's two reports, a county committee under it, another city, and
/// a provincial committee's visit), for test classes that only read.
/// </summary>
public sealed class AskTextsApplication : IAsyncLifetime
{
    private readonly KnowledgeGraphApplication _app = new(seeds: Path.Combine(AppContext.BaseDirectory, "Apis", "AskTexts"));

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
