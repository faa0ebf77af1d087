using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A library's record of a gazetteer section (labelled table rows), a site slogan over a breadcrumb
// over the headline, a lead that opens with its full date beside honours of the year before, and a
// 近日 lead on a dated page, or on one without a date line, that recalls an earlier year. The texts are ours; the shapes are the genre's.
public class LeadAndRecordFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    private const string GazetteerRecord = """
        内容出处: | 《某某县志》 图书 |
        唯一号: | 110120020230000123 |
        颗粒名称: | 第四节 委员视察 |
        分类号: | D628.57 |
        页码: | 312 |
        摘要: | 本文记述了某某县政协从1985年起组织委员视察的情况。各届委员会围绕交通、教育和农业开展视察，形成视察报告。 |
        关键词: | 某某县 人民政协 委员视察 |
        """;

    [Fact]
    public void A_records_section_name_row_is_the_title_and_its_other_rows_are_furniture()
    {
        var head = Head(GazetteerRecord);

        Assert.Equal("第四节 委员视察", head.Title);
    }

    [Fact]
    public void A_record_of_a_gazetteer_section_has_no_year()
    {
        Assert.Null(Year(GazetteerRecord));
    }

    [Fact]
    public void A_record_of_a_yearbook_keeps_the_year_its_abstract_names()
    {
        Assert.Equal(2019L, Year("""
            内容出处: | 《某某市年鉴2020》 图书 |
            颗粒名称: | 政协工作 |
            摘要: | 2019年，市政协召开全体会议1次、常委会议4次，组织委员视察12次。 |
            """));
    }

    [Fact]
    public void A_headline_after_a_breadcrumb_under_the_sites_slogan_is_the_title()
    {
        var head = Head("""
            搭建开放合作平台 服务区域发展大局
            您现在的位置:首页 > 园区新闻 > 某某区 > 文字新闻
            区政协四届二次会议开幕
            发布时间:2023-01-11  来源:某某区人民政府
            2023年1月10日上午，中国人民政治协商会议某某市某某区第四届委员会第二次会议开幕。
            """);

        Assert.Equal("区政协四届二次会议开幕", head.Title);
    }

    [Fact]
    public void A_deck_line_under_the_headline_without_a_breadcrumb_does_not_take_the_title()
    {
        var head = Head("""
            县政协召开十届十二次常委会议
            专题协商农村供水保障工作
            发布时间:2023-07-20  来源:某某县融媒体中心
            7月19日，县政协召开常委会议，协商农村供水保障工作。
            """);

        Assert.Equal("县政协召开十届十二次常委会议", head.Title);
    }

    [Fact]
    public void A_lead_that_opens_with_its_full_date_outweighs_the_years_of_honours()
    {
        Assert.Equal(2023L, Year("""
            区政协四届二次会议开幕
            2023年1月10日上午，中国人民政治协商会议某某区第四届委员会第二次会议开幕。
            会议表彰了2020—2022年度优秀提案，表彰了2022年度社情民意信息工作先进个人。
            """));
    }

    [Fact]
    public void A_lead_of_recent_days_on_a_dated_page_is_of_the_year_published_not_of_a_year_recalled()
    {
        Assert.Equal(2022L, Year("""
            某某周报 第0618期
            发布时间:2022-06-10 点击量:321
            本报讯 近日，某某区政协委员联络站被确定为省政协委员联系点。
            2020年6月，联络站在某某街道正式成立，此后开展联络活动。
            """));
    }

    [Fact]
    public void A_lead_of_recent_days_without_a_date_line_is_not_dated_by_a_month_it_recalls()
    {
        Assert.Null(Year("""
            本报讯 近日，某某县政协编纂的《某某政协志》正式出版。
            2019年3月，县政协启动编纂工作，全书记录了县政协四十年来的历程。
            """));
    }

    [Fact]
    public void A_lead_of_recent_days_without_a_date_line_keeps_a_year_it_names_itself()
    {
        Assert.Equal(2023L, Year("""
            本报讯 近日，某某县政协召开2023年度工作总结会，回顾一年来的履职工作。
            2019年3月，县政协启动委员之家建设，目前已建成十二个。
            """));
    }
}
