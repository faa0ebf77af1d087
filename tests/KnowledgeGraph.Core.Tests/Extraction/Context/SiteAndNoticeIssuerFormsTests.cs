namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Issuers of pages whose committee is told by a signature or stands beside another committee's site
// furniture: a district committee's notice signed without its city, another province's news reposted
// under a district committee's footer, a provincial committee naming a contact point in a district
// of another city. The texts are ours; the shapes are the genre's.
public class SiteAndNoticeIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_notice_signed_by_a_district_committee_is_that_districts_with_its_city()
    {
        var properties = Properties("""
            为做好区政协十届三次会议提案征集工作，区政协即日起向社会公开征集提案线索。
            一、征集时间：即日起至12月10日。
            二、提交方式：电子邮件或信函，寄至区政协提案委员会。
            政协晋安区委员会
            二○二三年十一月六日
            """);

        Assert.Equal("政协福州市晋安区委员会", properties.GetValueOrDefault("issuer"));
        Assert.Equal("2023-11-06", properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void Another_provinces_news_under_a_district_committees_footer_is_the_provinces()
    {
        var properties = Properties("""
            首页 >> 他山之石
            浙江省政协建立委员联系界别群众制度
            来源：人民政协网 时间：2015-3-2 9:10:00
            近日，浙江省政协出台委员联系界别群众的办法，要求每位委员每年走访界别群众不少于四次。
            上一篇     下一篇
            上海青浦区政协 版权所有   地址：青浦区某某路100号
            """);

        Assert.Equal("政协浙江省委员会", properties.GetValueOrDefault("issuer"));
        Assert.Equal(2015L, properties.GetValueOrDefault("year"));
    }

    [Fact]
    public void A_provincial_committee_naming_a_contact_point_in_a_district_is_the_provinces()
    {
        Assert.Equal("政协江西省委员会", Properties("""
            更新时间：2024-08-30 浏览：57
            本报讯 日前，经政协江西省委员会研究确定，赣州市章贡区的一个社区议事中心成为省政协委员联系点。
            """).GetValueOrDefault("issuer"));
    }
}
