using System.IO.Compression;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocxLoaderTests
{
    private const string ExpectedText =
        "政协淮安市第九届委员会常务委员会工作报告\n" +
        "2024年是新中国和人民政协成立75周年，是完成“十四五”发展目标的关键之年。\n" +
        "序号\t提案题目\t承办单位\n" +
        "1\t关于加快推进淮安现代化建设的建议\t市发展改革委\n" +
        "深入践行全过程人民民主。";

    [Fact]
    public void ParagraphsBecomeLinesAndTablesAreReadRowByRow()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.docx", SampleFiles.ChineseDocx());

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, ExpectedText, "docx", null), result);
    }

    [Fact]
    public void AWordDocumentWithTheWrongExtensionIsRecognisedAsAZipPackage()
    {
        using var folder = new TempFolder();
        var path = folder.Write("attachment.bin", SampleFiles.ChineseDocx());

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, ExpectedText, "docx", null), result);
    }

    [Fact]
    public void AZipArchiveThatIsNotAWordDocumentIsReportedAsSuch()
    {
        using var folder = new TempFolder();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("政协会议材料");
        }

        var path = folder.Write("materials.docx", zip.ToArray());

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.Equal(path, failure.Path);
        Assert.Equal("not a Word document: the docx has no document body", failure.Reason);
    }
}
