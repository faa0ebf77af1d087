namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Historic events and yearly national days by which a news item dates itself without writing its year: the
// anniversary of an event other than a founding (辛亥革命, 抗战胜利, the first Women's Day), commemorated at a
// meeting or an activity, and the ordinal of a day counted from its first. The sentences are ours, the shapes the genre's.
public class ImpliedYearEventsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_meeting_commemorating_a_historic_events_anniversary_dates_the_story()
    {
        Assert.Equal(2021L, Year("""
            县政协召开主席会议
            近日，县政协召开主席会议，传达学习在纪念辛亥革命110周年大会上的讲话精神，研究部署下一阶段重点工作。
            """));
    }

    [Fact]
    public void An_activity_marking_womens_day_counts_from_the_first_one()
    {
        Assert.Equal(2026L, Year("""
            3月6日，某某市政协纪念“三八”国际劳动妇女节116周年暨“巾帼建新功”委员联谊活动在市民中心举行，20余名女委员参加。
            """));
    }

    [Fact]
    public void A_victorys_anniversary_being_celebrated_dates_the_story()
    {
        Assert.Equal(2025L, Year("""
            区政协举办书画展
            近日，区政协举办庆祝中国人民抗日战争暨世界反法西斯战争胜利80周年书画作品展，展出委员作品60余幅。
            """));
    }

    [Fact]
    public void A_yearly_national_day_counted_from_its_first_dates_the_story()
    {
        Assert.Equal(2024L, Year("""
            两市政协签署协作协议
            今年8月15日是第二个全国生态日。协议签署前，两市政协委员共同走进国家公园，察看生态保护情况。
            """));
        Assert.Equal(2014L, Year("""
            12月5日是第29个国际志愿者日，县政协委员来到社区开展志愿服务活动，为群众义诊、理发。
            """));
    }

    [Fact]
    public void Commemorating_alone_is_a_memoirs_wording_and_gives_no_year()
    {
        Assert.Null(Year("""
            往事回眸
            为纪念辛亥革命100周年，我曾写过一篇短文，回忆当年在县政协文史委工作的日子。
            """));
    }

    [Fact]
    public void A_day_of_last_year_gives_no_year()
    {
        Assert.Null(Year("""
            县政协召开常委会议
            会议回顾了去年第十个国家宪法日的普法活动，要求委员们继续做好法治宣传。
            """));
    }
}
