using System.Text;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Documents.Html;

namespace KnowledgeGraph.Core.Tests.Documents;

public class HtmlLoaderTests
{
    // Laid out like an article page of a municipal CPPCC site.
    private const string ArticlePage = """
        <!DOCTYPE html>
        <html>
        <head>
          <meta charset="utf-8">
          <title>市政协召开九届三次会议 - 淮安政协</title>
          <style>.nav { color: #c00; }</style>
          <script>var siteName = "淮安政协网";</script>
        </head>
        <body>
          <div class="header"><img src="logo.png" alt="淮安政协"><span>政协淮安市委员会</span></div>
          <nav><ul><li><a href="/">首页</a></li><li><a href="/news">政协要闻</a></li><li><a href="/members">委员风采</a></li></ul></nav>
          <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news">政协要闻</a></div>
          <div class="article">
            <h1>市政协召开九届三次会议</h1>
            <div class="info">发布时间：2024-01-15 来源：淮安政协
              <span class="font">【字号：<a href="javascript:zoom(18)">大</a> <a href="javascript:zoom(16)">中</a> <a href="javascript:zoom(14)">小</a>】</span>
            </div>
            <div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:fullScreen()">【全屏】</a></div>
            <div class="content">
              <p>　　2024年是新中国和人民政协成立75周年，是完成“十四五”发展目标的关键之年。</p>
              <p>　　市政协将以习近平新时代中国特色社会主义思想为指导，<br>深入践行全过程人民民主。</p>
              <table>
                <tr><th>届次</th><th>会议</th></tr>
                <tr><td>九届</td><td>三次会议</td></tr>
              </table>
            </div>
            <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">微博</a> <a class="bds_qzone">QQ空间</a></div>
            <p><a href="javascript:window.close()">【关闭窗口】</a></p>
          </div>
          <aside><h3>热点新闻</h3><ul><li>市政协主席会议召开</li></ul></aside>
          <div class="footer">主办单位：政协淮安市委员会办公室 苏ICP备12345678号</div>
          <form action="/search"><input name="q"><button>搜索</button></form>
          <script>document.write("访问统计");</script>
        </body>
        </html>
        """;

    // The headline as a heading, a blank line between blocks, a line break for <br>; the info
    // line, the page controls and everything around the article gone.
    private const string ArticleText =
        "# 市政协召开九届三次会议\n\n" +
        "2024年是新中国和人民政协成立75周年，是完成“十四五”发展目标的关键之年。\n\n" +
        "市政协将以习近平新时代中国特色社会主义思想为指导，\n" +
        "深入践行全过程人民民主。\n\n" +
        "届次\t会议\n" +
        "九届\t三次会议";

    private static readonly DocumentMetadata ArticleMetadata = new("市政协召开九届三次会议", "2024-01-15", "淮安政协");

    static HtmlLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void TheArticleIsKeptOneLinePerBlockAndThePageAroundItIsDropped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("article.html", ArticlePage);

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, ArticleText, "html", TextDecoding.Utf8) { Metadata = ArticleMetadata }, result);
    }

    [Fact]
    public void AGbkPageIsDecodedFromItsBytes()
    {
        using var folder = new TempFolder();
        var page = ArticlePage.Replace("charset=\"utf-8\"", "charset=\"gb2312\"", StringComparison.Ordinal);
        var path = folder.Write("article.htm", Encoding.GetEncoding(936).GetBytes(page));

        var result = new DocumentReader().TryLoad(path);

        Assert.Equal(new LoadedDocument(path, ArticleText, "html", TextDecoding.Gb18030) { Metadata = ArticleMetadata }, result);
    }

    [Fact]
    public void AHeaderInsideTheArticleKeepsItsTitle()
    {
        const string page = "<body><header>淮安政协网</header><article><header><h1>提案办理情况通报</h1></header><p>正文。</p></article></body>";

        var document = new HtmlLoader().Load("notice.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal("# 提案办理情况通报\n\n正文。", document.Text);
    }

    [Theory]
    [InlineData("发布时间：2024-01-15 【打印】【关闭】", "发布时间：2024-01-15")]
    [InlineData("【字号：大 中 小】 【打印本页】 【关闭窗口】", null)]
    [InlineData("分享到：微信 新浪微博 QQ空间", null)]
    [InlineData("当前位置：首页 > 政协要闻", null)]
    [InlineData("【提案】关于推进大运河文化带建设的建议", "【提案】关于推进大运河文化带建设的建议")]
    [InlineData("中小企业发展大有可为", "中小企业发展大有可为")]
    public void PageControlsAreRecognisedButTextThatMerelyUsesTheirWordsIsKept(string line, string? expected)
    {
        Assert.Equal(expected, HtmlBoilerplate.CleanLine(line));
    }
}
