namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Forms met in sets 45 and 47–48: a county media cloud's date line (©原创, the date, the centre, 记者 and a name), a
// December meeting that fixes next January's session beside the closing year's honours, and a January session whose
// report looks back on the year before. The sentences are ours, the shapes the genre's.
public class TurnOfYearAndMediaCloudFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_media_clouds_date_line_with_its_reporter_gives_the_date()
    {
        var properties = Properties("""
            某某市政协视察重点提案办理情况

            ©原创   2023-10-19 22:07   某某市融媒体中心 记者 王某

            10月19日，某某市政协组织部分政协委员对重点提案办理情况进行视察。
            """);

        Assert.Equal("2023-10-19", properties.GetValueOrDefault("date"));
        Assert.Equal(2023L, properties.GetValueOrDefault("year"));
    }

    [Fact]
    public void A_december_meeting_fixing_next_januarys_session_is_of_the_closing_year()
    {
        Assert.Equal(2025L, Properties("""
            某某区政协召开常委会议
            12月23日，某某区政协召开七届二十三次常委会议。会议审议通过了区政协2025年度优秀委员表扬名单。
            会议决定，区政协七届五次会议于2026年1月12日召开。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_january_meeting_naming_last_winters_and_this_springs_events_alike_is_of_the_new_year()
    {
        Assert.Equal(2026L, Properties("""
            区政协召开主席会议
            1月8日，区政协召开主席会议。会议通报了2025年12月视察活动情况，研究了2026年2月协商活动安排。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_january_session_looking_back_on_a_year_is_of_the_year_after()
    {
        Assert.Equal(2026L, Properties("""
            1月20日上午，政协第三届某某市委员会第六次会议开幕。
            市政协主席王某某从五个方面总结回顾了2025年的工作，并对今后工作提出建议。
            会议号召，深入学习贯彻习近平总书记在庆祝中国人民政治协商会议成立75周年大会上的重要讲话精神。
            """).GetValueOrDefault("year"));
    }
}
