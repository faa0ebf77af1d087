using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and issuers of pages met in the seventh set: a gazetteer page under its book's path of
// headings (编, 章, 节), a forum's printable page with the thread's category and print link around the
// headline, and a county-level city's committee relaying the meetings of every level above it. The
// texts are ours; the shapes are the genre's.
public class GazetteerAndForumFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void The_finest_heading_of_a_gazetteer_pages_path_is_its_title()
    {
        var head = Head("""
            某某市地方志办公室门户网站
            您的位置:首页 >> 志鉴书库 >> 续志

            《某某县志》

            第十二编 人民政协

            第三章 委员活动

            第二节 视察考察

                县政协每年组织委员视察考察两到三次,参加的委员有三百多人次。
            """);

        Assert.Equal("第二节 视察考察", head.Title);
    }

    [Fact]
    public void A_chapter_heading_over_its_first_section_stays_the_title()
    {
        var head = Head("""
            第五章 中国人民政治协商会议某某县委员会

            第一节 委员会

            县政协成立于1956年,至1990年已历七届,本志接续记之。
            """);

        Assert.Equal("第五章 中国人民政治协商会议某某县委员会", head.Title);
    }

    [Fact]
    public void A_forums_printable_page_gives_the_headline_without_its_category_and_print_link()
    {
        var foot = DocumentFoot.Read("""
            某某范文网

            标题: [建言献策十年] 我和政协的缘分 [打印本页]

            作者: 某某人才网    时间: 2012-10-08 09:30
            标题: [建言献策十年] 我和政协的缘分
            今年是市政协恢复工作三十周年,我想起第一次列席会议的情景。
            """);

        Assert.Equal("我和政协的缘分", foot.Title);
    }

    [Fact]
    public void A_county_level_city_relaying_the_meetings_of_every_level_is_its_own_committee()
    {
        Assert.Equal("政协晋江市委员会", Issuer(
            "6月3日,市政协召开常委会议。市政协主席王某某主持会议。会议传达了省委十届五次全会、泉州市委十二届六次全会、晋江市委十三届四次全会精神。会议要求,委员们要为晋江发展多出实招。"));
    }

    [Fact]
    public void A_headline_its_date_line_confirms_wins_over_a_sites_slogan_above_the_menu()
    {
        var head = Head("""
            扎根山区 服务百姓
            首页 时政要闻 区县动态 民生热点 乡村振兴 文化旅游 图片新闻
            区县动态 当前位置:首页 >> 区县动态
            县政协组织委员视察农村饮水安全工程
              2023-05-16
            5月15日,县政协组织部分委员视察农村饮水安全工程建设情况。
            """);

        Assert.Equal("县政协组织委员视察农村饮水安全工程", head.Title);
        Assert.Equal("2023-05-16", head.PublishedOn);
    }

    [Fact]
    public void An_apps_download_and_follow_lines_are_not_the_title()
    {
        var head = Head("""
            城市号 | 下载APP
            关注公众号

            市政协召开界别协商座谈会

            2022-03-09 09:12:05 来源:某某新闻网

            某某新闻网3月9日讯 8日下午,市政协召开界别协商座谈会。
            """);

        Assert.Equal("市政协召开界别协商座谈会", head.Title);
    }

    [Fact]
    public void A_parts_first_chapter_is_finer_than_the_part()
    {
        var head = Head("""
            第十二编 人民政协

            第一章 县政协

            第一节 机构

            县政协设办公室和四个专门委员会,机关干部二十余人。
            """);

        Assert.Equal("第一章 县政协", head.Title);
    }

    [Fact]
    public void A_title_line_without_a_print_link_keeps_its_column_tag()
    {
        var foot = DocumentFoot.Read("""
            标题：【两会快评】委员履职要接地气
            委员们走进田间地头，把群众的话带上会场。
            """);

        Assert.Equal("【两会快评】委员履职要接地气", foot.Title);
    }

    [Fact]
    public void A_headline_under_its_deck_and_bylines_keeps_the_title_from_a_later_caption()
    {
        var head = Head("""
            凝心聚力谋发展
            ——市政协助推县域经济综述
            本报记者 王明
            通讯员 李华
            委员们在园区调研
            2023-05-16
            5月15日，市政协组织委员赴县域园区调研，听取企业意见建议。
            """);

        Assert.Equal("凝心聚力谋发展", head.Title);
    }

    [Fact]
    public void A_headline_with_its_second_line_keeps_the_title_from_a_photo_caption_below()
    {
        var head = Head("""
            市政协召开主席会议
            研究部署下半年工作
            图片新闻
            委员视察农村公路
            会场一角
            2023-05-16 来源：某某日报
            5月15日，市政协召开主席会议，研究部署下半年工作。
            """);

        Assert.Equal("市政协召开主席会议", head.Title);
    }
}
