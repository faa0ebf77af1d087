using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// The year a text says it is written in without a date line, and date lines that carry more than a date:
// a count made up to a day (截至…), the occasion of an anniversary (…之际, 2020年正值…周年), a congress awaited in a
// December story, a five-year plan's opening year, a body's profile, a cut address or a view counter beside the
// page's date. The texts are ours; the shapes are the genre's.
public class OccasionYearAndDateLineFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_count_made_up_to_a_day_tells_the_year_beside_a_founding_the_year_before()
    {
        Assert.Equal(2023L, Year("""
            委员工作室建设见成效
            某镇政协委员工作室于2022年5月18日揭牌成立，由8名区政协委员轮值接待群众。
            该工作室定期开展集中学习、走访慰问和调研视察活动。
            截至2023年9月，工作室共收集社情民意30余件，并及时反映到有关部门。
            """));
    }

    [Fact]
    public void A_memoir_written_on_an_anniversarys_occasion_is_of_the_anniversarys_year()
    {
        Assert.Equal(2019L, Year("""
            我的政协缘
            说起来，我和政协真是有缘。1996年，县政协文史委缺少人手，我被借调过来编写文史资料。这一干就是十多年。虽然2012年我调到别的单位，但每当想起那些日子，总觉得亲切。
            值此人民政协70华诞之际，我的政协情愈发浓烈。
            """));
    }

    [Fact]
    public void A_sentence_naming_its_year_as_an_anniversarys_outweighs_a_year_it_recalls()
    {
        Assert.Equal(2020L, Year("""
            庆祝市政协成立65周年委员讲堂举行
            2020年正值市政协成立65周年。9日上午，6名委员走上专题讲堂，分享履职感悟。
            2019年，市政协一位副主席多年前撰写的提案入选有影响力的重要提案。
            """));
    }

    [Fact]
    public void An_anniversarys_occasion_recalled_from_last_year_is_not_the_texts_year()
    {
        Assert.Equal(2025L, Year("""
            书画作品集出版
            2025年2月，某区政协将委员书画作品结集出版。
            大家回忆起去年在庆祝人民政协成立75周年之际举办的委员书画展，仍然记忆犹新。
            """));
    }

    [Fact]
    public void A_count_made_up_to_a_day_before_a_later_year_named_is_recalled()
    {
        Assert.NotEqual(2020L, Year("""
            委员工作室提质增效
            2021年9月，某县政协组织委员开展履职培训。
            截至2020年底，全县已建成委员工作室18个。
            """));
    }

    [Fact]
    public void A_congress_awaited_in_a_December_story_gives_the_year_before_it()
    {
        Assert.Equal(2021L, Year("""
            报社记者来我县采访调研
            12月2日，某报驻省记者站一行来我县采访调研协商议事工作。县政协主席陪同。
            大家表示，要把学习成果转化为开创新局的力量，以更加优异的成绩迎接党的二十大胜利召开。
            """));
    }

    [Fact]
    public void A_five_year_plans_good_start_in_a_closing_speech_is_its_opening_year()
    {
        Assert.Equal(2021L, Year("""
            区委书记在区政协闭幕会上的讲话
            各位委员，同志们：区政协一届五次会议圆满完成了各项议程，即将胜利闭幕。会议期间，各位委员积极建言，为我区“十四五”开好局凝聚了力量。
            """));
    }

    [Fact]
    public void A_plans_opening_year_does_not_outweigh_a_page_date_nor_decide_beside_the_last_year_of_the_plan_before()
    {
        Assert.Null(Year("""
            州政协召开常委会议
            会上，州政协主席说，“十四五”收官之年成绩来之不易，“十五五”开局之年任务艰巨。
            """));
    }

    [Fact]
    public void A_bodys_profile_has_no_year()
    {
        Assert.Null(Year("""
            某县政协简介
            中国人民政治协商会议是中国人民爱国统一战线的组织。
            1981年3月18日至26日，政协某县第一届委员会第一次全体会议召开，标志着县政协正式成立。
            """));
    }

    [Fact]
    public void One_terms_profile_has_its_year()
    {
        Assert.Equal(1983L, Year("""
            政协某市第一届委员会简介
            1983年5月10日，政协某市第一届委员会第一次会议召开，选举产生了主席、副主席和常务委员。
            """));
    }

    [Fact]
    public void A_date_line_behind_a_cut_address_gives_the_date()
    {
        var head = Head("""
            某区政协十一届二次会议开幕

            http://www.xx.chinanews    2022年03月09日 13:03     来源：某新闻网

            本报讯 政协某区第十一届委员会第二次会议8日开幕。
            """);

        Assert.Equal("2022-03-09", head.PublishedOn);
    }

    [Fact]
    public void A_date_line_with_a_view_counter_gives_the_date()
    {
        var head = Head("""
            某园区政协委员工作站揭牌仪式举行

            2024年10月30日 10:00:49某某开发园区浏览量:1次

            10月28日下午，区政协委员工作站揭牌仪式举行。
            """);

        Assert.Equal("2024-10-30", head.PublishedOn);
    }

    [Fact]
    public void A_count_made_up_to_a_day_does_not_outweigh_the_year_a_session_names_as_its_own()
    {
        Assert.NotNull(Year("""
            县政协十届二次会议以来提案全部办复
            1月18日召开的县政协十届三次会议第一次全体会议，听取了提案工作情况的报告。
            据悉，县政协十届二次会议以来，共提交提案210件。截至2025年底，所有提案均已办复。
            报告明确，2026年是“十五五”开局之年。
            """));
    }

    [Fact]
    public void A_headlines_year_outweighs_a_year_a_member_recalls()
    {
        Assert.Equal(2023L, Year("""
            自治区政协委员寄语2023年“充满希望”
            某社拉萨1月12日电 一位委员对记者说，自己对新的一年充满希望。
            另一位委员说，2022年8月，自己带领群众积极参与抗疫。
            """));
    }

    [Fact]
    public void A_headlines_award_year_is_not_the_news_year()
    {
        Assert.NotEqual(2023L, Year("""
            市政协2023年度优秀提案揭晓
            2024年2月20日，市政协召开主席会议，审议通过优秀提案名单。
            """));
    }
}
