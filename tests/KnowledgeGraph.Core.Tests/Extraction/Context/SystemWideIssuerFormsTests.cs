namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A headline on a level's whole CPPCC system (全市政协系统, 全省各级政协): the story is that level's
// committee's, whatever committee of a lower level its lead names first. Sentences ours, the pattern the genre's.
public class SystemWideIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_speech_to_a_citys_whole_system_is_the_city_committees_though_the_province_is_named_first()
    {
        Assert.Equal("政协扬州市委员会", Issuer(
            "赵某某：在全市政协系统协商议事室建设推进会上的讲话\n\n各位同志：\n去年以来，按照省政协党组要求，全市政协系统率先启动协商议事室建设。" +
            "今年，我们要为扬州发展作出贡献，体现扬州担当。"));
    }

    [Fact]
    public void A_headline_on_every_committee_of_a_province_is_the_provincial_committees_though_a_county_leads()
    {
        Assert.Equal("政协江西省委员会", Issuer(
            "全省各级政协积极推进走访企业专项活动\n\n来源：江西日报\n\n7月中旬，永修县政协组织部分委员走访企业。" +
            "记者从省政协办公厅获悉，全省政协委员走访活动正积极推进。省政协主席号召委员深入企业。"));
    }

    [Fact]
    public void A_member_of_the_whole_city_is_no_system()
    {
        Assert.Equal("政协永修县委员会", Issuer(
            "全市政协委员风采展示\n\n7月中旬，永修县政协组织部分委员走访企业，县政协主席参加活动。"));
    }

    [Fact]
    public void A_numbered_parts_heading_on_the_provinces_system_does_not_beat_the_committee_a_later_heading_names()
    {
        Assert.Equal("政协衡阳市委员会", Issuer(
            "近日，省政协办公厅通报全省政协年度优秀调研报告评选结果，衡阳市县政协8件作品获奖，分别是：\n" +
            "一、全省政协系统优秀调研报告\n1.一等奖（1篇）\n衡阳市政协《关于加快构建综合交通网络的调研报告》\n2.二等奖（1篇）\n衡东县政协《关于发展特色产业的调研报告》"));
    }
}
