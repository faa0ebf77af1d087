using System.Text;
using KnowledgeGraph.Core.Documents;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Documents;

public class ContentCheckTests(ITestOutputHelper output)
{
    private static readonly Encoding Gb18030 = CodePages(54936);

    // Short texts of the kinds people send, written for these tests: each must pass.
    public static TheoryData<string, string> ShortDocuments() => new()
    {
        { "news.txt", "本报讯 3月18日，政协泗阳县委员会召开常委会议，听取县政府关于农村供水保障工作的情况通报。\n委员们围绕水质监测、管网改造提出建议11条。" },
        { "notice.md", "# 关于召开界别协商会的通知\n\n定于4月2日下午在市民中心三楼会议室召开界别协商会，请各位委员准时参加。" },
        { "brief.txt", "Members of the county committee visited 36 private firms in May and filed nine proposals on credit for small businesses." },
        { "traditional.txt", "政協委員今日前往社區，聽取居民對長者照顧服務的意見，並提出三項建議。" },
        { "table.md", "| 界别 | 提案数 |\n| --- | --- |\n| 经济界 | 42 |\n| 农业界 | 17 |\n\n以上为2024年各界别提交提案的数量统计。" },
    };

    [Theory]
    [MemberData(nameof(ShortDocuments))]
    public void A_short_real_looking_document_passes_in_every_encoding(string name, string text)
    {
        var reader = new DocumentReader();
        var encodings = new List<(string Label, byte[] Bytes)>
        {
            ("utf-8", new UTF8Encoding(false).GetBytes(text)),
            ("utf-8 with a byte order mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
            ("utf-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            ("crlf and a DOS end-of-file mark", Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n") + "\u001A")),
        };
        if (!name.StartsWith("traditional", StringComparison.Ordinal))
        {
            encodings.Add(("gb18030", Gb18030.GetBytes(text)));
        }

        foreach (var (label, bytes) in encodings)
        {
            var result = reader.TryLoadChecked(name, bytes);
            Assert.True(result is LoadedDocument, $"{name} in {label}: {(result as LoadFailure)?.Reason}");
        }
    }

    [Fact]
    public void Every_seed_and_every_real_report_passes_read_in_place()
    {
        var reader = new DocumentReader();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Concat(RealCorpus.Files()).ToList();

        var refused = files
            .Select(path => (path, result: reader.TryLoadChecked(path, File.ReadAllBytes(path))))
            .Where(r => r.result is LoadFailure)
            .Select(r => $"{r.path}: {((LoadFailure)r.result).Reason}")
            .ToList();

        output.WriteLine($"{files.Count} files checked ({RealCorpus.Folder ?? "no real corpus found beside the repository"})");
        Assert.True(files.Count >= 5);
        Assert.Empty(refused);
    }

    [Fact]
    public void A_seed_converted_to_gb18030_passes()
    {
        var reader = new DocumentReader();
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            var bytes = Gb18030.GetBytes(File.ReadAllText(seed));
            var result = reader.TryLoadChecked(seed, bytes);
            Assert.True(result is LoadedDocument { Encoding: TextDecoding.Gb18030 }, (result as LoadFailure)?.Reason);
        }
    }

    [Fact]
    public void Documents_built_as_pdf_and_docx_pass()
    {
        var reader = new DocumentReader();

        Assert.IsType<LoadedDocument>(reader.TryLoadChecked("report.pdf", SampleFiles.LatinPdf()));
        Assert.IsType<LoadedDocument>(reader.TryLoadChecked("report.docx", SampleFiles.ChineseDocx()));
    }

    public static TheoryData<string, byte[], string> NotDocuments()
    {
        var pdf = SampleFiles.LatinPdf();
        var docx = SampleFiles.ChineseDocx();
        var random = new byte[3000];
        new Random(16).NextBytes(random);
        var printable = random.Select(b => (byte)(b < 0x20 || b == 0x7F ? b + 0x80 : b)).ToArray();
        var news = "政协委员围绕农村供水保障工作开展专题调研，提出建议十一条，相关部门已逐条办理。";
        return new()
        {
            { "r1.txt", [0x00, 0x01], "too short to be a document" },
            { "empty.txt", [], "the file is empty" },
            { "title.txt", Encoding.UTF8.GetBytes("关于召开常委会议的通知"), "too short to be a document" },
            { "nul.txt", Encoding.UTF8.GetBytes(news + "\0\0\0" + news), "binary file" },
            { "controls.txt", Encoding.UTF8.GetBytes(news + "\u0001" + news + "\u0002" + news), "control characters" },
            { "russian.txt", Encoding.UTF8.GetBytes("Члены комитета посетили предприятия района и внесли девять предложений о кредитах."), "too little Chinese or Latin text" },
            { "noise.txt", printable, "" },
            { "big5.txt", CodePages(950).GetBytes("政協委員今日前往社區，聽取居民對長者照顧服務的意見，並提出三項建議。委員們表示將持續關注長者照顧。"), "" },
            { "page.pdf", Encoding.UTF8.GetBytes("<html><body>404 页面不存在</body></html>"), "is not a PDF" },
            { "cut.pdf", pdf[..(pdf.Length / 2)], "the PDF is cut short" },
            { "cut.docx", docx[..(docx.Length / 2)], "cut short" },
            { "text.docx", Encoding.UTF8.GetBytes(news), "is not a Word document" },
            { "old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], "old Word 97–2003" },
        };
    }

    [Theory]
    [MemberData(nameof(NotDocuments))]
    public void What_is_not_a_document_is_refused_saying_why(string name, byte[] bytes, string reason)
    {
        var result = new DocumentReader().TryLoadChecked(name, bytes);

        var failure = Assert.IsType<LoadFailure>(result);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_of_any_size_are_never_taken_for_a_document()
    {
        var reader = new DocumentReader();
        var random = new Random(2026);
        var accepted = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            // Sizes spread evenly on a log scale from 1 byte to 64 KB; a third of the files
            // without control bytes, which give random data away most easily.
            var bytes = new byte[(int)Math.Exp(random.NextDouble() * Math.Log(65536))];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                for (var k = 0; k < bytes.Length; k++)
                {
                    bytes[k] = (byte)(bytes[k] < 0x20 || bytes[k] == 0x7F ? bytes[k] + 0x80 : bytes[k]);
                }
            }

            if (reader.TryLoadChecked("random.txt", bytes) is LoadedDocument document)
            {
                accepted.Add($"{bytes.Length} bytes as {document.Encoding}: {document.Text[..Math.Min(40, document.Text.Length)]}");
            }
        }

        Assert.Empty(accepted);
    }

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
