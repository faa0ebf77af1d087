namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// The year of what a session or its standing committee adopted under a bracketed adoption line:
// an agenda, rules, a year's key points and the review of the session's proposals speak of their own
// year; a work report and the resolution on it, adopted early in a year, still review the year
// before; a plan's or rules' own year in the title wins. The texts are ours; the shapes are the genre's.
public class AdoptedDocumentYearFormsTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_work_report_under_an_adoption_line_early_in_a_year_reviews_the_year_before()
    {
        var report = """
            政协某某县第十届委员会常务委员会工作报告
            （2021年1月12日政协某某县第十届委员会第三次会议通过）
            各位委员：
            现在，我代表政协某某县第十届委员会常务委员会，向大会报告工作，请予审议。
            2020年，县政协常委会在县委的坚强领导下，围绕中心、服务大局，较好地完成了全年的工作。
            """;

        Assert.Equal(2020L, Year(report));
    }

    [Fact]
    public void The_resolution_on_a_work_report_reviews_the_year_the_report_reviews()
    {
        var resolution = """
            政协某某县第十届委员会第三次会议关于常务委员会工作报告的决议
            （2021年1月14日政协某某县第十届委员会第三次会议通过）
            政协某某县第十届委员会第三次会议听取并审议了常务委员会的工作报告。会议充分肯定常务委员会过去一年的工作，认为常委会在2020年的各项工作中作出了积极贡献。
            """;

        Assert.Equal(2020L, Year(resolution));
    }

    [Fact]
    public void The_year_in_the_title_of_adopted_key_points_wins()
    {
        var keyPoints = """
            政协某某县第十届委员会2023年工作要点
            （2023年2月10日政协某某县第十届委员会常务委员会第五次会议通过）
            2023年，县政协工作的总体要求是：坚持团结和民主两大主题，履行好各项职能。
            一、加强思想政治引领
            """;

        Assert.Equal(2023L, Year(keyPoints));
    }

    [Fact]
    public void The_year_in_the_title_of_a_work_plan_wins_without_an_adoption_line_too()
    {
        var plan = """
            某某市政协2024年度协商工作计划
            2024年，市政协围绕市委中心工作，安排协商议题十二项。
            一、全体会议协商
            """;

        Assert.Equal(2024L, Year(plan));
    }

    [Fact]
    public void The_review_of_a_sessions_proposals_speaks_of_that_session()
    {
        var review = """
            政协某某市第九届委员会提案委员会关于九届三次会议提案审查情况的报告
            （2021年1月15日政协某某市第九届委员会第三次会议主席团第二次会议通过）
            各位委员：
            九届三次会议期间，截至1月14日17时，提案委员会共收到委员提案三百余件。
            """;

        Assert.Equal(2021L, Year(review));
    }

    [Fact]
    public void Rules_adopted_early_in_a_year_are_of_that_year()
    {
        var rules = """
            某某县政协委员履职考核办法
            （2022年3月2日政协某某县第九届委员会常务委员会第十次会议通过）
            第一条 为加强委员队伍建设，制定本办法。
            """;

        Assert.Equal(2022L, Year(rules));
    }
}
