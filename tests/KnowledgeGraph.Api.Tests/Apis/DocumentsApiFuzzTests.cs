using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;
using static KnowledgeGraph.Api.Tests.Apis.DocumentsApiUploadTests;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>
/// Hundreds of uploads of every kind, valid documents among them, against one server: random
/// bytes of every size up to 64 KB, PDFs and Word files cut short, text with NULs, copies of
/// earlier documents in other encodings, and the same few names again and again.
/// </summary>
public class DocumentsApiFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 420;

    // The same few names, again and again.
    private static readonly string[] Names = ["r1.txt", "r1.pdf", "报告.pdf", "报告.docx", "notes.md", "page.html", "报告.txt"];

    private static readonly string[] Counties = ["泗阳县", "涟水县", "盱眙县", "东台市", "兴化市", "射阳县", "宝应县", "沭阳县", "灌南县", "丰县"];
    private static readonly string[] Topics = ["农村供水保障", "老旧小区改造", "职业教育发展", "养老服务体系", "营商环境优化", "河湖长制落实", "乡村旅游提升", "中小学课后服务"];
    private static readonly string[] Departments = ["县水利局", "县住建局", "县教育局", "县民政局", "县发改委", "县文旅局"];
    private static readonly string[] EnglishTopics = ["rural water supply", "care for the elderly", "vocational schools", "river management", "small business credit"];

    static DocumentsApiFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Every_valid_document_stays_searchable_one_document_per_content_and_no_request_gets_a_5xx()
    {
        await using var app = new KnowledgeGraphApplication(apiKey: "test-key");
        using var client = app.CreateClient();
        var random = new Random(1616);
        var valid = new Dictionary<string, ValidContent>(StringComparer.Ordinal);
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();

        for (var i = 0; i < Requests; i++)
        {
            var upload = NextUpload(random, i, valid);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Upload(upload.Name, upload.Bytes) };
            request.Headers.Add("X-Api-Key", "test-key");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var kind = $"{upload.Kind} → {(int)response.StatusCode}";
            statuses[kind] = statuses.GetValueOrDefault(kind) + 1;

            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"#{i} {upload.Kind} {upload.Name}: {response.StatusCode} {body}");
            }
            else if (upload.Content is { } content)
            {
                // A valid document: stored the first time, its document named every time after.
                var answer = JsonDocument.Parse(body).RootElement;
                var expected = content.DocumentId is null ? HttpStatusCode.Created : HttpStatusCode.OK;
                if (response.StatusCode != expected || (content.DocumentId is { } id && answer.Str("documentId") != id))
                {
                    failures.Add($"#{i} {upload.Kind} {upload.Name}: expected {expected} for {content.Key}, got {response.StatusCode} {body}");
                }

                content.DocumentId ??= answer.Str("documentId");
            }
            else if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"#{i} {upload.Kind} {upload.Name} ({upload.Bytes.Length} bytes): not refused, {response.StatusCode} {body}");
            }
        }

        foreach (var (kind, count) in statuses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,4} {kind}");
        }

        Assert.Empty(failures);
        var stored = valid.Values.Where(v => v.DocumentId is not null).ToList();
        var documents = (await client.GetJsonAsync("/api/documents")).Items("items").Select(d => d.Str("id")).ToHashSet();
        Assert.Equal(5 + stored.Count, documents.Count);
        Assert.Equal(stored.Count, valid.Count);
        Assert.True(stored.Count >= 40, $"only {stored.Count} valid documents were sent");
        foreach (var content in stored)
        {
            Assert.Contains(content.DocumentId!, documents);
            var hits = (await client.GetJsonAsync("/api/search", ("q", content.Phrase), ("mode", "lexical"), ("limit", "100"))).Items("hits").ToList();
            Assert.True(hits.Any(h => h.Str("documentId") == content.DocumentId), $"{content.Key} ({content.DocumentId}) not found by '{content.Phrase}'");
        }
    }

    // One upload: a new valid document now and then, a copy of an earlier one in another form,
    // or one of the kinds of garbage.
    private static FuzzUpload NextUpload(Random random, int i, Dictionary<string, ValidContent> valid)
    {
        var name = Names[random.Next(Names.Length)];
        var roll = random.Next(100);
        if (roll < 10 || (roll < 14 && valid.Count == 0))
        {
            return NewDocument(random, i, valid);
        }

        if (roll < 14)
        {
            var earlier = valid.Values.ElementAt(random.Next(valid.Count));
            return earlier.Format == "txt"
                ? new FuzzUpload("copy", $"副本{random.Next(3)}.txt", Variant(random, earlier.Text), earlier)
                : new FuzzUpload("copy", earlier.Name, earlier.Bytes, earlier);
        }

        if (roll < 24)
        {
            // A real PDF or Word file of ours, cut anywhere.
            var whole = random.Next(2) == 0 ? Pdf(EnglishText(random, i)) : Docx(ChineseText(random, i));
            var isPdf = whole[0] == '%';
            return new FuzzUpload(isPdf ? "cut pdf" : "cut docx", isPdf ? "报告.pdf" : "报告.docx", whole[..random.Next(1, whole.Length - 64)], null);
        }

        if (roll < 32)
        {
            // Text with NULs in it.
            var text = Encoding.UTF8.GetBytes(ChineseText(random, i)).ToList();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                text.Insert(random.Next(text.Count), 0);
            }

            return new FuzzUpload("text with NULs", name, [.. text], null);
        }

        // Random bytes, sizes spread on a log scale from 0 to 64 KB.
        var bytes = new byte[(int)Math.Exp(random.NextDouble() * Math.Log(65537)) - 1];
        random.NextBytes(bytes);
        return new FuzzUpload("random bytes", name, bytes, null);
    }

    private static FuzzUpload NewDocument(Random random, int i, Dictionary<string, ValidContent> valid)
    {
        var format = (i % 5) switch { 0 => "docx", 1 => "pdf", 2 => "html", _ => "txt" };
        var text = format == "pdf" ? EnglishText(random, i) : ChineseText(random, i);
        var (name, bytes) = format switch
        {
            "docx" => ("报告.docx", Docx(text)),
            "pdf" => ("报告.pdf", Pdf(text)),
            "html" => ("page.html", Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政协动态</title></head><body><article><p>{text.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>")),
            _ => (random.Next(2) == 0 ? "r1.txt" : "notes.md", Variant(random, text)),
        };
        var content = new ValidContent($"#{i} {format}", format, name, text, bytes, Phrase(text));
        valid.Add(content.Key, content);
        return new FuzzUpload("new " + format, name, bytes, content);
    }

    // Each text carries its number in words the search can find: the committee, the topic and
    // the count of proposals together are unique.
    private static string ChineseText(Random random, int i) =>
        $"政协{Counties[i % Counties.Length]}委员会召开专题协商会，围绕{Topics[i % Topics.Length]}建言献策。\n" +
        $"委员们提出建议{100 + i}条，{Departments[random.Next(Departments.Length)]}现场作了回应。\n" +
        $"会后，{Counties[(i / 10) % Counties.Length]}政协将组织委员开展跟踪视察。";

    private static string EnglishText(Random random, int i) =>
        $"The county committee held a consultation on {EnglishTopics[i % EnglishTopics.Length]} in week {i}.\n" +
        $"Members filed {100 + i} proposals and visited {random.Next(10, 90)} villages.";

    private static string Phrase(string text) =>
        text.StartsWith("The", StringComparison.Ordinal)
            ? text.Split('\n')[1].Split(" and ")[0]
            : text.Split('\n')[1].Split('，')[0];

    // The same text as UTF-8, GB18030, UTF-16, with CRLF or a byte order mark.
    private static byte[] Variant(Random random, string text) => random.Next(5) switch
    {
        0 => Encoding.GetEncoding(54936).GetBytes(text),
        1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        2 => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
        3 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                text.Split('\n').Select(line => new Paragraph(new Run(new WordText(line))))));
        }

        return stream.ToArray();
    }

    private static byte[] Pdf(string text)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PdfPageSize.A4);
        var y = 760;
        foreach (var line in text.Split('\n'))
        {
            page.AddText(line, 11, new PdfPoint(60, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    private sealed record FuzzUpload(string Kind, string Name, byte[] Bytes, ValidContent? Content);

    private sealed record ValidContent(string Key, string Format, string Name, string Text, byte[] Bytes, string Phrase)
    {
        public string? DocumentId { get; set; }
    }
}
