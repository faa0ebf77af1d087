using System.Text;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents.Html;

/// <summary>How a page's blocks, headline, furniture and metadata are read (through <see cref="HtmlLoader"/>).</summary>
public class ArticleReaderTests
{
    private static LoadedDocument Load(string html) => new HtmlLoader().Load("page.html", Encoding.UTF8.GetBytes(html));

    [Fact]
    public void EveryBlockEndsAParagraphAndASingleBreakEndsALine()
    {
        const string page = """
            <body><div class="content">
              <h2>一、总体情况</h2><p>全年共收到提案512件，立案468件。</p>
              <div>委员们围绕营商环境建言，<br>有关部门逐条答复。</div>
              <ul><li>走访企业14家；</li><li>收集建议37条。</li></ul>
              <p>第一段结束。<br><br>第二段开始，换了一段。</p>
            </div></body>
            """;

        var text = Load(page).Text;

        Assert.Equal(
            "## 一、总体情况\n\n全年共收到提案512件，立案468件。\n\n委员们围绕营商环境建言，\n有关部门逐条答复。\n\n" +
            "走访企业14家；\n\n收集建议37条。\n\n第一段结束。\n\n第二段开始，换了一段。",
            text);
    }

    [Fact]
    public void InOldPagesABreakBeforeAnIndentStartsAParagraph()
    {
        const string page = "<body><td>　　市政协召开常委会议，听取工作报告。<br>　　会议审议通过了有关决议，<br>部署了下阶段工作。<br></td></body>";

        Assert.Equal("市政协召开常委会议，听取工作报告。\n\n会议审议通过了有关决议，\n部署了下阶段工作。", Load(page).Text);
    }

    [Fact]
    public void TheHeadlineIsTheH1ThatTheHeadNamesNotTheSiteLogoNorASubtitle()
    {
        const string page = """
            <html><head><title>市政协助力民营企业成长_政协动态_长春政协网</title></head><body>
            <div class="header"><h1 class="logo"><a href="/">长春政协网</a></h1></div>
            <h2>协商聚共识 履职展作为</h2>
            <div class="news"><h1>市政协助力民营企业成长</h1><p>市政协组织委员走访民营企业，听取意见建议。</p></div>
            </body></html>
            """;

        var document = Load(page);

        Assert.Equal("市政协助力民营企业成长", document.Metadata?.Title);
        Assert.StartsWith("# 市政协助力民营企业成长\n\n市政协组织委员走访民营企业", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市政协召开九届三次会议 - 淮安政协")]
    [InlineData("市政协召开九届三次会议|淮安政协")]
    [InlineData("淮安政协 | 市政协召开九届三次会议")]
    [InlineData("市政协召开九届三次会议_政协要闻_淮安政协")]
    public void WithoutAVisibleHeadlineTheTitleIsTheTitleTagWithoutTheSite(string title)
    {
        var page = $"<html><head><title>{title}</title><meta name=\"SiteName\" content=\"淮安政协\"></head><body><p>会议听取了常委会工作报告，审议通过了有关决议。</p></body></html>";

        var document = Load(page);

        Assert.Equal("市政协召开九届三次会议", document.Metadata?.Title);
        Assert.Equal("会议听取了常委会工作报告，审议通过了有关决议。", document.Text);
    }

    [Fact]
    public void AHeadlineInATableCellIsFoundByTheTitleTag()
    {
        const string page = """
            <html><head><title>政协通化市委员会--市政协视察城乡供水工程</title></head><body><table>
            <tr><td>您的位置：<a href="/">首页</a> → 政协动态</td></tr>
            <tr><td align="center"><font size="5"><b>市政协视察城乡供水工程</b></font></td></tr>
            <tr><td>发布日期：2023-6-12　来源：通化市政协</td></tr>
            <tr><td>　　市政协组织委员视察城乡供水工程建设，实地察看水厂运行情况。<br>　　委员们建议加快管网改造，保障群众饮水安全。</td></tr>
            </table></body></html>
            """;

        var document = Load(page);

        Assert.Equal(new DocumentMetadata("市政协视察城乡供水工程", "2023-6-12", "通化市政协"), document.Metadata);
        Assert.Equal("# 市政协视察城乡供水工程\n\n市政协组织委员视察城乡供水工程建设，实地察看水厂运行情况。\n\n委员们建议加快管网改造，保障群众饮水安全。", document.Text);
    }

    [Fact]
    public void FurnitureInsideTheArticleContainerIsLeftOut()
    {
        const string page = """
            <html><head><title>省政协召开主席会议</title></head><body><div class="main">
            <h1>省政协召开主席会议</h1>
            <div class="info">发布时间：2023-07-04 来源：江苏政协 【字号：大 中 小】 打印本页</div>
            <p>7月3日，省政协召开主席会议，审议有关事项。</p>
            <p>会议强调，要精心组织好下半年各项协商议政活动。</p>
            <p>责任编辑：孙悦</p>
            <div>分享到：微信 新浪微博 QQ空间</div>
            <p>上一篇：<a href="/1">市政协召开党组会议</a></p>
            <h3>相关新闻</h3>
            <p><a href="/2">市政协召开常委会议</a></p>
            <p><a href="/3">委员走进社区开展服务</a></p>
            <p>版权所有：政协江苏省委员会 苏ICP备05001234号</p>
            </div></body></html>
            """;

        var document = Load(page);

        Assert.Equal("# 省政协召开主席会议\n\n7月3日，省政协召开主席会议，审议有关事项。\n\n会议强调，要精心组织好下半年各项协商议政活动。", document.Text);
        Assert.Equal(new DocumentMetadata("省政协召开主席会议", "2023-07-04", "江苏政协"), document.Metadata);
    }

    [Fact]
    public void ANoticesOwnTimeLineStaysTextAndIsNotThePublicationDate()
    {
        const string page = """
            <html><head><title>关于召开主席会议的通知</title><meta name="PubDate" content="2023-06-01 10:00"></head><body>
            <h1>关于召开主席会议的通知</h1>
            <div class="content"><p>经研究，定于近期召开主席会议，现将有关事项通知如下。</p>
            <p>时间：2023年6月12日上午9时</p><p>地点：市政协三楼会议室</p></div></body></html>
            """;

        var document = Load(page);

        Assert.Contains("时间：2023年6月12日上午9时", document.Text, StringComparison.Ordinal);
        Assert.Equal("2023-06-01", document.Metadata?.Date);
    }

    [Fact]
    public void MetaTagsGiveTheDateAndSourceWhenThePageShowsNone()
    {
        const string page = """
            <html><head><meta property="og:title" content="市政协开展专题视察"><meta property="article:published_time" content="2023-06-12T09:30:00+08:00">
            <meta name="ContentSource" content="人民政协报"></head>
            <body><h1>市政协开展专题视察</h1><p>市政协组织委员开展专题视察，察看项目建设。</p></body></html>
            """;

        Assert.Equal(new DocumentMetadata("市政协开展专题视察", "2023-06-12", "人民政协报"), Load(page).Metadata);
    }

    [Fact]
    public void ATablePastedFromWordIsOneLinePerRow()
    {
        const string page = """
            <body><div class="TRS_Editor"><p>各承办单位办理进展如下，请各单位对照落实。</p>
            <table><tr><td colspan="2"><p>重点提案办理进展</p></td></tr>
            <tr><td><p>提案</p></td><td><p>承办单位</p></td></tr>
            <tr><td><p><span>关于深化县域医共体建设的建议</span></p></td><td><p>市卫生健康委</p></td></tr></table></div></body>
            """;

        Assert.Equal("各承办单位办理进展如下，请各单位对照落实。\n\n重点提案办理进展\n提案\t承办单位\n关于深化县域医共体建设的建议\t市卫生健康委", Load(page).Text);
    }

    [Fact]
    public void AttachmentsAfterTheLastParagraphStayButFurtherReadingGoes()
    {
        const string page = """
            <body><div id="zoom"><p>现将2023年度重点提案督办计划印发给你们，请认真抓好落实。</p>
            <p>附件：<a href="/f/1.docx">2023年度重点提案督办计划</a></p>
            <p><a href="/f/2.xlsx">重点提案办理情况统计表</a></p></div>
            <div><p><a href="/n/1">市政协召开常委会议</a></p><p><a href="/n/2">委员走进社区</a></p></div></body>
            """;

        Assert.Equal("现将2023年度重点提案督办计划印发给你们，请认真抓好落实。\n\n附件：2023年度重点提案督办计划\n\n重点提案办理情况统计表", Load(page).Text);
    }

    [Fact]
    public void TheSiteItselfAndAnAnonymousAuthorAreNoSourceNorAuthor()
    {
        const string page = """
            <html><head><title>县政协召开常委会议</title></head><body><h1>县政协召开常委会议</h1>
            <div class="info">时间：2023-06-12 来源：本站 作者：佚名</div><p>县政协召开常委会议，听取工作报告。</p></body></html>
            """;

        Assert.Equal(new DocumentMetadata("县政协召开常委会议", "2023-06-12"), Load(page).Metadata);
    }

    [Fact]
    public void APageWrappedInAFormKeepsItsArticle()
    {
        const string page = """
            <body><form id="form1" action="show.aspx"><div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/about">概况</a></div>
            <div id="content"><p>市政协召开常委会议，听取和审议工作报告。</p><p>会议强调，要坚持围绕中心、服务大局。</p></div>
            </form></body>
            """;

        Assert.Equal("市政协召开常委会议，听取和审议工作报告。\n\n会议强调，要坚持围绕中心、服务大局。", Load(page).Text);
    }

    [Fact]
    public void APageOfNothingButTextIsKeptWhole()
    {
        Assert.Equal("市政协召开常委会议。", Load("市政协召开常委会议。").Text);
        Assert.Null(Load("市政协召开常委会议。").Metadata);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html></html>")]
    [InlineData("<html><head><title></title></head><body></body></html>")]
    public void AnEmptyPageGivesAnEmptyTextAndNoMetadata(string page)
    {
        var document = Load(page);

        Assert.Equal("", document.Text);
        Assert.Null(document.Metadata);
    }

    [Fact]
    public void DeeplyNestedMarkupIsReadWithoutExhaustingTheStack()
    {
        const int depth = 20_000;
        var page = string.Concat(Enumerable.Repeat("<div>", depth)) + "市政协召开常委会议，听取工作报告。" + string.Concat(Enumerable.Repeat("</div>", depth));

        Assert.Equal("市政协召开常委会议，听取工作报告。", Load(page).Text);
    }
}
