namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Notices and letters a committee's office sends to members: a salutation, numbered requests, a
// contact line, and the office's name over the date at the end. The texts are ours; the shapes are the genre's.
public class SignedNoticeFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_committees_office_signing_a_notice_over_its_date_is_its_issuer()
    {
        var properties = Properties("""
            省政协委员：
            根据省政协年度工作安排，拟于下半年召开专门委员会工作会议。现就加强专门委员会建设征求意见建议，请围绕以下内容提出意见：
            1.所在专门委员会在履职中取得的经验。
            2.存在的困难和薄弱环节。
            请于8月10日前将意见建议发送至省政协研究室。联系人：某某某。
            政协湖南省委员会办公厅
            2024年7月1日
            """);

        Assert.Equal("政协湖南省委员会办公厅", properties["issuer"]);
    }

    [Fact]
    public void A_county_committees_office_in_the_relative_form_signs_for_its_county()
    {
        var properties = Properties("""
            关于报送年度提案线索的通知
            各位委员：
            为做好县政协十届四次会议提案工作，请各位委员于本月底前报送提案线索。
            浏阳市政协办公室
            2025年11月3日
            """);

        Assert.Equal("政协浏阳市委员会办公室", properties["issuer"]);
    }

    [Fact]
    public void An_office_not_over_a_date_is_no_signature()
    {
        var properties = Properties("""
            县政协召开主席会议
            近日，浏阳市政协召开主席会议，研究年度重点工作。
            市委办公室
            责任编辑：某某
            """);

        Assert.Equal("政协浏阳市委员会", properties["issuer"]);
    }

    [Fact]
    public void Another_bodys_office_signing_leaves_the_committee_named_the_issuer()
    {
        var properties = Properties("""
            关于组织委员参加培训的通知
            各位委员：
            经研究，浏阳市政协定于下月举办委员履职能力培训班，请各位委员按时参加。
            浏阳市委办公室
            2025年3月2日
            """);

        Assert.Equal("政协浏阳市委员会", properties["issuer"]);
    }
}
