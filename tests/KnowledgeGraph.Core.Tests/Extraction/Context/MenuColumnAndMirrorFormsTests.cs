namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and issuers met in sets 30–32's tune halves: a site's menu laid out one item a line, a session's
// heading set over three lines under the committee's full name, an e-paper's breadcrumb naming its issue
// by its day, a committee named by its place before its session's meeting, and a mirror's source line
// naming a committee the page never names again. The texts are ours; the shapes are the genre's.
public class MenuColumnAndMirrorFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_menu_laid_out_one_item_a_line_is_never_the_title()
    {
        var properties = Properties("""
            首 页
            机构概况
            要闻动态
            协商议政
            民主监督
            专委会工作
            界别活动
            委员风采
            文史资料
               首页 - 政协某某区委员会 - 文史资料

            区政协举办“翰墨丹青颂党恩”书画作品展


            文史资料       加入时间: 2021-06-25 09:30:00       编辑: 某某区政协

            6月24日，区政协举办书画作品展，展出委员作品80余幅。
            """);
        Assert.Equal("区政协举办“翰墨丹青颂党恩”书画作品展", properties.GetValueOrDefault("title"));
        Assert.Equal("2021-06-25", properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void A_sessions_heading_set_over_lines_under_the_full_name_is_one_title()
    {
        Assert.Equal("中国人民政治协商会议第九届某某县委员会第二次会议开幕", Properties("""
            中国人民政治协商会议
            第九届某某县委员会
            第二次会议开幕
            1月6日上午，中国人民政治协商会议第九届某某县委员会第二次会议在县会议中心开幕。
            """).GetValueOrDefault("title"));
    }

    [Fact]
    public void An_epapers_breadcrumb_naming_its_issue_by_its_day_dates_the_page()
    {
        var properties = Properties("""
            当前位置:某某日报 第2019-04-12期 第A5版:区县新闻

            某某区政协召开委员联络组工作会议

              本报讯 日前，某某区政协召开委员联络组工作会议，部署今年的联络工作。
            """);
        Assert.Equal("2019-04-12", properties.GetValueOrDefault("date"));
        Assert.Equal(2019L, properties.GetValueOrDefault("year"));
    }

    [Fact]
    public void A_committee_named_by_its_place_before_its_sessions_meeting_is_that_committee()
    {
        Assert.Equal("政协珠海市香洲区委员会", Properties(
            "1月20日上午，政协珠海市香洲区九届三次会议在区会议中心开幕。区政协主席某某某代表区政协常委会作工作报告。报告指出，一年来，在珠海市政协的指导下，区政协认真履职。")
            .GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_mirrors_source_line_naming_a_committee_the_page_never_names_again_gives_way_to_the_committee_acting()
    {
        Assert.Equal("政协陕西省委员会", Properties("""
            某某资讯中心

            当前所在:首页 > 政协会议 > 正文

            文史工作座谈会在西安召开

            发布时间:2022-09-16 来源: 北京市政协 作者:佚名

              9月14日，陕西省政协召开全省政协文史工作座谈会，总结交流近年来的文史工作。
            """).GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_source_line_whose_committee_is_named_again_stays_the_issuer()
    {
        Assert.Equal("政协北京市委员会", Properties("""
            全市政协文史工作取得新进展

            发布时间:2022-09-16 来源: 北京市政协 作者:佚名

              9月14日，陕西省政协召开文史工作座谈会，北京市政协派员参加并介绍了北京的做法。
            """).GetValueOrDefault("issuer"));
    }
}
