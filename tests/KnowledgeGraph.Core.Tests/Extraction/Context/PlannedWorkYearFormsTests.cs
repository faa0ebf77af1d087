namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A session early in a year whose story writes no year but the one whose work the government's report
// plans (部署2026年主要工作) beside the year it reviews. The texts are ours; the shapes are the genre's.
public class PlannedWorkYearFormsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void Work_planned_at_a_january_session_dates_the_story_in_that_year()
    {
        Assert.Equal(2026L, Year("""
            市政协十届五次会议举行分组讨论
            1月20日，市政协十届五次会议举行分组讨论，委员们审议政府工作报告。
            副市长某某到会听取意见。他说，2025年，市政协围绕中心建言献策，成效明显。报告用六个方面部署2026年主要工作，委员们的意见很有参考价值。
            """));
    }

    [Fact]
    public void Work_planned_in_a_december_session_still_dates_the_story_in_the_year_before()
    {
        Assert.Equal(2025L, Year("""
            县政协召开常委会议
            12月18日，县政协召开常委会议，谋划明年工作。
            会议审议了2026年工作要点，部署2026年主要工作。
            """));
    }

    [Fact]
    public void Work_planned_in_a_story_without_a_meeting_in_its_lead_is_not_counted()
    {
        // The planned year gets no vote of its own: the two years stand alike, and the earlier, reviewed one is read.
        Assert.Equal(2025L, Year("""
            委员走访企业
            1月20日，委员们走访企业，了解生产情况。
            企业负责人说，2025年产值增长明显，已部署2026年主要工作。
            """));
    }
}
