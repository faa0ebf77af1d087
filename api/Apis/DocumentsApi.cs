using System.ComponentModel;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static partial class DocumentsApi
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
            .WithDescription(UploadDescription)
            .DisableAntiforgery();
        api.MapPut("/{id}", ReplaceAsync)
            .WithName("ReplaceDocument")
            .WithSummary("Replace an uploaded document's file; the id stays. Needs the API key in X-Api-Key")
            .WithDescription("Only uploads can be replaced (409 for a file the server read from disk, such as the seeds). The new file is checked and ingested before it takes the old one's place; if anything fails, the old one stays. Content that is another document's already is refused (409).")
            .DisableAntiforgery();
        api.MapDelete("/{id}", DeleteAsync)
            .WithName("DeleteDocument")
            .WithSummary("Delete an uploaded document: its file, graph and index entries. Needs the API key in X-Api-Key")
            .WithDescription("Only uploads can be deleted (409 for a file the server read from disk). A file on the server with the same text, recorded as its duplicate, becomes a document in its place.");
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

    private static DocumentSummary Summary(Node node) => new(
        node.Id,
        PropertyValues.Text(node.Properties, "title") ?? node.Name,
        PropertyValues.Text(node.Properties, "source"),
        PropertyValues.Text(node.Properties, "committee"),
        PropertyValues.Int(node.Properties.GetValueOrDefault("year")),
        PropertyValues.Text(node.Properties, "date"),
        PropertyValues.Text(node.Properties, "format"));
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
