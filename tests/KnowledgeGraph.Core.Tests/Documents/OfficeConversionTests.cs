using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Tests.Documents.Producers;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// The seeds laid out as pages and converted by LibreOffice (to docx, and from the docx to pdf,
/// one run for all five each) and by pandoc (to docx, from the text read as Markdown) read back
/// sentence for sentence as their plain text.
/// </summary>
public class OfficeConversionTests
{
    private static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    public static readonly TheoryData<string> Seeds = new(Prefixes);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LibreOffice_docx_reads_as_the_text(string seed) => AssertReadsAsText(seed, LibreOffice("docx", seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LibreOffice_pdf_reads_as_the_text(string seed) => AssertReadsAsText(seed, LibreOffice("pdf", seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pandoc_docx_reads_as_the_text(string seed)
    {
        var (name, text) = PdfLayoutTests.Seed(seed);
        AssertReadsAsText(seed, ProducedFiles.PandocDocx(name, text));
    }

    private static string LibreOffice(string format, string seed)
    {
        var seeds = Prefixes.Select(PdfLayoutTests.Seed).ToList();
        var files = ProducedFiles.LibreOffice(seeds, PageStyle.Serif, format);
        return files[seeds.FindIndex(s => s.Name.StartsWith(seed, StringComparison.Ordinal))];
    }

    private static void AssertReadsAsText(string seed, string file)
    {
        var (_, text) = PdfLayoutTests.Seed(seed);
        var loaded = Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(file));

        Assert.Equal(ReadingUnits.Of(text), ReadingUnits.Of(loaded.Text));
        Assert.Equal(0, GlyphFolding.CountFolded(loaded.Text));
    }
}
