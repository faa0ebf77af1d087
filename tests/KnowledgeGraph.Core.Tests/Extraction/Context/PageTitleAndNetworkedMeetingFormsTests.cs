namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Forms met on newspapers' and sites' pages: a page's title (the headline with the site's words after it) over the
// headline itself, not over a kicker that only begins it; a meeting of several cities' committees held at
// one of them while the next meeting's host is named; a department's own site as source; a five-year plan being
// drafted. The texts are ours; the shapes are the genre's.
public class PageTitleAndNetworkedMeetingFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_page_title_with_the_sites_words_after_the_headline_gives_way_to_the_headline()
    {
        var properties = Properties("""
            某某某：关注城市冬季供暖问题 某某新闻内容-某某新闻 张某某 2299376

            某某某：关注城市冬季供暖问题

            2017-01-05 | 来源: 某某网

            “家里暖不暖？”已经担任三届长春市政协委员的某某某今年关注供暖话题，准备形成提案提交大会。
            """);

        Assert.Equal("某某某：关注城市冬季供暖问题", properties.GetValueOrDefault("title"));
    }

    [Fact]
    public void A_line_that_only_begins_the_headline_above_is_not_the_title()
    {
        var properties = Properties("""
            助春耕 促振兴 某某市政协田间地头助农忙
            助春耕 促振兴
            2023-04-12 来源：某某市政协
            4月10日，某某市政协组织委员深入田间地头，帮助农户春耕备耕。
            """);

        Assert.Equal("助春耕 促振兴 某某市政协田间地头助农忙", properties.GetValueOrDefault("title"));
    }

    [Fact]
    public void A_meeting_of_several_cities_committees_is_the_hosts_not_the_next_hosts()
    {
        var properties = Properties("""
            8月22日至23日，沿汾六市政协流域生态保护协商研讨第二次会议在忻州召开。省政协副主席某某出席会议并讲话。忻州市政协主席某某主持会议。太原市政协主席某某、吕梁市政协主席某某等参加会议。
            经沿汾六市政协协商，第三次会议将由吕梁市政协主办。
            """);

        Assert.Equal("政协忻州市委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_city_bureau_as_source_on_its_own_site_issues_the_story()
    {
        var properties = Properties("""
            当前位置:首页 > 业务 > 污染防治
            谈感受、讲变化 为大气污染治理赋能添力
            来源:宝鸡市生态环境局 发布时间:2024-10-25 09:30
            10月23日，金台区政协主席某某带领部分政协委员调研视察全区大气污染防治情况。
            """);

        Assert.Equal("宝鸡市生态环境局", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_five_year_plan_being_drafted_dates_the_story_the_year_before_it_opens()
    {
        var properties = Properties("""
            10月28日，某某区政协召开“我为‘十五五’规划献一策”专题座谈会，20余名界别委员围绕规划编制重要内容建言。
            """);

        Assert.Equal(2025L, properties.GetValueOrDefault("year"));
    }

    [Fact]
    public void A_page_titles_column_and_the_committees_full_name_are_left_out()
    {
        var properties = Properties("""
            某海政协委员一纸提案 226套路灯亮了_市县政协_中国人民政治协商会议浙江省委员会
            2019-05-12 来源：某海县政协
            近日，县政协委员提出的路灯提案得到落实。
            """);

        Assert.Equal("某海政协委员一纸提案 226套路灯亮了", properties.GetValueOrDefault("title"));
    }

    [Theory]
    [InlineData("某某县政协组织委员为“十五五”规划建言，委员们围绕产业发展提出意见。")]
    [InlineData("某某区政协召开专题协商会，围绕科学编制“十五五”规划听取意见。")]
    public void A_plan_drafted_with_建言_or_with_the_verb_before_it_dates_the_year_before_it_opens(string text)
    {
        Assert.Equal(2025L, Properties(text).GetValueOrDefault("year"));
    }
}
