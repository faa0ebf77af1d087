using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A session's agenda (or a resolution) that gives its day in a bracketed adoption line under its
// headline, and a wire page whose channel line ends its breadcrumb with • 正文 above the headline.
// The texts are ours; the shapes are the genre's.
public class AgendaAndChannelFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static object? Property(string text, string name) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault(name);

    private const string Agenda = """
        政协某某市第九届委员会第三次会议议程
        （2021年1月12日政协某某市九届三次会议审议通过）
        1.听取和审议政协某某市第九届委员会常务委员会工作报告;
        2.列席市第十届人民代表大会第三次会议,听取并讨论政府工作报告;
        3.审议通过会议决议。
        """;

    [Fact]
    public void A_bracketed_adoption_line_under_an_agenda_gives_its_day()
    {
        var head = Head(Agenda);

        Assert.Equal("政协某某市第九届委员会第三次会议议程", head.Title);
        Assert.Equal("2021-01-12", head.DeliveredOn);
    }

    [Fact]
    public void An_agenda_adopted_early_in_a_year_speaks_of_its_own_session_not_of_the_year_before()
    {
        Assert.Equal("2021-01-12", Property(Agenda, "date"));
        Assert.Equal(2021L, Property(Agenda, "year"));
    }

    [Fact]
    public void A_report_delivered_early_in_a_year_still_reviews_the_year_before()
    {
        var report = """
            政协某某市第九届委员会常务委员会工作报告
            （2021年1月12日在政协某某市第九届委员会第三次会议上）
            各位委员:
            我代表政协某某市第九届委员会常务委员会,向大会报告工作,请予审议。
            """;

        Assert.Equal(2020L, Property(report, "year"));
    }

    [Theory]
    [InlineData("（2019年6月3日县政协十届十次常委会议修订）", "2019-06-03")]
    [InlineData("(二〇二〇年三月五日区政协常委会议批准)", "2020-03-05")]
    public void Revised_and_approved_lines_give_the_day_too(string line, string day)
    {
        var head = Head("县政协委员履职管理办法\n" + line + "\n第一条 为规范委员履职,制定本办法。\n");

        Assert.Equal(day, head.DeliveredOn);
    }

    [Theory]
    [InlineData("2021年1月12日,会议审议通过了大会议程。")]
    [InlineData("（2021年1月12日,委员们分组讨论后审议通过）")]
    [InlineData("（2021年1月12日 某某市政协）")]
    public void A_sentence_or_a_bracket_without_an_adoption_is_no_adoption_line(string line)
    {
        var head = Head("政协某某市第九届委员会第三次会议议程\n" + line + "\n1.听取和审议常务委员会工作报告;\n");

        Assert.Null(head.DeliveredOn);
    }

    [Fact]
    public void A_channel_line_ending_its_breadcrumb_with_the_body_is_not_the_title()
    {
        var head = Head("""
            某通讯社宁夏分社 • 正文
            某通新闻

            宁夏回族自治区政协召开常委会议 审议提案工作

            2023年01月11日 16:13   来源: 某通网

            某通网银川1月11日电(记者 张某)11日,自治区政协常委会议在银川召开。
            """);

        Assert.Equal("宁夏回族自治区政协召开常委会议 审议提案工作", head.Title);
        Assert.Equal("2023-01-11", head.PublishedOn);
    }

    [Fact]
    public void A_headline_that_ends_with_the_word_for_a_body_of_text_stays_the_title()
    {
        var head = Head("""
            县政协公布委员履职办法正文
            2023年05月10日  来源: 某某县政协
            县政协近日公布了修订后的委员履职办法。
            """);

        Assert.Equal("县政协公布委员履职办法正文", head.Title);
    }
}
