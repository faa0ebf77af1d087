namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Where a year implied by an event or by looking ahead must not be taken: the year just ending named
// in a December session, a January report that says 明年 of the year after, a plan's opening year,
// anniversaries awaited from the year before, memoirs and looks back. The sentences are ours (the
// review's probes), the shapes the genre's.
public class ImpliedYearLimitsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_plans_opening_year_in_a_December_session_is_the_year_written_in()
    {
        Assert.Equal(2023L, Year("""
            县政协召开十届委员会常委会议
            12月26日上午，县政协召开十届委员会第十次常委会议。会议指出，2023年是全面贯彻党的二十大精神的开局之年，一年来，县政协围绕中心工作认真履职。
            """));
    }

    [Fact]
    public void Next_year_in_a_January_report_leaves_the_year_it_names()
    {
        Assert.Equal(2024L, Year("""
            政协某某县委员会常务委员会工作报告
            过去一年，县政协紧扣中心任务履职尽责。2024年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。我们要为明年“十四五”圆满收官打下坚实基础。
            """));
    }

    [Fact]
    public void Next_year_beside_an_opening_year_leaves_the_opening_year()
    {
        Assert.Equal(2026L, Year("""
            县政协召开主席会议
            近日，县政协召开主席会议。会议指出，2026年是“十五五”规划开局之年，要谋划好全年重点协商议题，并为明年换届做好准备。
            """));
    }

    [Fact]
    public void Average_over_five_years_is_not_next_year()
    {
        Assert.Equal(2026L, Year("""
            县政协召开主席会议
            近日，县政协召开主席会议。会议指出，五年来年均增长7%，2026年是“十五五”规划开局之年。
            """));
    }

    [Fact]
    public void A_plan_of_this_year_beside_next_years_election_is_this_year()
    {
        Assert.Equal(2025L, Year("""
            区政协召开党组会议
            1月8日，区政协召开党组会议，研究2025年工作计划，会议提出，要为明年换届打好基础。
            """));
    }

    [Fact]
    public void An_anniversary_awaited_in_a_December_session_is_not_its_year()
    {
        Assert.NotEqual(2024L, Year("""
            县政协召开常委会议
            12月20日，县政协召开常委会议，审议年度工作总结。会议要求，全体委员要以优异成绩迎接新中国成立75周年。
            """));
    }

    [Fact]
    public void A_congress_awaited_in_a_December_session_is_not_its_year()
    {
        Assert.NotEqual(2022L, Year("""
            县政协召开全体会议
            12月28日，县政协召开全体会议，总结一年来工作。会议强调，要以优异成绩迎接党的二十大胜利召开。
            """));
    }

    [Fact]
    public void A_memoir_of_an_anniversary_gives_no_year()
    {
        Assert.Null(Year("""
            我的委员履职路
            那一年，县政协举办纪念改革开放40周年书画展，我作为文化界委员参与了筹备。如今回想起来，那段日子仍历历在目。
            """));
    }

    [Fact]
    public void A_congress_awaited_last_year_and_looked_back_on_gives_no_year()
    {
        Assert.Null(Year("""
            市政协举办委员读书活动
            近日，市政协举办委员读书活动。委员们回顾了去年喜迎党的二十大系列活动，表示要深入学习贯彻党的二十大精神。
            """));
    }
}
