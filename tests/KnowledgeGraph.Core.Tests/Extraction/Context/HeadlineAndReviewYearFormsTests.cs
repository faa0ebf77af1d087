namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and years met in sets 27–29's tune halves: a headline of two quoted phrases around a comma, a
// site's body beside the day on one barred line, a dateline holding its day, a column tag of two
// phrases, a headline broken before a conjunction, the epidemic's first fight, and a review of several
// years. The texts are ours; the shapes are the genre's.
public class HeadlineAndReviewYearFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    private static object? Title(string text) => Properties(text).GetValueOrDefault("title");

    [Fact]
    public void A_headline_of_quoted_phrases_around_a_comma_is_no_sentence()
    {
        var properties = Properties("""
            心系“群众冷暖”，某某区政协交出“履职答卷”

            2023-06-08 10:21:35  来源:某某新闻网

            某某新闻网讯 6月7日，某某区政协主席王某某来到某某镇调研农村饮水安全工作。
            """);
        Assert.Equal("心系“群众冷暖”，某某区政协交出“履职答卷”", properties.GetValueOrDefault("title"));
        Assert.Equal("2023-06-08", properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void A_quoted_sentence_that_ends_the_line_still_starts_the_body()
    {
        Assert.Null(Title("""
            委员们纷纷表示，“要把群众的事当作自己的事，办好办实。”
            县政协组织委员开展走访活动，听取群众意见。
            """));
    }

    [Fact]
    public void A_sites_body_beside_the_day_is_a_date_line()
    {
        var properties = Properties("""
            中国人民政治协商会议某某市委员会| 2019-09-16
            打印
            | 字号: 大 中 小|
            市政协社法委召开重点提案督办座谈会

            9月12日，市政协社法委组织召开座谈会，对第318号重点提案进行督办。
            """);
        Assert.Equal("市政协社法委召开重点提案督办座谈会", properties.GetValueOrDefault("title"));
        Assert.Equal("2019-09-16", properties.GetValueOrDefault("date"));
        Assert.Equal(2019L, properties.GetValueOrDefault("year"));
    }

    [Fact]
    public void A_dateline_holding_its_day_starts_the_body()
    {
        Assert.Null(Title("""
            某某在线03月02日讯 今天上午，某某省政协十一届三次会议在省城隆重开幕，主席作工作报告，他说——
            各位委员：
            现在我宣布，会议开幕。
            """));
    }

    [Fact]
    public void A_column_tag_of_two_phrases_keeps_the_headline()
    {
        Assert.Equal("【众志成城 抗洪救灾】某某县政协委员捐款捐物支援灾区", Title("""
            【众志成城 抗洪救灾】某某县政协委员捐款捐物支援灾区

            2021-07-26 09:10

            汛情发生后，县政协委员积极响应号召，踊跃捐款捐物。
            """));
    }

    [Fact]
    public void A_headline_broken_before_a_conjunction_is_one_title()
    {
        Assert.Equal("提案工作要为全市高质量发展和民生改善服务", Title("""
            提案工作要为全市高质量发展
                        和民生改善服务
                                  某某市政协提案委员会
                    近年来，我市提案工作围绕中心、服务大局，取得了新的进展。
            """));
    }

    [Fact]
    public void The_fight_against_the_epidemic_as_it_began_dates_the_story()
    {
        Assert.Equal(2020L, Properties("""
            政协委员在行动
            自新型冠状病毒肺炎疫情防控阻击战打响以来，某某县政协委员主动作为，捐款捐物，支援一线。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void Epidemic_control_made_routine_dates_nothing()
    {
        Assert.Null(Properties("""
            县政协召开主席会议
            近日，县政协召开主席会议，研究常态化新冠肺炎疫情防控条件下的委员履职工作。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_review_of_several_years_takes_the_last_full_year()
    {
        Assert.Equal(2022L, Properties("""
            “协商在基层”回眸：4年开展27场专题协商

            发布日期:2023-01-20 10:05

            从2019年6月的第一场，到2020年9月、2021年10月，再到2022年11月，某某市政协已开展27场专题协商。
            """).GetValueOrDefault("year"));
    }
}
