namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// News items that never write their year: an anniversary being celebrated, a Party congress awaited,
// a plenary session's spirit studied, a national session attended; and items that look ahead to the
// next year (a December session, 明年) and name it. The texts are ours; the shapes are the genre's.
public class ImpliedYearFormsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void An_anniversary_being_celebrated_dates_the_story()
    {
        Assert.Equal(2024L, Year("""
            县政协组织委员开展观摩活动
            9月中旬，某某县政协组织部分委员开展庆祝人民政协成立75周年集体观摩活动，委员们参观了三个乡镇的产业项目。
            """));
    }

    [Fact]
    public void A_party_congress_awaited_dates_the_story()
    {
        Assert.Equal(2022L, Year("""
            县政协召开常委会议
            日前，县政协召开常委会议，要求全体委员立足本职、担当作为，以优异成绩迎接党的二十大胜利召开。
            """));
    }

    [Fact]
    public void A_plenary_session_or_a_congress_whose_spirit_is_studied_gives_no_year()
    {
        Assert.Null(Year("""
            市政协调研组赴某区调研
            近日，市政协调研组赴某区调研产业园区建设。调研组指出，要深入学习贯彻党的二十大和二十届三中全会精神，推动园区提质增效。
            """));
    }

    [Fact]
    public void A_national_session_watched_gives_no_year()
    {
        Assert.Null(Year("""
            区政协集中收看全国政协十二届四次会议开幕会实况
            近日，区政协组织委员集中收看开幕会实况，大家表示要认真学习会议精神。
            """));
    }

    [Fact]
    public void The_latest_of_several_events_marked_is_the_year()
    {
        Assert.Equal(2019L, Year("""
            州政协召开常委会议
            近日，州政协召开常委会议，传达学习在庆祝中国人民政治协商会议成立70周年大会上的重要讲话精神，回顾了喜迎党的十九大以来的履职成效。
            """));
    }

    [Fact]
    public void A_period_since_a_congress_alone_gives_no_year()
    {
        Assert.Null(Year("""
            县政协召开主席会议
            近日，县政协召开主席会议。会议指出，党的十八大以来，县政协围绕中心、服务大局，各项工作取得新成效。
            """));
    }

    [Fact]
    public void A_year_named_as_the_coming_one_in_a_December_session_is_the_year_after()
    {
        Assert.Equal(2023L, Year("""
            12月21日上午，政协某某区第十届委员会第三次会议开幕，全面回顾了区政协过去一年的工作。
            会议指出，2024年是新中国成立75周年，要团结带领广大委员再立新功。
            """));
    }

    [Fact]
    public void A_year_whose_work_is_being_planned_next_to_next_year_is_the_year_after()
    {
        Assert.Equal(2017L, Year("""
            某某新闻网讯 14日，市政协主席某某一行来我县走访调研，征求委员对2018年工作意见建议。
            座谈会上，他表示，要谋划好明年工作，市政协全会召开在即。
            """));
    }

    [Fact]
    public void A_work_report_of_a_year_is_no_year_to_come_even_beside_next_year()
    {
        Assert.Equal(2023L, Year("""
            县政协召开常委会议
            日前，县政协召开常委会议，审议2023年工作报告。会议要求，明年要进一步提高协商质量。
            """));
    }
}
