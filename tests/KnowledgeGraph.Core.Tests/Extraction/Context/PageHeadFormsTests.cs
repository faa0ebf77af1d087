using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Page heads in the shapes copied and mirrored news pages take: a site's greeting and menu, a page
// title with its column and site, a bulleted e-paper headline, a date at the end of a 来源 line.
// The texts are ours; the shapes are the genre's.
public class PageHeadFormsTests
{
    private static DocumentHead Read(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_sites_greeting_is_neither_the_body_nor_the_title_and_the_headline_after_it_is()
    {
        var head = Read("""
            您好,欢迎光临某某政协门户网站!
            您现在的位置:首页 - 工作动态
            委员履职惠民生 协商议事解难题
            发布时间:2025-11-20  点击量:12
            委员履职惠民生 协商议事解难题
            近日,市政协组织委员开展协商议事活动。
            """);

        Assert.Equal("委员履职惠民生 协商议事解难题", head.Title);
        Assert.Equal("2025-11-20", head.PublishedOn);
        Assert.Contains(head.Headlines, h => h.Contains("欢迎光临", StringComparison.Ordinal));
    }

    [Fact]
    public void A_menu_of_short_items_is_not_the_title()
    {
        var head = Read("""
            某某网站
            新闻 体育 财经 ChinaNet 12345 房产 汽车
            新闻中心 > 综合 > 某某晚报
            县政协表彰优秀提案
            本报讯(记者王某某)昨日上午,县政协举行优秀提案表彰会。
            """);

        Assert.Equal("县政协表彰优秀提案", head.Title);
    }

    [Theory]
    [InlineData("市政协开展委员进企业活动 张某某率队 - 社会 - 某某天天报", "市政协开展委员进企业活动 张某某率队")]
    [InlineData("县政协召开十届五次常委会议_政协动态_某某县人民政府", "县政协召开十届五次常委会议")]
    [InlineData("区政协委员走进社区 - 共建美好家园", "区政协委员走进社区 - 共建美好家园")]
    public void A_page_titles_column_and_site_are_left_off_the_headline(string line, string title)
    {
        var head = Read(line + "\n12月21日,委员们走进企业开展调研,听取企业负责人意见建议。\n");

        Assert.Equal(title.Replace(" ", ""), head.Title?.Replace(" ", ""));
    }

    [Fact]
    public void A_bulleted_headline_over_a_subtitle_is_the_title_and_bulleted_captions_are_not()
    {
        var head = Read("""
            • 凝心聚力建良言 同心协力谋发展
            ——市政协五届三次会议侧记
            • 委员们认真聆听报告。
            会议间隙,委员们交流履职心得。
            """);

        Assert.Equal("凝心聚力建良言 同心协力谋发展", head.Title?.Trim());
        Assert.Contains("市政协五届三次会议侧记", head.Headlines);
    }

    [Fact]
    public void A_date_at_the_end_of_a_source_line_is_the_publication_date()
    {
        var head = Read("""
            市政协开展委员进社区活动
            来源:某某在线  作者:  2018-12-23 11:50:47
            12月21日,市政协副主席带领部分委员走进社区。
            """);

        Assert.Equal("某某在线", head.Source);
        Assert.Equal("2018-12-23", head.PublishedOn);
    }

    [Fact]
    public void The_year_a_report_reckons_decides_over_a_past_day_named_in_passing()
    {
        var graph = TestExtraction.Read("""
            省政协表彰优秀调研报告
            本报讯(记者王某某)昨日上午,省政协举行2016年度全省政协优秀调研报告颁奖仪式,40篇调研报告被评为2016年度优秀调研报告。
            其中,2015年8月,部分委员赴山区调研,采写的报告获二等奖。
            """).Graph;

        Assert.Equal(2016L, graph.Document.Properties["year"]);
    }

    [Fact]
    public void A_long_breadcrumb_is_chrome_even_with_its_parts_joined_by_dashes()
    {
        var head = Read("""
            您现在的位置:首页 - 全委会会议 - 八届六次会议专栏
            委员履职惠民生 协商议事解难题
            近日,市政协组织委员开展协商议事活动。
            """);

        Assert.Equal("委员履职惠民生 协商议事解难题", head.Title);
    }
}
