using KnowledgeGraph.Core.Documents;
using static KnowledgeGraph.Core.Tests.Documents.ChinesePdf;

namespace KnowledgeGraph.Core.Tests.Documents;

public class PdfLoaderTests
{
    [Fact]
    public void LatinTextIsReadBlockByBlockWithPagesSeparatedByABlankLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", SampleFiles.LatinPdf());

        var result = new DocumentReader().TryLoad(path);

        const string expected =
            "Annual report of the standing committee\n" +
            "on the work of the past year.\n" +
            "\n" +
            "Left column text\n" +
            "\n" +
            "Right column text\n" +
            "\n" +
            "Second page begins here.";
        Assert.Equal(new LoadedDocument(path, expected, "pdf", null), result);
    }

    [Fact]
    public void ChineseTextKeepsItsLinesAndGetsNoSpacesBetweenIdeographs()
    {
        using var folder = new TempFolder();
        var lines = Samples.SeedOpening.Split('\n');
        var pdf = Build(
            [
                new TextRun(72, 780, "工作报告", CharacterSpacing: 12),
                new TextRun(72, 740, lines[0]),
                new TextRun(72, 724, lines[1]),
                new TextRun(72, 708, lines[2]),
                new TextRun(72, 692, lines[3]),
            ],
            [new TextRun(72, 780, Samples.ReportTitle)]);
        var path = folder.Write("report.pdf", pdf);

        var result = new DocumentReader().TryLoad(path);

        var expected = $"工作报告\n\n{Samples.SeedOpening}\n\n{Samples.ReportTitle}";
        Assert.Equal(new LoadedDocument(path, expected, "pdf", null), result);
    }

    [Fact]
    public void TwoColumnsAreReadOneAfterTheOther()
    {
        var pdf = Build(
        [
            new TextRun(72, 700, "左栏第一行"),
            new TextRun(320, 700, "右栏第一行"),
            new TextRun(72, 684, "左栏第二行"),
            new TextRun(320, 684, "右栏第二行"),
        ]);

        var document = new PdfLoader().Load("columns.pdf", pdf);

        Assert.Equal("左栏第一行\n左栏第二行\n\n右栏第一行\n右栏第二行", document.Text);
    }

    [Fact]
    public void APdfWithTheWrongExtensionIsRecognisedByItsHeader()
    {
        using var folder = new TempFolder();
        var path = folder.Write("download.txt", Build([new TextRun(72, 700, "政协提案")]));

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, "政协提案", "pdf", null), result);
    }
}
