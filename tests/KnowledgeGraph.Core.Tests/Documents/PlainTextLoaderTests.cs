using System.Text;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class PlainTextLoaderTests
{
    static PlainTextLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", TextDecoding.Utf8 },
        { "utf-8 with byte order mark", TextDecoding.Utf8 },
        { "utf-16le with byte order mark", TextDecoding.Utf16LittleEndian },
        { "utf-16be with byte order mark", TextDecoding.Utf16BigEndian },
        { "utf-16le without byte order mark", TextDecoding.Utf16LittleEndian },
        { "gb18030", TextDecoding.Gb18030 },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TheSeedReportReadsTheSameInEveryEncoding(string encodingName, string expectedEncoding)
    {
        using var folder = new TempFolder();
        var seed = Samples.ReadSeed();
        var path = folder.Write("report.txt", Encode(seed, encodingName));

        var result = new DocumentReader().TryLoad(path);

        var document = Assert.IsType<LoadedDocument>(result);
        Assert.Equal(new LoadedDocument(path, seed, "txt", expectedEncoding), document);
        Assert.StartsWith("\n" + Samples.SeedOpening, document.Text);
        Assert.Contains(Samples.ReportTitle, document.Text);
    }

    [Fact]
    public void MarkdownIsKeptAsWrittenWithItsLineBreaks()
    {
        using var folder = new TempFolder();
        const string markdown = "# 政协工作报告\r\n\r\n- 坚决维护核心\r\n- 紧紧围绕中心\r\n\r\n**践行为民初心**\r\n";
        var path = folder.Write("notes.md", markdown);

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, markdown, "md", TextDecoding.Utf8), result);
    }

    [Fact]
    public void TheEncodingIsDetectedFromTheBytesWhateverTheExtensionSays()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gbk-named-utf8.txt", Encoding.GetEncoding(936).GetBytes(Samples.SeedOpening));

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, Samples.SeedOpening, "txt", TextDecoding.Gb18030), result);
    }

    private static byte[] Encode(string text, string encodingName) => encodingName switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8 with byte order mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le with byte order mark" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be with byte order mark" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le without byte order mark" => Encoding.Unicode.GetBytes(text),
        "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encodingName), encodingName, "no such encoding in this test"),
    };
}
