namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// The committee whose work a story reports is its issuer, not the one that took the work up (县政协报送的
// 信息被省政协采用: 政协报送 is the committee's step, not a paper's name like 某某政协报); a report's name in a
// title about what others do with it (委员热议政府工作报告) is no government's own report. Sentences ours,
// the patterns the genre's.
public class ReportedWorkIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Theory]
    [InlineData("近日，宁都县政协报送的4篇社情民意信息被省政协采用，其中1篇获省领导批示。")]
    [InlineData("信息工作获肯定\n\n近日，宁都县政协报送的4篇社情民意信息被省政协采用。")]
    public void A_committee_whose_work_another_adopted_is_the_storys(string text)
    {
        Assert.Equal("政协宁都县委员会", Issuer(text));
    }

    [Fact]
    public void A_title_on_members_discussing_a_government_report_is_no_governments()
    {
        var issuer = Issuer("委员热议政府工作报告\n发布时间：2025年03月06日 10:15\n3月5日，在沪全国政协委员认真听取政府工作报告，大家表示，报告鼓舞人心。");

        Assert.DoesNotContain("人民政府", issuer ?? "", StringComparison.Ordinal);
    }
}
