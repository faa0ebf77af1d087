namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A paper signed under its own title over its date (关于…提案办理情况的通报 / 某市人民政府 / （2021年12月21日）): the government
// that reports how it handled the committee's proposals issued it, not the committee whose proposals they were. A portal's
// masthead over a date is no signature. Sentences ours, the layout that of governments' reports to a session.
public class SignedUnderTitleIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Theory]
    [InlineData("（2021年12月21日）")]
    [InlineData("2021年12月21日")]
    public void A_government_signing_its_report_on_proposals_under_the_title_issued_it(string dateLine)
    {
        var properties = Properties($"""
            关于政协第十一届石嘴山市委员会第五次会议提案办理情况的通报
            石嘴山市人民政府
            {dateLine}
            各位委员：
            市政协十一届五次会议期间，市政府共承办市政协提案200件，截至9月30日全部办理答复完毕。
            """);

        Assert.Equal("石嘴山市人民政府", properties["issuer"]);
    }

    [Fact]
    public void A_government_line_under_a_notice_s_title_is_the_portal_not_the_signer()
    {
        var properties = Properties("""
            关于向社会公开征集政协提案线索的通知
            石嘴山市人民政府
            2021年12月21日
            为做好市政协十一届六次会议提案工作，市政协决定向社会公开征集提案线索。
            """);

        Assert.Equal("政协石嘴山市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_portal_s_masthead_over_a_date_is_no_signature()
    {
        var properties = Properties("""
            市政协召开提案办理协商会
            石嘴山市人民政府
            2021年12月21日
            12月20日，石嘴山市政协召开提案办理协商会，市政协主席某某某出席会议。
            """);

        Assert.Equal("政协石嘴山市委员会", properties["issuer"]);
    }
}
