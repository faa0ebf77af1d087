namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Issuers met in sets 27–29's and 42–50's tune halves and a pool of fresh texts: a city or provincial committee's site
// carrying a county committee's story (its title, its lead, a channel of the counties), a source line with the
// committee's full name, a site named only by its breadcrumb, and the national committee's rules cited by a county committee.
// The texts are ours; the shapes are the genre's.
public class SiteAndRulesIssuerFormsTests
{
    private static string? Issuer(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_title_opening_with_a_county_committee_under_its_citys_source_is_the_countys()
    {
        Assert.Equal("政协冠县委员会", Issuer("""
            冠县政协组织委员视察农村公路建设
            发布时间:2019/5/14 信息来源:聊城市政协 浏览次数:312
            近日，冠县政协组织部分委员视察农村公路建设情况，委员们实地察看了三条公路。
            """));
    }

    [Fact]
    public void A_lead_opening_with_a_county_committee_under_its_citys_source_and_no_headline_is_the_countys()
    {
        Assert.Equal("政协冠县委员会", Issuer("""
            [ 作者: 发布时间:2019-05-14 17:48 来源:聊城市政协 ]
            冠县政协十届三次会议期间，广大委员围绕乡村振兴积极建言，共提出提案142件。
            根据聊城市政协提案工作条例和冠县政协提案审查细则，经审查，立案136件。
            """));
    }

    [Fact]
    public void A_lead_with_the_county_hosting_the_citys_group_keeps_the_source()
    {
        Assert.Equal("政协聊城市委员会", Issuer("""
            [ 作者: 发布时间:2019-05-14 17:48 来源:聊城市政协 ]
            冠县政协主席张某某、副主席李某某陪同市政协调研组调研农村公路建设情况。
            """));
    }

    [Fact]
    public void A_lead_naming_the_county_only_as_a_destination_keeps_the_source()
    {
        Assert.Equal("政协聊城市委员会", Issuer("""
            [ 作者: 发布时间:2019-05-14 17:48 来源:聊城市政协 ]
            5月13日，市政协调研组到冠县调研农村公路建设情况，冠县政协主席陪同调研。
            """));
    }

    [Fact]
    public void A_source_line_with_the_committees_full_name_names_the_issuer_and_its_date_the_year()
    {
        var properties = TestExtraction.Read("""
            市区政协联合调研乡镇公共服务运行情况
            2020-11-12 16:01文章来源: 中国人民政治协商会议绵阳市游仙区委员会机关
            字体:【 】 打印
            11月11日，市政协副主席某某带队赴游仙调研公共服务运行情况。区政协主席某某参加调研。
            """).Graph.Document.Properties;

        Assert.Equal("政协绵阳市游仙区委员会", properties.GetValueOrDefault("issuer"));
        Assert.Equal("2020-11-12", properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void A_provincial_committees_channel_of_its_cities_and_counties_leaves_the_story_to_the_county()
    {
        Assert.Equal("政协白水县委员会", Issuer("""
            【来源:中国人民政治协商会议陕西省委员会_市县工作】
            本报讯 (记者 某某 通讯员 某某某)8月13日，白水县政协调研景区文旅融合发展情况。县政协副主席某某某参加。
            调研组来到景区和村镇，详细了解文旅融合发展情况，建议深化与陕西省文旅企业的合作。
            """));
    }

    [Fact]
    public void A_title_naming_the_county_only_as_a_destination_keeps_the_source()
    {
        Assert.Equal("政协聊城市委员会", Issuer("""
            市政协调研组到冠县调研农村公路建设
            发布时间:2019/5/14 信息来源:聊城市政协 浏览次数:312
            近日，市政协调研组到冠县调研农村公路建设情况。
            """));
    }

    [Fact]
    public void A_breadcrumb_naming_the_sites_committee_resolves_its_relative_form()
    {
        Assert.Equal("政协靖江市委员会", Issuer("""
            您现在的位置: 靖江政协->工作动态->工作传真
            市政协召开提案工作会议
            时间:2016/3/9 10:20:20 作者:

            3月8日，市政协召开提案工作会议。会上，泰州市政协提案委副主任王某某应邀作专题辅导。
            """));
    }

    [Fact]
    public void A_channel_of_committees_in_a_breadcrumb_names_no_site()
    {
        Assert.Equal("政协合山市委员会", Issuer("""
            当前位置:首页 > 基层政协 > 正文
            合山市政协组织委员开展助农活动
            2023-03-02 09:41
            近日，合山市政协组织委员深入田间地头，帮助农户春耕生产。
            """));
    }

    [Fact]
    public void A_committee_in_the_title_of_rules_it_cites_is_not_the_storys()
    {
        Assert.Equal("政协临潭县委员会", Issuer("""
            县政协十四届五次会议期间，广大委员积极撰写提案。
            截至1月18日，大会共收到委员提案176件。根据《中国人民政治协商会议全国委员会提案工作条例》等有关规定，经政协临潭县第十四届委员会第五次会议提案审查委员会审查，立案160件。
            """));
    }

    [Fact]
    public void A_committee_in_the_title_of_its_own_guidance_stays_the_storys()
    {
        Assert.Equal("政协陕西省委员会", Issuer("""
            委员工作室建设启动以来，各级政协组织认真贯彻落实《政协陕西省委员会关于推进委员工作室建设的指导意见》，扎实推进各项工作。
            2022年5月，省政协对宝鸡市政协等9个市、县(区)政协进行了通报表扬。
            """));
    }
}
