namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Years the genre leaves to its reader: a lead's day without a year beside the Central Committee's plenary
// session it studies, two consecutive years named alike (a year reviewed beside the next one's plans), and a
// headline of an activity that names its year; one look back (去年) in a story of its own day; a tie of the events' years
// settled by the day published or an event of the present; a year opening one sentence long before the day published.
// The sentences are ours, the shapes the genre's.
public class UnwrittenYearFormsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_summer_day_after_the_plenum_it_studies_is_the_plenums_year()
    {
        Assert.Equal(2024L, Year("""
            县政协召开主席会议
            8月12日上午，某某县政协召开主席会议，传达学习党的二十届三中全会精神，研究下阶段重点协商议题。
            """));
    }

    [Fact]
    public void A_winter_day_before_the_plenums_month_is_the_year_after()
    {
        Assert.Equal(2025L, Year("""
            区政协全体会议开幕
            2月20日上午，政协某某区第九届委员会第五次会议开幕。会议强调，要深入学习贯彻党的二十届二中、三中全会精神，凝心聚力推动高质量发展。
            """));
    }

    [Fact]
    public void The_latest_of_the_plenums_named_bounds_the_year()
    {
        Assert.Equal(2020L, Year("""
            市政协召开常委会议
            11月6日，市政协召开常委会议，学习十九届四中全会和十九届五中全会精神，审议年度协商计划执行情况。
            """));
    }

    [Fact]
    public void A_plenum_without_a_day_in_the_lead_gives_no_year()
    {
        Assert.Null(Year("""
            学习贯彻全会精神
            县政协机关干部认真学习二十届三中全会精神，交流学习体会。
            """));
    }

    [Fact]
    public void A_year_written_in_the_text_comes_before_the_plenum()
    {
        Assert.Equal(2025L, Year("""
            县政协召开主席会议
            8月12日上午，某某县政协召开主席会议，传达学习二十届三中全会精神，研究2025年下半年重点工作。
            """));
    }

    [Fact]
    public void Two_consecutive_years_named_alike_are_the_earlier()
    {
        Assert.Equal(2021L, Year("""
            市政协召开常委会议
            12月20日下午，市政协召开常委会议。会议认为，市政府工作报告总结2021年工作全面客观，提出2022年目标任务切实可行。
            """));
    }

    [Fact]
    public void Two_years_far_apart_named_alike_give_none()
    {
        Assert.Null(Year("""
            市政协召开文史工作座谈会
            4月19日，市政协召开文史工作座谈会，回顾2012年以来的征编成果，部署2020年的编纂任务。
            """));
    }

    [Fact]
    public void A_headline_of_an_activity_is_of_its_year_not_a_plan()
    {
        Assert.Equal(2024L, Year("""
            某某县政协开展2024年重点项目、重点工作视察
            2024-06-24 17:55
            6月20日，县政协主席带领部分委员对全县重点项目开展视察。
            """));
    }

    [Fact]
    public void One_look_back_in_a_story_of_its_day_leaves_the_day_published()
    {
        Assert.Equal(2022L, Year("""
            委员建言粮食安全
            2022-03-18 来源：某某日报
            全国政协会议期间，委员们围绕粮食安全建言献策。委员们说，去年的中央一号文件对种业振兴作出部署，要抓好落实。
            """));
    }

    [Fact]
    public void A_story_looking_back_again_and_again_is_of_the_year_before()
    {
        Assert.Equal(2021L, Year("""
            县政协召开全体会议
            2022-01-10 来源：某某县融媒体中心
            会上，县政协主席代表常委会作工作报告。报告说，去年，县政协围绕中心工作协商议政；去年，委员们提交提案120件；去年，县政协开展视察12次。
            """));
    }

    [Fact]
    public void A_tie_of_the_events_years_goes_to_the_year_published_among_them()
    {
        Assert.Equal(2021L, Year("""
            州政协召开主席会议
            发布时间：2021-03-29 08:10
            26日，州政协召开主席会议，审议2020年度委员履职情况通报，研究2021年3月的协商活动安排。
            """));
    }

    [Fact]
    public void A_tie_of_the_events_years_goes_to_an_anniversary_marked_after_them()
    {
        Assert.Equal(2026L, Year("""
            政协委员关爱留守儿童
            3月4日，某某市政协纪念“三八”国际劳动妇女节116周年暨第三届关爱留守儿童活动在乡中心学校举行。
            首届活动于2024年3月7日在某某镇小学举行，2025年3月7日，第二届活动延伸到另一个乡。
            """));
    }

    [Fact]
    public void A_tie_of_the_events_years_with_nothing_after_them_gives_none()
    {
        Assert.Null(Year("""
            政协委员关爱留守儿童
            3月4日，某某市政协委员走进乡中心学校看望留守儿童。
            首届活动于2024年3月7日在某某镇小学举行，2025年3月7日，第二届活动延伸到另一个乡。
            """));
    }

    [Fact]
    public void One_sentence_opening_with_a_year_long_before_the_day_published_is_recalled()
    {
        Assert.Equal(2022L, Year("""
            委员履职故事
            日期：2022-09-14
            市政协副主席某某在人民政协报撰文，讲述自己多年来关注青少年健康成长的经历。
            2014年，她牵头开展青少年心理健康专题调研，形成调研报告。
            """));
    }

    [Fact]
    public void One_sentence_opening_with_the_year_before_the_day_published_is_its_year()
    {
        Assert.Equal(2025L, Year("""
            县政协工作回顾
            日期：2026-01-05
            2025年，县政协围绕中心工作开展协商议政，委员们积极建言献策。
            """));
    }
}
