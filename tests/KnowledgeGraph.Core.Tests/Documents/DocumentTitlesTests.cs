using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentTitlesTests
{
    [Theory]
    [InlineData("g017")]
    [InlineData("scan_0003")]
    [InlineData("ZX2026-03")]
    [InlineData("report.pdf")]
    [InlineData("Microsoft Word - 工作报告.doc")]
    [InlineData("无标题")]
    public void File_stems_names_and_placeholders_are_no_title(string value) => Assert.Null(DocumentTitles.RealTitle(value));

    [Theory]
    [InlineData("政协常务委员会工作报告")]
    [InlineData("关于2026年度提案办理情况的通报")]
    [InlineData("Annual Report 2026")]
    public void A_real_title_is_kept(string value) => Assert.Equal(value, DocumentTitles.RealTitle(value));
}
