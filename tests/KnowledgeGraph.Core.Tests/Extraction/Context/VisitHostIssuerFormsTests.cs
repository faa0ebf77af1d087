namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A visit told by its host: the visitor arrives (一行来我区), the host's committee, written without its
// place (区政协主席), walks with it (陪同), and no source, dateline or credit gives the page to a medium:
// the host's own page, so the host is the issuer. A news site's dateline or source keeps the visitor
// (set 10's convention). Sentences ours, the pattern the genre's.
public class VisitHostIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_visiting_district_named_first_on_the_hosts_page_leaves_the_host_the_issuer()
    {
        Assert.Equal("政协潍坊市奎文区委员会", Issuer(
            "6月3日上午，淄博市张店区政协副主席王某某一行来我区考察委员工作室建设工作。区政协副主席李某某，区政协办公室主任赵某陪同考察。\n" +
            "王某某一行首先来到某某街道，听取了委员工作室的工作开展情况。\n" +
            "王某某表示，奎文区在委员工作室建设方面成绩显著，为张店区政协今后的工作提供了借鉴。"));
    }

    [Fact]
    public void A_municipal_vice_chair_in_the_headline_does_not_take_the_hosts_page()
    {
        Assert.Equal("政协天津市西青区委员会", Issuer(
            "市政协副主席王某某一行来西调研\n\n11月10日上午，天津市政协副主席王某某一行来西调研委员工作站建设情况。\n" +
            "区政协主席李某某，副主席张某某，秘书长刘某某等陪同调研。\n" +
            "区政协主席李某某汇报了西青区政协委员工作站建设情况。"));
    }

    [Fact]
    public void A_news_sites_dateline_keeps_the_visiting_committee()
    {
        Assert.Equal("政协十堰市委员会", Issuer(
            "郧西新闻网讯 （记者 王某）14日，市政协主席张某某一行来我县走访调研。县委书记李某某，县政协主席赵某某等陪同调研。\n" +
            "张某某一行听取了县政协工作汇报，走访看望了驻郧西的市政协委员。"));
    }

    [Fact]
    public void A_committee_on_its_own_tour_is_no_visit()
    {
        Assert.Equal("政协郧西县委员会", Issuer(
            "14日，县政协主席张某某一行来到某某社区调研，县政协副主席李某某陪同。\n郧西县政协将持续关注社区治理。"));
    }

    [Fact]
    public void A_breadcrumb_ending_with_a_municipality_does_not_make_its_committee_of_the_headline()
    {
        Assert.Equal("政协天津市西青区委员会", Issuer(
            "首页>专题>2022年政协助力基层社会治理和服务界别群众专题研讨会>全国各地政协委员工作室站新闻报道数据地域分布热度图>天津市\n\n政协委员走进社区倾听民声 搭建基层协商平台\n\n" +
            "今天上午，政协天津市西青区第九届委员会第四次会议召开。西青区的政协委员在社区设立委员工作室。"));
    }

    [Theory]
    [InlineData("市政协领导赴县区调研政协工作\n\n4月22日，九江市政协主席王某某一行到修水县调研县级政协工作，县政协主席李某某陪同。\n王某某一行先后察看了两个委员工作室。")]
    [InlineData("市政协领导调研委员之家建设\n\n4月22日，九江市政协副主席王某某一行来到修水县，调研委员之家建设情况，县政协主席李某某等陪同。\n王某某对委员之家建设给予肯定。")]
    public void A_visit_to_a_named_place_is_told_from_anywhere_and_leaves_the_visitor(string text)
    {
        Assert.Equal("政协九江市委员会", Issuer(text));
    }

    [Fact]
    public void A_visit_to_us_told_with_dao_is_still_the_hosts_page()
    {
        Assert.Equal("政协修水县委员会", Issuer(
            "市政协领导来我县调研\n\n4月22日，九江市政协副主席王某某一行到我县调研，县政协主席李某某陪同。\n王某某对修水县政协工作给予肯定。"));
    }

    [Fact]
    public void A_city_officer_leading_a_group_to_a_county_makes_the_city_committee_the_issuer()
    {
        Assert.Equal("政协晋城市委员会", Issuer(
            "7月9日上午，晋城市政协副主席王某某带领调研组到阳城县某某农业公司、某某村委员工作室开展督导调研，并召开座谈会。\n" +
            "王某某强调，阳城县政协要继续搭建平台，扎实做好反映社情民意信息工作。"));
    }

    [Fact]
    public void A_visitor_leading_its_group_to_the_hosts_page_still_leaves_the_host_the_issuer()
    {
        Assert.Equal("政协潍坊市奎文区委员会", Issuer(
            "6月3日上午，淄博市张店区政协副主席王某某带队来我区考察委员工作室建设工作。区政协副主席李某某，区政协办公室主任赵某陪同考察。\n" +
            "王某某表示，奎文区在委员工作室建设方面成绩显著，为张店区政协今后的工作提供了借鉴。"));
    }

    [Fact]
    public void A_guest_officer_attending_does_not_take_the_story()
    {
        Assert.Equal("政协阳城县委员会", Issuer(
            "7月9日上午，晋城市政协副主席王某某出席阳城县委员工作室揭牌仪式。\n" +
            "阳城县政协主席李某某主持仪式，阳城县政协将以委员工作室为平台，扎实做好反映社情民意信息工作。"));
    }
}
