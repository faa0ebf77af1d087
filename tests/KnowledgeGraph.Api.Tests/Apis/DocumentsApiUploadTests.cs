using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>POST, PUT and DELETE on /api/documents: uploads never lose a document.</summary>
public class DocumentsApiUploadTests
{
    private const string Key = "test-key";
    private const string Water = "政协泗阳县委员会召开专题协商会，围绕农村供水保障建言献策。委员们提出建议11条，县水利局现场作了回应。";
    private const string Renewal = "市政协组织部分委员视察城市更新项目，察看老旧小区改造和口袋公园建设情况，提出意见建议23条。";

    [Fact]
    public async Task Replace_and_delete_are_off_without_a_key_on_the_server_and_refused_without_it_in_the_request()
    {
        await using var off = new KnowledgeGraphApplication();
        await using var on = new KnowledgeGraphApplication(apiKey: Key);
        using var offClient = off.CreateClient();
        using var onClient = on.CreateClient();

        using var putOff = await offClient.PutAsync("/api/documents/doc%3A0000000000000000", Upload("a.txt", Water));
        using var deleteOff = await offClient.DeleteAsync("/api/documents/doc%3A0000000000000000");
        using var putNoKey = await onClient.PutAsync("/api/documents/doc%3A0000000000000000", Upload("a.txt", Water));
        using var deleteNoKey = await onClient.DeleteAsync("/api/documents/doc%3A0000000000000000");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            new[] { putOff, deleteOff, putNoKey, deleteNoKey }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Two_files_named_alike_are_two_documents_and_a_copy_of_a_seed_in_gb18030_is_that_seed()
    {
        await using var app = new KnowledgeGraphApplication(apiKey: Key);
        using var client = app.CreateClient();
        var seed = Seeds.Path("000_dab71682d7b0d12b.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(seed));

        var (firstStatus, first) = await SendAsync(client, HttpMethod.Post, "/api/documents", Upload("r1.txt", Water));
        var (secondStatus, second) = await SendAsync(client, HttpMethod.Post, "/api/documents", Upload("r1.txt", Renewal));
        var (copyStatus, copy) = await SendAsync(client, HttpMethod.Post, "/api/documents", Upload("报告.txt", gb18030));
        var documents = (await client.GetJsonAsync("/api/documents")).Items("items").ToList();
        var seedId = documents.Single(d => d.Str("source") == "000_dab71682d7b0d12b.txt").Str("id");
        var hits = (await client.GetJsonAsync("/api/search", ("q", "走访民营企业603家"), ("mode", "lexical"))).Items("hits").ToList();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK), (firstStatus, secondStatus, copyStatus));
        Assert.Equal(("created", "created", "duplicate"), (first.Str("status"), second.Str("status"), copy.Str("status")));
        Assert.NotEqual(first.Str("documentId"), second.Str("documentId"));
        Assert.Equal(seedId, copy.Str("documentId"));
        Assert.Equal("000_dab71682d7b0d12b.txt", copy.GetProperty("duplicateOf").Str("source"));
        Assert.Equal(7, documents.Count);
        Assert.Equal(2, documents.Count(d => d.Str("source") == "r1.txt"));
        Assert.Contains("县水利局", await SearchTextAsync(client, "县水利局"), StringComparison.Ordinal);
        Assert.Contains("老旧小区改造和口袋公园", await SearchTextAsync(client, "老旧小区改造和口袋公园"), StringComparison.Ordinal);
        var withSentence = hits.Where(h => h.Str("text").Contains("走访民营企业603家", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withSentence);
        Assert.All(withSentence, h => Assert.Equal(seedId, h.Str("documentId")));
        Assert.Equal(hits.Count, hits.Select(h => h.Str("text")).Distinct().Count());
    }

    [Fact]
    public async Task An_empty_file_and_a_two_byte_file_are_refused_saying_why()
    {
        await using var app = new KnowledgeGraphApplication(apiKey: Key);
        using var client = app.CreateClient();

        var (emptyStatus, empty) = await ProblemAsync(client, HttpMethod.Post, "/api/documents", Upload("r1.txt", []));
        var (tinyStatus, tiny) = await ProblemAsync(client, HttpMethod.Post, "/api/documents", Upload("r1.txt", [0x00, 0x01]));
        var (pdfStatus, pdf) = await ProblemAsync(client, HttpMethod.Post, "/api/documents", Upload("报告.pdf", Encoding.UTF8.GetBytes(Water)));

        Assert.Equal((HttpStatusCode.BadRequest, "The file is empty"), (emptyStatus, empty.Title));
        Assert.Contains("'r1.txt' has 0 bytes", empty.Detail, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "Not a document"), (tinyStatus, tiny.Title));
        Assert.Contains("too short to be a document", tiny.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pdfStatus);
        Assert.Contains("named .pdf but is not a PDF", pdf.Detail, StringComparison.Ordinal);
        Assert.Equal(5, (await client.GetJsonAsync("/api/documents")).Items("items").Count());
    }

    [Fact]
    public async Task Put_replaces_an_upload_under_its_id_and_delete_removes_it_but_seeds_are_not_theirs_to_change()
    {
        await using var app = new KnowledgeGraphApplication(apiKey: Key);
        using var client = app.CreateClient();
        var (_, created) = await SendAsync(client, HttpMethod.Post, "/api/documents", Upload("供水.txt", Water));
        var id = ApiClient.Escape(created.Str("documentId"));
        var seedId = ApiClient.Escape((await client.GetJsonAsync("/api/documents")).Items("items").First(d => d.Str("source")!.StartsWith("00", StringComparison.Ordinal)).Str("id"));

        var (replacedStatus, replaced) = await SendAsync(client, HttpMethod.Put, $"/api/documents/{id}", Upload("更新.txt", Renewal));
        var afterReplace = await client.GetJsonAsync($"/api/documents/{id}");
        var oldWords = await SearchTextAsync(client, "县水利局");
        var (seedStatus, seedProblem) = await ProblemAsync(client, HttpMethod.Put, $"/api/documents/{seedId}", Upload("x.txt", Water));
        var (deleteSeedStatus, _) = await ProblemAsync(client, HttpMethod.Delete, $"/api/documents/{seedId}", null);
        var (deletedStatus, deleted) = await SendAsync(client, HttpMethod.Delete, $"/api/documents/{id}", null);
        using var gone = await client.GetAsync($"/api/documents/{id}");
        var (againStatus, _) = await ProblemAsync(client, HttpMethod.Delete, $"/api/documents/{id}", null);

        Assert.Equal((HttpStatusCode.OK, "replaced", created.Str("documentId")), (replacedStatus, replaced.Str("status"), replaced.Str("documentId")));
        Assert.Equal("更新.txt", afterReplace.Str("source"));
        Assert.DoesNotContain("县水利局", oldWords, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (seedStatus, deleteSeedStatus));
        Assert.Contains("ingest command", seedProblem.Detail, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "deleted"), (deletedStatus, deleted.Str("status")));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, againStatus);
        Assert.DoesNotContain("老旧小区改造和口袋公园", await SearchTextAsync(client, "老旧小区改造和口袋公园"), StringComparison.Ordinal);
        Assert.Equal(5, (await client.GetJsonAsync("/api/documents")).Items("items").Count());
    }

    [Fact]
    public async Task A_store_failing_in_the_middle_of_an_upload_answers_500_and_keeps_every_earlier_document()
    {
        var failing = new FailOnce();
        await using var app = new KnowledgeGraphApplication(apiKey: Key, services: s => s.AddSingleton<IDocumentIngest>(sp => failing.Around(sp.GetRequiredService<IngestJob>())));
        using var client = app.CreateClient();
        var (_, earlier) = await SendAsync(client, HttpMethod.Post, "/api/documents", Upload("供水.txt", Water));
        var before = (await client.GetJsonAsync("/api/documents")).Items("items").Select(d => d.Str("id")).Order().ToList();
        var earlierFiles = Directory.GetFiles(Path.Combine(app.DataFolder, "uploads"), "*", SearchOption.AllDirectories);

        failing.Armed = true;
        var (status, problem) = await ProblemAsync(client, HttpMethod.Post, "/api/documents", Upload("供水.txt", Renewal));
        failing.Armed = true;
        var (replaceStatus, _) = await ProblemAsync(client, HttpMethod.Put, $"/api/documents/{ApiClient.Escape(earlier.Str("documentId"))}", Upload("供水.txt", Renewal));

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError), (status, replaceStatus));
        Assert.Contains("nothing was changed", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetJsonAsync("/api/documents")).Items("items").Select(d => d.Str("id")).Order());
        Assert.Contains("县水利局", await SearchTextAsync(client, "县水利局"), StringComparison.Ordinal);
        Assert.DoesNotContain("老旧小区改造和口袋公园", await SearchTextAsync(client, "老旧小区改造和口袋公园"), StringComparison.Ordinal);
        Assert.Equal(earlierFiles, Directory.GetFiles(Path.Combine(app.DataFolder, "uploads"), "*", SearchOption.AllDirectories));
    }

    internal static MultipartFormDataContent Upload(string name, string text) => Upload(name, Encoding.UTF8.GetBytes(text));

    internal static MultipartFormDataContent Upload(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    internal static async Task<(HttpStatusCode Status, ProblemDetails Problem)> ProblemAsync(HttpClient client, HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await client.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.NotNull(problem);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        return (response.StatusCode, problem);
    }

    // The texts of the lexical hits for a query, joined.
    private static async Task<string> SearchTextAsync(HttpClient client, string query) =>
        string.Join("\n", (await client.GetJsonAsync("/api/search", ("q", query), ("mode", "lexical"))).Items("hits").Select(h => h.Str("text")));

    /// <summary>Makes the real ingest fail once, after it has written everything, when armed.</summary>
    private sealed class FailOnce
    {
        public bool Armed { get; set; }

        public IDocumentIngest Around(IDocumentIngest inner) => new Failing(inner, this);

        private sealed class Failing(IDocumentIngest inner, FailOnce owner) : IDocumentIngest
        {
            public async Task<IngestSummary> IngestAsync(DocumentFile document, CancellationToken cancellationToken = default)
            {
                var summary = await inner.IngestAsync(document, cancellationToken);
                if (owner.Armed)
                {
                    owner.Armed = false;
                    throw new IOException("the disk is full (a test's store)");
                }

                return summary;
            }

            public Task<IngestSummary> RemoveAsync(string id, CancellationToken cancellationToken = default) => inner.RemoveAsync(id, cancellationToken);

            public Task<IngestSummary> IngestOrphansAsync(CancellationToken cancellationToken = default) => inner.IngestOrphansAsync(cancellationToken);
        }
    }
}

/// <summary>The repository's seed documents, read in place.</summary>
internal static class Seeds
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "seeds", name);
            }
        }

        throw new DirectoryNotFoundException("The repository's seeds/ folder was not found above the test's folder.");
    }
}
