using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and years in forms the genre prints: a site's toolbar of links (手机版 | 网站地图), an
// e-paper's headline set out under 引题/副题 labels, an official document under its red head and
// number, a notice signed over its date, a report headed 在…会议上的工作报告 with its day on a line of
// its own, a headline naming last year's review and this year's plan, and an early-year meeting that
// hears this year's plan. The texts are ours; the shapes are the genre's.
public class RedHeadAndPlannedYearFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Theory]
    [InlineData("手机版 | 网站地图 | 无障碍浏览")]
    [InlineData("扫码阅读手机版")]
    public void A_sites_toolbar_of_links_is_not_the_title(string toolbar)
    {
        var head = Head($"""
            {toolbar}
            乡政协召开2026年第一次主席会议
            发布日期：2026-02-10 浏览次数：88
            2月9日，乡政协召开主席会议，研究全年工作。
            """);

        Assert.Equal("乡政协召开2026年第一次主席会议", head.Title);
    }

    [Fact]
    public void A_headline_set_out_under_its_labels_takes_the_main_line()
    {
        var head = Head("""
            引题：倾听群众呼声 汇聚基层智慧
            委员下沉网格办实事
            副题：州政协组织委员开展“基层履职月”活动
            2025年08月14日 07:52 来源：某某政协报
            8月12日，州政协组织委员深入社区网格开展履职活动。
            """);

        Assert.Equal("委员下沉网格办实事", head.Title);
        Assert.Contains("州政协组织委员开展“基层履职月”活动", head.Headlines);
    }

    [Fact]
    public void A_red_head_and_its_number_are_not_the_title_the_notice_under_them_is()
    {
        var head = Head("""
            政协某某市委员会
            办公室文件
            某政办发〔2025〕7号
            关于印发《市政协2025年度专题协商计划》的通知
            各专门委员会：
            现将计划印发给你们，请认真抓好落实。
            """);

        Assert.Equal("关于印发《市政协2025年度专题协商计划》的通知", head.Title);
    }

    [Fact]
    public void A_notice_signed_over_its_date_keeps_its_heading_and_takes_that_date()
    {
        var properties = Properties("""
            关于召开政协某某旗第九届委员会第四次会议的通知
            各位委员：
            经旗政协常委会议决定，政协某某旗第九届委员会第四次会议定于2026年1月9日召开。
            旗政协办公室
            2025年12月18日
            """);

        Assert.Equal("关于召开政协某某旗第九届委员会第四次会议的通知", properties["title"]);
        Assert.Equal("2025-12-18", properties["date"]);
    }

    [Fact]
    public void A_report_headed_with_its_session_is_given_on_the_day_below_and_reviews_the_year_before()
    {
        var text = """
            在政协某某区第八届委员会第一次会议上的工作报告
            区政协主席　钱文
            2026年1月9日
            各位委员：
            本届以来，区政协常委会紧紧围绕中心工作履职尽责。五年来，共提交提案980件。
            """;

        Assert.Equal("2026-01-09", Head(text).DeliveredOn);
        Assert.Equal(2025L, Properties(text)["year"]);
    }

    [Fact]
    public void A_headline_naming_a_years_review_and_the_next_years_plan_is_of_the_year_reviewed()
    {
        Assert.Equal(2025L, Properties("""
            镇政协联络组召开2025年度工作总结暨2026年工作部署会
            发布时间：2026-01-05
            1月4日，镇政协联络组召开会议，回顾总结全年工作，安排部署今年重点任务。
            """)["year"]);
    }

    [Theory]
    [InlineData("3月18日下午，县政协召开民生实事监督工作推进会。会上，县政协社法委通报了2024年监督工作成果及2025年工作思路。", 2025L)]
    [InlineData("1月22日，市政协十届常委会第九次会议召开。会议通报了2025年提案办理情况，要求准确把握2026年全市发展的主要目标和重点任务。", 2026L)]
    public void An_early_year_meeting_that_hears_a_years_plan_is_of_that_year(string text, long year)
    {
        Assert.Equal(year, Properties(text)["year"]);
    }

    [Fact]
    public void A_December_meeting_that_hears_next_years_plan_still_reports_the_year_before()
    {
        Assert.Equal(2024L, Properties("12月20日，县政协召开主席会议，听取了各委室2024年工作情况和2025年工作思路的汇报。")["year"]);
    }
}
