using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Tests.Documents.Producers;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// PDFs printed by headless Chromium from pages laid out here, read back by position: paragraphs
/// whole across line and page breaks, headings marked by size, the browser's header and footer
/// gone, two columns read one after the other. Chromium with Noto CJK writes radicals (⼈⺠) for
/// hundreds of common characters, so these files also carry what the folding must undo.
/// </summary>
public class PdfLayoutTests
{
    private const int ParagraphsPerPart = 14;

    [Theory]
    [InlineData("sans", false, false)]
    [InlineData("serif", true, false)]
    [InlineData("sans", true, true)]
    public void A_report_of_several_pages_comes_back_one_paragraph_a_line_with_its_headings(string font, bool headerAndFooter, bool blankLines)
    {
        var style = font == "serif" ? PageStyle.Serif : PageStyle.Sans;
        var pdf = ProducedFiles.ChromiumPdf($"report-{blankLines}.txt", ComposedReport.Text(ParagraphsPerPart, blankLines), style, headerAndFooter);

        var loaded = Load(pdf);

        Assert.True(PageCount(pdf) >= 2, "the report should run over more than one page");
        Assert.Equal(ComposedReport.ExpectedLines(ParagraphsPerPart), NonBlankLines(loaded.Text));
        Assert.Equal(0, GlyphFolding.CountFolded(loaded.Text));
    }

    [Fact]
    public void Paragraphs_stand_between_blank_lines_when_the_page_spaces_them_and_on_lines_of_their_own_when_it_indents_them()
    {
        var spaced = Load(ProducedFiles.ChromiumPdf("report-True.txt", ComposedReport.Text(ParagraphsPerPart, true), PageStyle.Sans, true)).Text;
        var indented = Load(ProducedFiles.ChromiumPdf("report-False.txt", ComposedReport.Text(ParagraphsPerPart, false), PageStyle.Sans, false)).Text;

        var first = ComposedReport.Paragraphs(0, 2);
        Assert.Contains($"{first[0]}\n\n{first[1]}", spaced, StringComparison.Ordinal);
        Assert.Contains($"{first[0]}\n{first[1]}", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_columns_are_read_left_then_right_on_every_page()
    {
        var pdf = ProducedFiles.ChromiumPdf("columns.txt", ComposedReport.Text(ParagraphsPerPart, true), PageStyle.Sans with { TwoColumns = true }, true);

        var loaded = Load(pdf);

        Assert.Equal(ComposedReport.ExpectedLines(ParagraphsPerPart), NonBlankLines(loaded.Text));
    }

    [Fact]
    public void On_a_single_page_the_browser_margins_are_dropped_and_the_ligature_in_its_address_never_reaches_the_text()
    {
        var text = $"## {ComposedReport.Parts[0]}\n\n{ComposedReport.Paragraphs(0, 1)[0]}\n";
        var pdf = ProducedFiles.ChromiumPdf("one-page.txt", text, PageStyle.Serif, headerAndFooter: true);

        var loaded = Load(pdf);

        Assert.Equal(1, PageCount(pdf));
        Assert.Equal(["# " + ComposedReport.Parts[0], ComposedReport.Paragraphs(0, 1)[0]], NonBlankLines(loaded.Text));
    }

    [Theory]
    [InlineData("002", "sans", true)]
    [InlineData("002", "serif", false)]
    [InlineData("004", "serif", true)]
    [InlineData("000", "sans", true)]
    public void A_seed_printed_to_pdf_reads_sentence_for_sentence_as_its_text(string seed, string font, bool headerAndFooter)
    {
        var (name, text) = Seed(seed);
        var pdf = ProducedFiles.ChromiumPdf(name, text, font == "serif" ? PageStyle.Serif : PageStyle.Sans, headerAndFooter);

        var loaded = Load(pdf);

        Assert.Equal(ReadingUnits.Of(text), ReadingUnits.Of(loaded.Text));
        Assert.Equal(0, GlyphFolding.CountFolded(loaded.Text));
        Assert.Null(loaded.Metadata);
    }

    [Fact]
    public void The_seed_that_came_out_as_radicals_reads_its_names_and_its_sentence_broken_by_a_page()
    {
        var (name, text) = Seed("002");
        var loaded = Load(ProducedFiles.ChromiumPdf(name, text, PageStyle.Sans, headerAndFooter: true));

        Assert.Contains("《人民政协报》", loaded.Text, StringComparison.Ordinal);
        Assert.Contains("助力民营经济健康发展", loaded.Text, StringComparison.Ordinal);
        Assert.Contains("阜宁县", loaded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", loaded.Text, StringComparison.Ordinal);
        Assert.Contains("采取多种形式组织委员学习", ReadingUnits.Of(loaded.Text).Single(u => u.Contains("采取多种形式组", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_title_of_the_page_becomes_the_documents_title()
    {
        var pdf = ProducedFiles.ChromiumPdf(ComposedReport.Title, ComposedReport.Text(2, true), PageStyle.Sans, false);

        Assert.Equal(new DocumentMetadata(Title: ComposedReport.Title), Load(pdf).Metadata);
    }

    [Fact]
    public void A_page_set_a_quarter_turn_round_reads_as_if_upright_and_a_stamp_across_it_is_left_out()
    {
        var paragraphs = ComposedReport.Paragraphs(1, 2);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><style>
            body { font-family: 'Noto Sans CJK SC'; font-size: 12pt; }
            .turned { position: absolute; left: 520pt; top: 20pt; width: 640pt; transform: rotate(90deg); transform-origin: top left; }
            .stamp { position: absolute; left: 150pt; top: 300pt; transform: rotate(-30deg); font-size: 30pt; color: #c00; }
            </style></head>
            <body>
            <div class="turned"><p>{{paragraphs[0]}}</p><p>{{paragraphs[1]}}</p></div>
            <div class="stamp">内部资料</div>
            </body>
            </html>
            """;

        var loaded = Load(ProducedFiles.ChromiumHtmlPdf("turned", html));

        Assert.Equal(paragraphs, NonBlankLines(loaded.Text));
    }

    internal static (string Name, string Text) Seed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();
        return (Path.GetFileName(file), File.ReadAllText(file));
    }

    private static LoadedDocument Load(string path) => Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(path));

    private static int PageCount(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static List<string> NonBlankLines(string text) =>
        text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
}
