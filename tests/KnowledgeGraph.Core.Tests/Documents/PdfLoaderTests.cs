using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Tests.Documents.Producers;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>The PDF loader on files Chromium printed: Latin text, a misnamed file, a broken one.</summary>
public class PdfLoaderTests
{
    private const string English =
        "The standing committee held twelve consultations on the private economy this year and sent its members to visit " +
        "more than five hundred enterprises across the city, collecting suggestions on financing, land and the training of skilled workers.";

    [Fact]
    public void Latin_text_keeps_the_spaces_between_its_words_and_its_wrapped_lines_meet_with_one()
    {
        var pdf = ProducedFiles.ChromiumPdf("english.txt", $"## Annual report\n\n{English}\n", PageStyle.Serif, headerAndFooter: false);

        var loaded = Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(pdf));

        Assert.Equal($"# Annual report\n\n{English}", loaded.Text);
        Assert.Equal("pdf", loaded.Format);
    }

    [Fact]
    public void A_pdf_with_the_wrong_extension_is_recognised_by_its_header()
    {
        using var folder = new TempFolder();
        var pdf = ProducedFiles.ChromiumPdf("english.txt", $"## Annual report\n\n{English}\n", PageStyle.Serif, headerAndFooter: false);
        var misnamed = folder.Write("download.txt", File.ReadAllBytes(pdf));

        var loaded = Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(misnamed));

        Assert.Equal("pdf", loaded.Format);
        Assert.EndsWith(English, loaded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_a_failure_that_says_so()
    {
        using var folder = new TempFolder();
        var pdf = File.ReadAllBytes(ProducedFiles.ChromiumPdf("english.txt", $"## Annual report\n\n{English}\n", PageStyle.Serif, headerAndFooter: false));
        var broken = folder.Write("broken.pdf", pdf[..(pdf.Length / 3)]);

        var result = new DocumentReader().TryLoad(broken);

        var failure = Assert.IsType<LoadFailure>(result);
        Assert.StartsWith("corrupt or unreadable PDF", failure.Reason, StringComparison.Ordinal);
    }
}
