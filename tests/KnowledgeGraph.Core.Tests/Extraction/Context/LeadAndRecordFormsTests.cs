using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A library's record of a gazetteer section (labelled table rows) and of a periodical's article, a site
// slogan over a breadcrumb over the headline (and a headline over a breadcrumb over its deck), a lead
// that opens with its full date beside honours of the year before or years before the page's date,
// and a 近日 lead on a dated page, or on one without a date line, that recalls an earlier year. The texts are ours; the shapes are the genre's.
public class LeadAndRecordFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    private const string GazetteerRecord = """
        内容出处: | 《甲乙区志》 图书 |
        颗粒名称: | 第二节 提案办理 |
        页数: | 7 |
        责任者: | 甲乙区地方志编纂委员会 |
        分类号: | K295.4 |
        摘要: | 区政协的提案工作始于1981年。书中按届次列出了提案件数、立案情况和承办单位的答复。 |
        唯一号: | 3302010199800045 |
        """;

    [Fact]
    public void A_records_section_name_row_is_the_title_and_its_other_rows_are_furniture()
    {
        var head = Head(GazetteerRecord);

        Assert.Equal("第二节 提案办理", head.Title);
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
            守护一江清水 共建美丽家园
            当前位置：首页 > 信息公开 > 工作动态
            县政协组织委员视察乡村道路建设
            发布日期：2024-04-18 来源：丙丁县政府办公室
            县政协部分委员4月17日走进三个乡镇，察看乡村道路的建设和养护。
            """);

        Assert.Equal("县政协组织委员视察乡村道路建设", head.Title);
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
        Assert.Equal(2024L, Year("""
            县政协召开年度工作总结大会
            2024年2月6日下午，县政协在县会议中心召开年度工作总结大会。
            大会通报表扬了2023年度优秀政协委员，以及2021—2023年度提案办理先进单位。
            """));
    }

    [Fact]
    public void A_lead_of_recent_days_on_a_dated_page_is_of_the_year_published_not_of_a_year_recalled()
    {
        Assert.Equal(2021L, Year("""
            丙丁县政协门户
            更新时间：2021-11-23 浏览次数：96
            本报讯 日前，由县政协牵头打造的协商议事厅获评全市基层协商示范点。
            2017年9月，议事厅在县城东区投入使用，累计开展协商四十余次。
            """));
    }

    [Fact]
    public void A_lead_of_recent_days_without_a_date_line_is_not_dated_by_a_month_it_recalls()
    {
        Assert.Null(Year("""
            本报讯 日前，一套汇集甲乙区文史资料的丛书在区图书馆首发。
            2016年5月，区政协成立编委会，此后用数年时间收集和审校书稿。
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

    [Fact]
    public void A_lead_that_opens_with_a_date_years_before_the_page_recalls_it_and_does_not_date_the_page()
    {
        Assert.Equal(2024L, Year("""
            发布时间：2024-09-20
            2019年9月20日，县政协委员活动中心在老城区落成启用。五年来，中心接待委员和群众上万人次。
            2024年3月，县政协制定实施意见；2024年6月，县政协开展专题调研。
            """));
    }

    [Fact]
    public void A_lead_dated_in_the_january_after_a_december_page_dates_the_news()
    {
        Assert.Equal(2025L, Year("""
            发布时间：2024-12-28
            2025年1月6日上午，政协丙丁县第九届委员会第五次会议将在县会议中心开幕。
            会期三天，委员们将听取和审议常务委员会工作报告，回顾2024年的履职工作。
            """));
    }

    [Fact]
    public void A_slogan_of_two_balanced_phrases_gives_way_even_when_it_names_members_and_consultation()
    {
        var head = Head("""
            委员履职为民 协商凝聚共识
            当前位置：首页 > 工作动态
            丙丁县开展乡村道路养护专项行动
            发布日期：2024-05-08
            5月7日，丙丁县在全县启动乡村道路养护专项行动。
            """);

        Assert.Equal("丙丁县开展乡村道路养护专项行动", head.Title);
    }

    [Fact]
    public void A_deck_under_a_headline_and_a_breadcrumb_does_not_take_the_title()
    {
        var head = Head("""
            县政协召开十届十二次常委会议
            您现在的位置：首页 > 政协要闻
            专题协商农村供水保障工作
            发布时间：2023-07-20
            7月19日，县政协召开常委会议，协商农村供水保障工作。
            """);

        Assert.Equal("县政协召开十届十二次常委会议", head.Title);
    }

    [Fact]
    public void A_record_from_a_periodical_keeps_its_year()
    {
        Assert.Equal(2012L, Year("""
            内容出处: | 《某省文史杂志》 期刊 |
            篇名: | 回忆戊己市政协的第一次视察 |
            摘要: | 2012年，作者撰文回顾了市政协成立初期组织委员下乡视察的经过。 |
            """));
    }

    [Fact]
    public void A_record_whose_source_is_typed_as_a_periodical_is_no_gazetteer()
    {
        Assert.Equal(2015L, Year("""
            内容出处: | 《某某方志》 期刊 |
            篇名: | 县级政协志书编纂的几点体会 |
            摘要: | 2015年，编者总结了县级政协志书在体例和资料方面的做法。 |
            """));
    }
}
