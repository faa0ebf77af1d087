using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

/// <summary>Uploading, replacing and deleting documents: HTTP over <see cref="DocumentUploads"/>.</summary>
internal static partial class DocumentsApi
{
    private const string UploadDescription =
        "Off (403) unless the ApiKey setting is set. Each upload is a document of its own, known by its content (its id comes from its text); " +
        "the file name is kept as its source, so two files with the same name never replace each other. A file whose text is already a document's " +
        "(after decoding: a GB18030 copy, CRLF line breaks, a byte order mark) is answered with that document (status duplicate) and not stored again. " +
        "A file that is not a document is refused with a 400 that says why: empty, too short, binary data or control characters, too little Chinese or Latin text, " +
        "or content that does not match its extension (a .pdf without %PDF, a .docx that is not a zip). Replace with PUT and delete with DELETE on the id.";

    public static async Task<Results<Created<UploadResult>, Ok<UploadResult>, ProblemHttpResult>> UploadAsync(
        HttpRequest request,
        [Description("The document: .txt, .md, .html, .pdf or .docx, at most 20 MB")] IFormFile? file,
        DocumentUploads uploads,
        IConfiguration configuration,
        ILoggerFactory logging,
        CancellationToken cancellationToken)
    {
        if ((Denied(request, configuration) ?? MissingFile(request, file)) is { } problem)
        {
            return problem;
        }

        await using var content = file!.OpenReadStream();
        var outcome = await uploads.AddAsync(file.FileName, content, cancellationToken);
        return Answer(outcome, logging);
    }

    public static async Task<Results<Created<UploadResult>, Ok<UploadResult>, ProblemHttpResult>> ReplaceAsync(
        HttpRequest request,
        [Description("The uploaded document's id, as POST /api/documents answered it")] string id,
        [Description("The new file: .txt, .md, .html, .pdf or .docx, at most 20 MB")] IFormFile? file,
        DocumentUploads uploads,
        IConfiguration configuration,
        ILoggerFactory logging,
        CancellationToken cancellationToken)
    {
        if ((Denied(request, configuration) ?? MissingFile(request, file)) is { } problem)
        {
            return problem;
        }

        await using var content = file!.OpenReadStream();
        var outcome = await uploads.ReplaceAsync(EntitiesApi.Unescape(id), file.FileName, content, cancellationToken);
        return Answer(outcome, logging);
    }

    public static async Task<Results<Created<UploadResult>, Ok<UploadResult>, ProblemHttpResult>> DeleteAsync(
        HttpRequest request,
        [Description("The uploaded document's id, as POST /api/documents answered it")] string id,
        DocumentUploads uploads,
        IConfiguration configuration,
        ILoggerFactory logging,
        CancellationToken cancellationToken)
    {
        if (Denied(request, configuration) is { } problem)
        {
            return problem;
        }

        return Answer(await uploads.DeleteAsync(EntitiesApi.Unescape(id), cancellationToken), logging);
    }

    /// <summary>
    /// When the service starts: puts back the uploads the ledger does not hold (see
    /// <see cref="DocumentUploads.RestoreAsync"/>), and reads again the documents ingested before
    /// their text's fingerprint was kept, so that an upload of the same text is known as theirs.
    /// </summary>
    public static async Task RestoreDocumentsAsync(this WebApplication app)
    {
        var services = app.Services;
        var restored = await services.GetRequiredService<DocumentUploads>().RestoreAsync();
        if (restored > 0)
        {
            app.Logger.LogInformation("Restored {Uploads} uploaded documents from the uploads folder", restored);
        }

        var withoutFingerprint = services.GetRequiredService<IngestLedger>().All()
            .Where(e => e.Complete && e.TextHash.Length == 0 && File.Exists(e.Path))
            .Select(e => e.Path)
            .ToList();
        if (withoutFingerprint.Count > 0)
        {
            app.Logger.LogInformation("Reading again {Documents} documents ingested before duplicates were recognised", withoutFingerprint.Count);
            await services.GetRequiredService<IngestJob>().RunAsync(withoutFingerprint);
        }
    }

    // Uploads need the server's API key: off (403) when the server has none, 401 when the
    // request does not carry it.
    private static ProblemHttpResult? Denied(HttpRequest request, IConfiguration configuration)
    {
        var key = configuration["ApiKey"];
        if (string.IsNullOrEmpty(key))
        {
            return TypedResults.Problem("Uploads are off: this server has no API key. Set the ApiKey setting (or the ApiKey environment variable) to turn them on.", statusCode: StatusCodes.Status403Forbidden, title: "Uploads are off");
        }

        var sent = Encoding.UTF8.GetBytes(request.Headers["X-Api-Key"].ToString());
        return CryptographicOperations.FixedTimeEquals(sent, Encoding.UTF8.GetBytes(key))
            ? null
            : TypedResults.Problem("Send the server's API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key missing or wrong");
    }

    private static ProblemHttpResult? MissingFile(HttpRequest request, IFormFile? file)
    {
        if (file is null)
        {
            var other = request.HasFormContentType ? request.Form.Files.FirstOrDefault() : null;
            return other is null
                ? Problems.BadRequest("file is required", "Send the document as multipart/form-data, in a field named 'file'.")
                : Problems.BadRequest("file is required", $"The file was sent in a field named '{other.Name}'; send it in a field named 'file'.");
        }

        if (file.Length == 0)
        {
            return Problems.BadRequest("The file is empty", $"'{file.FileName}' has 0 bytes: there is no document in it. Send the file with its text.");
        }

        return file.Length > DocumentUploads.MaxBytes
            ? Problems.BadRequest("The file is too large", $"'{file.FileName}' has {file.Length:N0} bytes; send at most {DocumentUploads.MaxBytes:N0} (20 MB).")
            : null;
    }

    private static Results<Created<UploadResult>, Ok<UploadResult>, ProblemHttpResult> Answer(UploadOutcome outcome, ILoggerFactory logging)
    {
        if (outcome.Error is { } error)
        {
            var logger = logging.CreateLogger(typeof(DocumentsApi));
            if (outcome.Status == UploadStatus.Failed)
            {
                logger.LogError(error, "Upload of {Source} ({Id}) failed and was put back", outcome.Source, outcome.DocumentId);
            }
            else
            {
                logger.LogWarning(error, "Upload of {Source} ({Id}) done; duplicates of its earlier content are left to the next ingest run", outcome.Source, outcome.DocumentId);
            }
        }

        var name = outcome.Source ?? "the file";
        return outcome.Status switch
        {
            UploadStatus.Created => TypedResults.Created(
                $"/api/documents/{Uri.EscapeDataString(outcome.DocumentId!)}",
                Result(outcome, $"Stored as the document {outcome.DocumentId}.")),
            UploadStatus.Replaced => TypedResults.Ok(Result(outcome, $"The document {outcome.DocumentId} now holds {name}.")),
            UploadStatus.Unchanged => TypedResults.Ok(Result(outcome, $"The document {outcome.DocumentId} already holds this text; nothing changed.")),
            UploadStatus.Duplicate => TypedResults.Ok(Result(outcome, $"This text is already the document {outcome.DocumentId} ({outcome.DuplicateOf?.Source}); it was not stored again.")),
            UploadStatus.Deleted => TypedResults.Ok(Result(outcome, $"The document {outcome.DocumentId} ({name}) and its file are deleted.")),
            UploadStatus.Refused => Problems.BadRequest("Not a document", $"{name} was not stored: {outcome.Reason}."),
            UploadStatus.NotFound => Problems.NotFound("Unknown document", outcome.Reason!),
            UploadStatus.NotAnUpload => TypedResults.Problem(outcome.Reason, statusCode: StatusCodes.Status409Conflict, title: "Not an upload"),
            UploadStatus.Conflict => TypedResults.Problem(outcome.Reason, statusCode: StatusCodes.Status409Conflict, title: "Another document's content"),
            _ => TypedResults.Problem($"{name}: {outcome.Reason}.", statusCode: StatusCodes.Status500InternalServerError, title: "Not stored"),
        };
    }

    private static UploadResult Result(UploadOutcome outcome, string message) =>
        new(outcome.DocumentId!, outcome.Source, outcome.Status.ToString().ToLowerInvariant(), outcome.DuplicateOf, message);
}

/// <summary>What an upload, a replace or a delete did.</summary>
/// <param name="DocumentId">The document: the one stored, replaced or deleted; for a duplicate, the one that already holds the text.</param>
/// <param name="Source">The file's name as stored (the name sent, cleaned of folders and characters file systems refuse).</param>
/// <param name="Status">created, replaced, unchanged, duplicate or deleted.</param>
/// <param name="DuplicateOf">For a duplicate: the document that holds the same text, with its file's name.</param>
/// <param name="Message">The same in words.</param>
public sealed record UploadResult(string DocumentId, string? Source, string Status, UploadedDocument? DuplicateOf, string Message);
