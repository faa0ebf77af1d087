using System.ComponentModel;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Apis;

internal static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/documents").WithTags("Documents");
        api.MapGet("/", ListAsync)
            .WithName("ListDocuments")
            .WithSummary("The documents ingested, with their committee, year and date");
        api.MapGet("/{id}", GetAsync)
            .WithName("GetDocument")
            .WithSummary("A document: metadata, entity counts by type, and its sections with their sentences");
        api.MapPost("/", UploadAsync)
            .WithName("UploadDocument")
            .WithSummary("Upload a document (txt, md, html, pdf, docx) and ingest it; needs the API key in X-Api-Key")
            .WithDescription("Off (403) unless the ApiKey setting is set. A file of the same name replaces the earlier upload.")
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Ok<DocumentList>> ListAsync(IGraphStore graph, CancellationToken cancellationToken) =>
        TypedResults.Ok(new DocumentList((await graph.ListDocumentsAsync(cancellationToken)).Select(Summary).ToList()));

    public static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetAsync(
        IGraphStore graph,
        PassageSearcher searcher,
        [Description("The document's id. Example: doc:a3eb7f6de363d8de")] string id,
        CancellationToken cancellationToken = default)
    {
        id = EntitiesApi.Unescape(id);
        var node = await graph.GetNodeAsync(id, cancellationToken);
        if (node is null || node.Label != "Document")
        {
            return Problems.NotFound("Unknown document", $"No document has the id '{id}'. List them with /api/documents.");
        }

        var mentioned = await graph.GetNeighborsAsync(id, new NeighborQuery(1, ["MENTIONS"], null, GraphLimits.MaxLimit), cancellationToken);
        var counts = mentioned.Nodes.Where(n => n.Id != id)
            .GroupBy(n => n.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sections = searcher.GetDocumentPassages(id)
            .GroupBy(p => p.SectionId, StringComparer.Ordinal)
            .Select(g => new SectionView(
                g.Key,
                g.FirstOrDefault(p => p.Id.EndsWith(":h", StringComparison.Ordinal))?.Text,
                g.Select(p => new PassageView(p.Id, p.Text)).ToList()))
            .ToList();
        var summary = Summary(node);
        return TypedResults.Ok(new DocumentDetail(summary.Id, summary.Title, summary.Source, summary.Committee, summary.Year, summary.Date, summary.Format, counts, sections));
    }

    public static async Task<Results<Ok<UploadResult>, ProblemHttpResult>> UploadAsync(
        HttpRequest request,
        IFormFile? file,
        IngestJob job,
        IOptions<IngestionOptions> ingestion,
        IConfiguration configuration,
        UploadGate gate,
        CancellationToken cancellationToken)
    {
        var key = configuration["ApiKey"];
        if (string.IsNullOrEmpty(key))
        {
            return TypedResults.Problem("Uploads are off: this server has no API key. Set the ApiKey setting (or the ApiKey environment variable) to turn them on.", statusCode: StatusCodes.Status403Forbidden, title: "Uploads are off");
        }

        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(request.Headers["X-Api-Key"].ToString()),
                System.Text.Encoding.UTF8.GetBytes(key)))
        {
            return TypedResults.Problem("Send the server's API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key missing or wrong");
        }

        if (file is null || file.Length == 0)
        {
            return Problems.BadRequest("file is required", "Send the document as multipart/form-data in a field named 'file'.");
        }

        if (file.Length > UploadGate.MaxBytes)
        {
            return Problems.BadRequest("file is too large", $"The file has {file.Length} bytes; send at most {UploadGate.MaxBytes}.");
        }

        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.'))
        {
            return Problems.BadRequest("file name is missing", "Give the uploaded file a name with its extension (.txt, .md, .html, .pdf, .docx).");
        }

        var folder = Path.Combine(ingestion.Value.DataFolder, "uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            await using (var stream = File.Create(path))
            {
                await file.CopyToAsync(stream, cancellationToken);
            }

            var summary = await job.RunAsync([path], cancellationToken: cancellationToken);
            if (summary.Failures.FirstOrDefault() is { } failure)
            {
                File.Delete(path);
                return Problems.BadRequest("The document could not be read", failure.Reason);
            }

            return TypedResults.Ok(new UploadResult(job.DocumentIdFor(path), name, summary.New, summary.Changed, summary.Unchanged));
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    private static DocumentSummary Summary(Node node) => new(
        node.Id,
        PropertyValues.Text(node.Properties, "title") ?? node.Name,
        PropertyValues.Text(node.Properties, "source"),
        PropertyValues.Text(node.Properties, "committee"),
        PropertyValues.Int(node.Properties.GetValueOrDefault("year")),
        PropertyValues.Text(node.Properties, "date"),
        PropertyValues.Text(node.Properties, "format"));
}

/// <summary>One upload is ingested at a time.</summary>
internal sealed class UploadGate
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public SemaphoreSlim Lock { get; } = new(1, 1);
}

/// <summary>The documents ingested.</summary>
public sealed record DocumentList(IReadOnlyList<DocumentSummary> Items);

/// <summary>A document's metadata.</summary>
public sealed record DocumentSummary(string Id, string Title, string? Source, string? Committee, int? Year, string? Date, string? Format);

/// <summary>A document with its entity counts by type and its sections.</summary>
public sealed record DocumentDetail(
    string Id,
    string Title,
    string? Source,
    string? Committee,
    int? Year,
    string? Date,
    string? Format,
    IReadOnlyDictionary<string, int> EntityCounts,
    IReadOnlyList<SectionView> Sections);

/// <summary>A section: its heading (null for text before the first heading) and its sentences.</summary>
public sealed record SectionView(string Id, string? Heading, IReadOnlyList<PassageView> Passages);

/// <summary>A sentence of a document.</summary>
public sealed record PassageView(string Id, string Text);

/// <summary>What an upload did.</summary>
public sealed record UploadResult(string DocumentId, string Source, int New, int Changed, int Unchanged);
