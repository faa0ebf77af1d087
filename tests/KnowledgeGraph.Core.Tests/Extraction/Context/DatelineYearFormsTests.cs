using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// The year of a news item whose lead gives only a month and a day: the page's publication line gives
// the year (a session opening in January, its text recalling the year before as 2025年是…收官之年);
// 去年以来 in a page published late in a year spans up to the present, it is not a past event;
// a date line that opens with the day and names the authors and the source. The texts are ours; the
// shapes are the genre's.
public class DatelineYearFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_month_day_lead_is_of_the_year_its_page_was_published()
    {
        Assert.Equal(2026L, Year("""
            县政协十一届五次会议隆重开幕
            发布时间：2026年01月15日 10:20:00
            1月15日上午，政协某某县第十一届委员会第五次会议隆重开幕。
            会议听取并审议了县政协常委会工作报告。2025年是“十四五”规划收官之年，全县经济稳中向好。
            """));
    }

    [Fact]
    public void A_lead_on_a_day_of_the_month_published_outweighs_a_year_it_recalls()
    {
        Assert.Equal(2023L, Year("""
            采访团走进区政协委员工作站
            来源：区政协办公室发布日期：2023-06-20
            6月20日，网络主题采访团走进某某区委员工作站，聚焦协商平台建设。
            据介绍，2021年5月，区政协以建立委员工作站为抓手，搭建协商议事平台。
            """));
    }

    [Fact]
    public void A_report_delivered_early_in_the_month_published_reviews_the_year_before()
    {
        Assert.Equal(2025L, Year("""
            某某网> 新闻频道>本地新闻
            市政协常委会工作报告（摘要）

            2026-01-22 08:30:00

            来源：某某日报

            1月21日上午，市政协主席代表政协第九届某某市委员会常务委员会向大会报告工作。
            过去一年的主要工作
            2025年是全市发展很不平凡的一年。一年来，市政协常委会围绕中心、服务大局，组织协商活动36次。
            """));
    }

    [Fact]
    public void A_December_lead_on_a_page_published_in_January_is_of_the_year_before()
    {
        Assert.Equal(2025L, Year("""
            区政协召开年终座谈会
            发布时间：2026-01-05 09:00:00
            12月29日下午，区政协召开年终座谈会，委员们畅谈履职体会。
            会上通报了全年提案办理情况，2025年立案提案210件。
            """));
    }

    [Fact]
    public void Since_last_year_on_a_page_published_late_in_the_year_reaches_the_present()
    {
        Assert.Equal(2024L, Year("""
            “连心驿站”帮企业解难题
            发布时间：2024-10-18 16:02:11
            “贷款的事能帮着问问吗？”某某公司负责人走进县政协设在街道的“连心驿站”。
            为畅通委员联系群众渠道，去年8月，县政协建立“连心驿站”。去年以来，驿站共接待群众300余人次，解决问题90多件。
            """));
    }

    [Fact]
    public void A_line_opening_with_the_day_that_names_the_authors_and_the_source_is_the_date_line()
    {
        var head = Head("""
            首页>政协·协商>地方政协
            州政协干部结对走亲见实效
            2018年11月06日 10:12 | 作者:王某某 李某某 赵某某 | 来源:某某新闻网
            分享到:
            在“结对认亲”活动中，州政协机关干部走进村民家中，同吃同住同劳动。
            """);

        Assert.Equal("2018-11-06", head.PublishedOn);
        Assert.Equal("州政协干部结对走亲见实效", head.Title);
    }

    [Theory]
    [InlineData("委员热议政府工作报告\n发布时间：2025年03月06日 09:20\n3月5日，在京全国政协委员认真听取政府工作报告。委员们表示，2024年成绩来之不易。")]
    [InlineData("区政协传达学习市政协常委会工作报告精神\n发布时间：2025-01-24\n1月23日，区政协党组召开会议，传达学习市政协常委会工作报告精神。")]
    [InlineData("关于发展林下经济的调研报告\n发布时间：2025-02-20\n2月18日，区政协调研组赴某某镇开展林下经济专题调研。")]
    public void News_on_a_report_or_a_report_of_one_inquiry_keeps_its_leads_year(string text)
    {
        Assert.Equal(2025L, Year(text));
    }

    [Theory]
    [InlineData("县政协2024年工作综述\n发布时间：2025-01-10 09:30:00\n1月10日，记者从县政协获悉，2024年，县政协聚焦乡村振兴开展专题调研15次，提交调研报告12篇。")]
    [InlineData("区政协履职工作综述\n发布时间：2025-01-09 16:05:00\n1月9日，记者从区政协了解到，过去一年，区政协共收到委员提案186件，立案171件。")]
    [InlineData("市政协全年工作亮点多\n发布时间：2025-01-07\n1月7日，记者从市政协获悉，一年来，市政协组织委员视察12次，开展民主监督8次。")]
    public void A_lead_that_reports_on_the_year_before_gives_that_year_not_its_pages(string text)
    {
        Assert.Equal(2024L, Year(text));
    }

    [Fact]
    public void A_lead_that_only_recalls_the_year_before_in_passing_keeps_its_pages_year()
    {
        Assert.Equal(2025L, Year("县政协召开常委会议\n发布时间：2025-01-10 09:30:00\n1月10日，县政协召开常委会议，回顾过去一年工作，部署2025年重点任务。"));
    }

    [Theory]
    [InlineData("县政协召开党组扩大会议\n发布时间：2025-01-06 10:00:00\n1月6日，县政协党组召开扩大会议，会议指出，过去一年，县政协党组团结带领委员履职尽责。会议要求，新的一年要谋划好全年工作。")]
    [InlineData("政协某某区第九届委员会第四次会议开幕\n发布时间：2025-01-14 09:00:00\n1月14日上午，政协某某区第九届委员会第四次会议开幕，区政协主席代表常委会作报告，报告指出，2024年，区政协紧扣中心履职。")]
    public void A_meeting_in_january_that_looks_back_on_the_year_before_keeps_its_pages_year(string text)
    {
        Assert.Equal(2025L, Year(text));
    }
}
