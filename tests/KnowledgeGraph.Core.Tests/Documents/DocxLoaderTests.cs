using System.IO.Compression;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Tests.Documents.Producers;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// Word files made by LibreOffice and pandoc from a page written here: a title, part headings,
/// paragraphs, a table, a numbered and a bulleted list, read back in reading order.
/// </summary>
public class DocxLoaderTests
{
    private const string Title = "政协示范市委员会常务委员会工作报告";

    private const string Page = $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{{Title}}</title></head>
        <body>
        <h1>{{Title}}</h1>
        <p>过去一年，市政协围绕中心、服务大局，各项工作取得新进展。</p>
        <h2>一、提案工作</h2>
        <table>
        <tr><th>序号</th><th>提案题目</th><th>承办单位</th></tr>
        <tr><td>1</td><td>关于加快发展职业教育的建议</td><td>市教育局</td></tr>
        </table>
        <ol><li>坚持提案质量导向。</li><li>健全提案办理协商机制。</li></ol>
        <ul><li>走访企业</li><li>召开座谈会</li></ul>
        <h2>二、民主监督</h2>
        <p>围绕营商环境开展专项监督。</p>
        </body>
        </html>
        """;

    private static readonly string[] Body =
    [
        "过去一年，市政协围绕中心、服务大局，各项工作取得新进展。",
        "## 一、提案工作",
        "序号\t提案题目\t承办单位",
        "1\t关于加快发展职业教育的建议\t市教育局",
        "1. 坚持提案质量导向。",
        "2. 健全提案办理协商机制。",
        "走访企业",
        "召开座谈会",
        "## 二、民主监督",
        "围绕营商环境开展专项监督。",
    ];

    [Fact]
    public void LibreOffice_docx_keeps_headings_paragraphs_tables_and_lists_in_reading_order()
    {
        var loaded = Load(ProducedFiles.LibreOfficeHtml("report", Page, "docx"));

        Assert.Equal(["# " + Title, .. Body], NonBlankLines(loaded.Text));
        Assert.Equal("docx", loaded.Format);
    }

    [Fact]
    public void Pandoc_docx_reads_the_same_after_the_title_paragraph_pandoc_adds()
    {
        var loaded = Load(ProducedFiles.PandocHtml("report", Page));

        Assert.Equal(["# " + Title, "# " + Title, .. Body], NonBlankLines(loaded.Text));
    }

    [Fact]
    public void The_title_in_the_document_properties_becomes_the_documents_title()
    {
        Assert.Equal(new DocumentMetadata(Title: Title), Load(ProducedFiles.LibreOfficeHtml("report", Page, "docx")).Metadata);
        Assert.Equal(new DocumentMetadata(Title: Title), Load(ProducedFiles.PandocHtml("report", Page)).Metadata);
    }

    [Fact]
    public void A_word_document_with_the_wrong_extension_is_recognised_as_a_zip_package()
    {
        using var folder = new TempFolder();
        var path = folder.Write("attachment.bin", File.ReadAllBytes(ProducedFiles.LibreOfficeHtml("report", Page, "docx")));

        var loaded = Load(path);

        Assert.Equal("docx", loaded.Format);
        Assert.StartsWith("# " + Title, loaded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_archive_that_is_not_a_word_document_is_reported_as_such()
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

    private static List<string> NonBlankLines(string text) => text.Split('\n').Where(l => l.Length > 0).ToList();

    private static LoadedDocument Load(string path) => Assert.IsType<LoadedDocument>(new DocumentReader().TryLoad(path));
}
