namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Issuers of news stories whose committee is only implied (sentences ours, patterns the genre's).
public class IssuerInNewsFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_city_committee_visiting_a_county_level_city_and_a_district_of_its_city_is_the_citys()
    {
        Assert.Equal("政协聊城市委员会", Issuer("12月17日，市政协主席张某某带领部分市政协委员，赴临清市、东昌府区视察经济社会发展情况。张某某要求委员们立足本职，为聊城高质量发展贡献力量。"));
    }

    [Fact]
    public void A_committee_of_a_county_level_city_named_alone_stays_that_citys()
    {
        Assert.Equal("政协临清市委员会", Issuer("3月2日，市政协召开主席会议，研究临清市年度协商计划。会议要求，要为临清发展建言献策。"));
    }

    [Fact]
    public void Committees_of_every_level_in_a_list_are_not_the_storys()
    {
        Assert.NotEqual("中国人民政治协商会议全国委员会", Issuer("县政协主席李某某出席会议。会议要求，认真践行全国政协、省政协、市政协工作会议精神，为谱写新篇章贡献力量。"));
    }

    [Fact]
    public void A_session_named_without_its_level_is_the_committee_of_the_documents_county()
    {
        Assert.Equal("政协庆元县委员会", Issuer("今日上午，参加政协九届一次会议的委员们陆续前来报到。委员钟某某说，庆元县地处浙西南山区，农村基础设施建设亟待加强。"));
    }

    [Fact]
    public void A_city_committee_in_a_story_datelined_by_a_county_news_site_is_that_countys_city()
    {
        Assert.Equal("政协十堰市委员会", Issuer("竹溪新闻网讯 (记者 郭某江)14日,市政协主席师某学一行来我县走访调研。县委书记余某明陪同调研。"));
    }
}
