using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>PDF and Word files built in memory for the tests.</summary>
internal static class SampleFiles
{
    /// <summary>
    /// Two A4 pages in Helvetica: a heading of two lines and two columns on the first page, one
    /// line on the second.
    /// </summary>
    public static byte[] LatinPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);

        var first = builder.AddPage(PdfPageSize.A4);
        first.AddText("Annual report of the standing committee", 12, new PdfPoint(72, 760), font);
        first.AddText("on the work of the past year.", 12, new PdfPoint(72, 744), font);
        first.AddText("Left column text", 12, new PdfPoint(72, 600), font);
        first.AddText("Right column text", 12, new PdfPoint(320, 600), font);

        var second = builder.AddPage(PdfPageSize.A4);
        second.AddText("Second page begins here.", 12, new PdfPoint(72, 760), font);
        return builder.Build();
    }

    /// <summary>A Word document with two Chinese paragraphs and a two-row table.</summary>
    public static byte[] ChineseDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraph("政协淮安市第九届委员会常务委员会工作报告"),
                Paragraph("2024年是新中国和人民政协成立75周年，", "是完成“十四五”发展目标的关键之年。"),
                new Table(
                    Row("序号", "提案题目", "承办单位"),
                    Row("1", "关于加快推进淮安现代化建设的建议", "市发展改革委")),
                Paragraph("深入践行全过程人民民主。")));
        }

        return stream.ToArray();
    }

    // A paragraph of several runs, as Word splits text wherever formatting changes.
    private static Paragraph Paragraph(params string[] runs) =>
        new(runs.Select(text => new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(text => new TableCell(Paragraph(text))));
}
