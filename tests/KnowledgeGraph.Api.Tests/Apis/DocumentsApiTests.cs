using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Api.Tests.Apis;

public class DocumentsApiTests
{
    [Fact]
    public async Task The_seeds_are_listed_with_committee_and_year_and_a_document_shows_its_sections_and_entity_counts()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var list = await client.GetJsonAsync("/api/documents");
        var documents = list.Items("items").ToList();
        var report = documents.Single(d => d.Str("source") == "000_dab71682d7b0d12b.txt");
        var detail = await client.GetJsonAsync("/api/documents/" + ApiClient.Escape(report.Str("id")));

        Assert.Equal(5, documents.Count);
        Assert.Equal("政协淮安市委员会", report.Str("committee"));
        Assert.Equal(2023, report.GetProperty("year").GetInt32());
        Assert.Equal("2024-01-15", report.Str("date"));
        Assert.Contains("常务委员会工作报告", detail.Str("title"), StringComparison.Ordinal);
        var counts = detail.GetProperty("entityCounts");
        Assert.True(counts.GetProperty("Initiative").GetInt32() > 0);
        Assert.True(counts.GetProperty("Activity").GetInt32() > 0);
        var sections = detail.Items("sections").ToList();
        Assert.True(sections.Count > 3);
        var sentences = sections.SelectMany(s => s.Items("passages")).Select(p => p.Str("text")).ToList();
        Assert.Contains(sentences, t => t.Contains("走访民营企业603家", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.GetProperty("heading").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task Unknown_documents_are_404()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        var (status, problem) = await client.GetProblemAsync("/api/documents/doc%3A0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Unknown document", problem.Title);
    }

    [Fact]
    public async Task Uploads_are_off_when_no_api_key_is_configured()
    {
        await using var app = new KnowledgeGraphApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/documents", Upload("新文件.txt", "政协某某市委员会开展调研。"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_upload_with_the_key_is_ingested_and_searchable_and_without_it_is_refused()
    {
        await using var app = new KnowledgeGraphApplication(apiKey: "test-key");
        using var client = app.CreateClient();
        const string text = "政协淮安市委员会召开专题协商会，围绕低空经济发展建言献策。\n委员们提出建议42条。\n";

        using var refused = await client.PostAsync("/api/documents", Upload("低空经济.txt", text));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Upload("低空经济.txt", text) };
        request.Headers.Add("X-Api-Key", "test-key");
        using var accepted = await client.SendAsync(request);
        var hits = await client.GetJsonAsync("/api/search", ("q", "低空经济"));
        var documents = await client.GetJsonAsync("/api/documents");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(6, documents.Items("items").Count());
        Assert.Contains(hits.Items("hits"), h => h.Str("source") == "低空经济.txt" && h.Str("text").Contains("低空经济", StringComparison.Ordinal));
    }

    private static MultipartFormDataContent Upload(string name, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
