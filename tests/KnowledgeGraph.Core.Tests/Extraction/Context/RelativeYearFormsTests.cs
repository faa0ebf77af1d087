using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and years of reposted pages, reviews, memoirs and chronicles: a welcome line and a column
// label above the headline, a headline kept under 原标题：, 去年 in a review published early in the
// next year, a year with a season (2010年初夏), a periodical's issue (2015年6期), a flip-book page
// that spaces its digits (1985 年), the ring zero (二○二三年), a year reviewed beside the next
// year's plan. The texts are ours; the shapes are the genre's.
public class RelativeYearFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_welcome_line_and_a_column_label_above_the_headline_are_not_the_title()
    {
        var head = Head("""
            欢迎来到某某网络广播电视台！
            某某政协新闻
            市政协召开十届五次主席会议
            发布时间：2024-05-06
            5月6日，市政协召开主席会议，研究年度协商计划。
            """);

        Assert.Equal("市政协召开十届五次主席会议", head.Title);
    }

    [Fact]
    public void A_headline_kept_under_its_label_is_the_title_without_the_label()
    {
        var head = Head("""
            原标题：县政协十届三次常委会议开幕
            6月3日上午，政协某某县第十届委员会常务委员会第三次会议开幕。
            """);

        Assert.Equal("县政协十届三次常委会议开幕", head.Title);
    }

    [Fact]
    public void Last_year_in_a_review_published_early_in_the_year_is_the_year_before()
    {
        Assert.Equal(2025L, Year("""
            区政协：为发展贡献智慧力量
            来源：某某日报 2026-02-04 16:20:25
            去年，区政协委员们紧扣区委中心任务，把履职脚步踏进项目现场。
            去年7月起开展的专项行动中，委员们走访企业42家，协调解决问题28项。
            """));
    }

    [Fact]
    public void Last_year_in_a_comparison_says_nothing_of_the_year()
    {
        Assert.Equal(2024L, Year("""
            县政协召开专题协商会
            发布时间：2024-06-12
            6月12日，县政协召开专题协商会。会上通报，全县旅游收入比去年增长一成，与去年相比游客更多，去年同期的项目已经完工。
            """));
    }

    [Fact]
    public void A_year_with_a_season_is_a_year_of_events_before_the_day_published()
    {
        Assert.Equal(2010L, Year("""
            我在省政协工作的岁月
            发布日期：2017/11/10 10:20:24
            2010年初夏，文史委的同志带着采访提纲来到老秘书长家中。老人回忆了委员会成立前后的往事。
            """));
    }

    [Fact]
    public void A_periodicals_issue_is_not_the_year_of_a_memoir()
    {
        Assert.Equal(1984L, Year("""
            回眸文史初始间
            2015-08-21 01:44:14
            文史月刊 2015年6期
            我是1984年7月走进省政协机关大院的。文史办的同志热情地接待了我。
            """));
    }

    [Fact]
    public void A_chronicle_page_with_spaced_digits_gives_its_year()
    {
        Assert.Equal(1985L, Year("""
            1985 年
            1 月 30 日  由市政协牵头，召开了市、县政协第二次文史资料工作协作会议。
            3 月中旬  《某某文史资料》第 6 辑出版。
            """));
    }

    [Fact]
    public void A_year_written_with_a_ring_zero_is_read()
    {
        Assert.Equal("2023-01-16", DateText.Parse("二○二三年一月十六日"));
    }

    [Fact]
    public void A_year_reviewed_beside_the_next_years_plan_is_the_year_reported_on()
    {
        Assert.Equal(2021L, Year("12月24日，市政协召开主席会议。会议听取了各委室2021年工作情况和2022年工作打算的汇报。"));
    }
}
