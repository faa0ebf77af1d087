using System.Security.Cryptography;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Ingestion;

/// <summary>A data folder and a copy of the seeds of its own, with the services over them.</summary>
internal sealed class IngestWorkspace : IAsyncDisposable
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private readonly TempFolder _folder = new();
    private string _data;

    /// <summary>With the seeds copied into <paramref name="corpusName"/> beside the data folder (their ids are made from that path).</summary>
    public IngestWorkspace(string corpusName = "corpus")
    {
        Corpus = Path.Combine(_folder.Path, corpusName);
        _data = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(Corpus);
        foreach (var seed in Directory.GetFiles(Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(Corpus, Path.GetFileName(seed)));
        }

        Services = Open();
    }

    public string Corpus { get; }

    public string Data => _data;

    public ServiceProvider Services { get; private set; }

    public IGraphStore Graph => Services.GetRequiredService<IGraphStore>();

    public IngestJob Job => Services.GetRequiredService<IngestJob>();

    public IngestLedger Ledger => Services.GetRequiredService<IngestLedger>();

    public PassageIndex Index => Services.GetRequiredService<PassageIndex>();

    public PassageSearcher Searcher => Services.GetRequiredService<PassageSearcher>();

    /// <summary>The path of a file in the corpus.</summary>
    public string InCorpus(string name) => Path.Combine(Corpus, name);

    public async Task<IngestSummary> IngestAsync(bool prune = false)
    {
        await Graph.InitializeAsync();
        return await Job.RunAsync([Corpus], prune);
    }

    /// <summary>Closes and reopens the stores, as a new process would, doing <paramref name="whileClosed"/> in between.</summary>
    public async Task ReopenAsync(Action? whileClosed = null)
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        whileClosed?.Invoke();
        Services = Open();
    }

    /// <summary>Moves the data folder to <paramref name="relative"/> in the workspace, away from the corpus beside it, and reopens the stores there.</summary>
    public Task MoveDataAsync(string relative) => ReopenAsync(() =>
    {
        var to = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        Directory.Move(_data, to);
        _data = to;
    });

    public async Task<List<Node>> NodesAsync()
    {
        var nodes = new List<Node>();
        await foreach (var node in Graph.ReadAllNodesAsync())
        {
            nodes.Add(node);
        }

        return nodes;
    }

    /// <summary>How many passages of the index hold <paramref name="text"/>.</summary>
    public int PassagesHolding(string text) =>
        Index.DocumentIds().Sum(id => Searcher.GetDocumentPassages(id).Count(p => p.Text.Contains(text, StringComparison.Ordinal)));

    /// <summary>
    /// Everything the stores and the data folder hold, as comparable lines: every node and
    /// relation with its evidence, every passage of the index, every ledger row, every stored
    /// upload file with its hash.
    /// </summary>
    public async Task<List<string>> SnapshotAsync()
    {
        var lines = new List<string>();
        await foreach (var node in Graph.ReadAllNodesAsync())
        {
            lines.Add("node " + JsonSerializer.Serialize(node));
        }

        await foreach (var relation in Graph.ReadAllRelationsAsync())
        {
            lines.Add("relation " + JsonSerializer.Serialize(relation));
        }

        foreach (var id in Index.DocumentIds())
        {
            lines.AddRange(Searcher.GetDocumentPassages(id).Select(p => $"passage {p.Id} {p.Text}"));
        }

        lines.AddRange(Ledger.All().Select(e => "ledger " + JsonSerializer.Serialize(e)));
        var uploads = Path.Combine(Data, "uploads");
        if (Directory.Exists(uploads))
        {
            lines.AddRange(Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories)
                .Select(f => $"file {Path.GetRelativePath(uploads, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }

    private ServiceProvider Open() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddKnowledgeGraph(Data)
        .BuildServiceProvider();
}
