using System.Text;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class TextFingerprintTests
{
    private const string Report = "　　一年来，市政协围绕中心工作建言资政。\n　　全年收到提案512件，立案468件。\n";

    [Fact]
    public void Copies_that_differ_only_in_encoding_line_breaks_and_byte_order_mark_have_one_fingerprint()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var reader = new DocumentReader();
        byte[][] copies =
        [
            Encoding.UTF8.GetBytes(Report),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Report)],
            Encoding.UTF8.GetBytes(Report.ReplaceLineEndings("\r\n")),
            Encoding.GetEncoding(54936).GetBytes(Report),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Report.ReplaceLineEndings("\r\n") + "\r\n\r\n")],
            Encoding.UTF8.GetBytes(Report.Replace("。\n", "。  \n", StringComparison.Ordinal)),
        ];

        var fingerprints = copies.Select(bytes => TextFingerprint.Of(((LoadedDocument)reader.TryLoad("report.txt", bytes)).Text)).Distinct().ToList();

        Assert.Single(fingerprints);
    }

    [Fact]
    public void Any_change_to_the_words_gives_another_fingerprint()
    {
        Assert.NotEqual(TextFingerprint.Of(Report), TextFingerprint.Of(Report.Replace("512", "513", StringComparison.Ordinal)));
        Assert.NotEqual(TextFingerprint.Of(Report), TextFingerprint.Of(Report.Replace("\n　　全年", "全年", StringComparison.Ordinal)));
    }

    [Fact]
    public void Composed_and_decomposed_accents_are_the_same_text()
    {
        Assert.Equal(TextFingerprint.Of("Café de la Paix meeting"), TextFingerprint.Of("Cafe\u0301 de la Paix meeting"));
    }
}
