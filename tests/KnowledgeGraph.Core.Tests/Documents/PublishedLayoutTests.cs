using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Tests.Documents.Producers;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// PDFs in the layouts committees publish (<see cref="PublishedLayouts"/>), printed by Chromium
/// from a report of our own making, read back: the body paragraph for paragraph, the publisher's
/// frame (a 公文's masthead and page numbers, a session report's cover, an e-paper's page header
/// and four narrow columns) not mixed into it, and what the frame says about the document in its
/// metadata. Each layout is printed once per run and shared by the tests that read it.
/// </summary>
public partial class PublishedLayoutTests
{
    private const int ParagraphsPerPart = 14;

    private static readonly LayoutFrame Frame = LayoutFrame.Default;

    [Fact]
    public void A_official_document_takes_its_title_from_below_the_masthead_and_keeps_its_page_numbers_out_of_the_text()
    {
        var (loaded, pages) = Load(PublishedLayout.OfficialDocument);
        var lines = Lines(loaded.Text);

        Assert.True(pages >= 2, "the document should run over more than one page");
        Assert.Equal(new DocumentMetadata(ComposedReport.Title), loaded.Metadata);
        Assert.Equal([Frame.Issuer + "文件", "政发〔2026〕3号", ComposedReport.Title], lines.Take(3));
        Assert.DoesNotContain(lines, l => PageNumber().IsMatch(l));
        Assert.Equal(BodyLines(), lines.Where(BodyLines().Contains));
    }

    [Fact]
    public void A_session_report_reads_its_cover_then_every_paragraph_whole_across_pages_without_page_numbers()
    {
        var (loaded, pages) = Load(PublishedLayout.SessionReport);
        var lines = Lines(loaded.Text);

        Assert.True(pages >= 3, "cover and body should take three pages or more");
        Assert.Equal(ComposedReport.Title, lines[1]);
        Assert.Equal(BodyLines(), lines.Where(BodyLines().Contains));
        Assert.DoesNotContain(lines, l => PageNumber().IsMatch(l));
    }

    [Fact]
    public void A_cover_title_too_long_for_one_line_reads_as_one_heading()
    {
        const string title = "政协常务委员会关于推进基层协商民主建设和优化营商环境专题调研情况的报告";
        var text = title + "\n" + string.Join('\n', ComposedReport.Paragraphs(0, 3));
        var pdf = ProducedFiles.LayoutPdf("long-title", text, PublishedLayout.SessionReport, Frame);

        var loaded = Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(pdf));

        Assert.Contains("# " + title + "\n", loaded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_epaper_page_in_four_narrow_columns_reads_column_after_column_with_its_header_as_metadata_and_its_byline_as_text()
    {
        var (loaded, _) = Load(PublishedLayout.EPaper);
        var lines = Lines(loaded.Text);

        Assert.Equal(BodyLines(), lines.SkipWhile(l => !l.StartsWith("本报记者", StringComparison.Ordinal)).Skip(1));
        Assert.Equal(new DocumentMetadata(ComposedReport.Title, Frame.ChineseDate, "政协导报"), loaded.Metadata);
        Assert.DoesNotContain("第A03版", loaded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_full_width_space_apart_stay_one_line_even_when_rows_line_them_up()
    {
        var names = Enumerable.Range(0, 48).Select(i => "孟卓鲁岚"[i % 4] + "晓文一华宁"[i % 5].ToString() + "平安明清"[(i / 5) % 4]).ToList();
        var html = $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
            <style>body {"{"} font-family: 'Noto Serif CJK SC'; font-size: 12pt; width: 40em; {"}"} p {"{"} margin: 0 0 12pt 0; {"}"}</style></head>
            <body><p>{ComposedReport.Paragraphs(0, 1)[0]}</p><p>{string.Join('\u3000', names)}</p></body></html>
            """;

        var loaded = Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(ProducedFiles.ChromiumHtmlPdf("names", html)));

        // Where a line breaks, the space is gone (a PDF keeps none there); between names on a row it stays a space, never a cell's tab.
        var line = Assert.Single(Lines(loaded.Text), l => l.StartsWith(names[0], StringComparison.Ordinal));
        Assert.DoesNotContain('\t', line);
        Assert.Equal(string.Concat(names), string.Concat(line.Where(c => !char.IsWhiteSpace(c))));
        Assert.True(line.Count(c => c is ' ' or '\u3000') >= names.Count - 6, line);
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_fails_saying_so()
    {
        var pdf = ProducedFiles.ScannedPdf("scanned", ComposedReport.Text(3, false));

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(pdf));

        Assert.Contains("scanned PDF without a text layer", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("OCR", failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>The parts and paragraphs of the composed report, in order, as lines.</summary>
    private static List<string> BodyLines() =>
        ComposedReport.ExpectedLines(ParagraphsPerPart).Skip(1).Select(l => l.TrimStart('#', ' ')).ToList();

    private static (LoadedDocument Loaded, int Pages) Load(PublishedLayout layout)
    {
        var text = ComposedReport.Text(ParagraphsPerPart, blankLines: false);
        var pdf = ProducedFiles.LayoutPdf("report", text, layout, Frame);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return (Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(pdf)), document.NumberOfPages);
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.TrimStart('#', ' ')).ToList();

    [GeneratedRegex(@"^[—\-]\s*\d+\s*[—\-]$")]
    private static partial Regex PageNumber();
}
