using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads written for these tests in the shapes web pages and reports take (the texts are ours).
public class DocumentHeadReaderTests
{
    private static DocumentHead Read(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void Toolbar_breadcrumb_and_counter_lines_are_not_the_title()
    {
        var head = Read("""
            下载
            打印
            【字号：
            加大
            】
            当前位置：首页 > 政协要闻 > 正文
            分享：
            阅读量：
            Warning: cache file could not be opened in /var/www/site/cache.php on line 12
            第03版：要闻
            2025年某某市政府工作报告
            来源：某某日报
            时间：2025-02-11
            各位代表：
            现在，我代表市人民政府，向大会报告政府工作，请予审议。
            """);

        Assert.Equal("2025年某某市政府工作报告", head.Title);
        Assert.Equal("某某日报", head.Source);
        Assert.Equal("2025-02-11", head.PublishedOn);
    }

    [Fact]
    public void A_label_alone_on_its_line_takes_the_next_line_as_its_value()
    {
        var head = Read("""
            县政协召开主席会议研究重点协商议题
            发表时间：
            2024-03-08 10:12:40
            来源：
            石榴云/某县融媒体中心
            3月6日，县政协召开主席会议，研究年度重点协商议题。
            """);

        Assert.Equal("县政协召开主席会议研究重点协商议题", head.Title);
        Assert.Equal("2024-03-08", head.PublishedOn);
        Assert.Equal("石榴云/某县融媒体中心", head.Source);
    }

    [Theory]
    [InlineData("2023年01月11日 15:08:34 来源：大众日报", "2023-01-11", "大众日报")]
    [InlineData("2022-08-20 | 来源：广西政协报", "2022-08-20", "广西政协报")]
    [InlineData("发布时间：2025-07-10   余杭政协", "2025-07-10", null)]
    [InlineData("2026年02月10日 07时41分", "2026-02-10", null)]
    [InlineData("《 人民政协报 》 ( 2022年09月07日   第 12 版)", "2022-09-07", null)]
    public void A_date_line_gives_the_publication_date_and_any_source_on_it(string line, string date, string? source)
    {
        var head = Read($"政协委员走进企业倾听发展心声\n{line}\n近日，市政协组织委员走访企业，听取意见建议。");

        Assert.Equal("政协委员走进企业倾听发展心声", head.Title);
        Assert.Equal(date, head.PublishedOn);
        Assert.Equal(source, head.Source);
    }

    [Theory]
    [InlineData("——2025年1月20日在某某省第十四届人民代表大会第三次会议上", "2025-01-20")]
    [InlineData("（2014年1月16日在政协湖北省第十一届委员会第二次会议上）", "2014-01-16")]
    [InlineData("2025年1月20日在某某省第十四届人民代表大会第三次会议上", "2025-01-20")]
    [InlineData("——二〇二五年一月二十日在政协某某市第九届委员会第四次会议上", "2025-01-20")]
    [InlineData("——2025年1月20日在某某省第十四届\n人民代表大会第三次会议上", "2025-01-20")]
    public void A_delivery_line_gives_the_day_the_report_was_given(string line, string date)
    {
        var head = Read($"政府工作报告\n{line}\n省长 王某某\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。");

        Assert.Equal("政府工作报告", head.Title);
        Assert.Equal(date, head.DeliveredOn);
        Assert.Contains(head.Headlines, h => h.Contains("会议上", StringComparison.Ordinal));
    }

    [Fact]
    public void Captions_bylines_and_subtitles_are_told_apart_from_the_title()
    {
        var head = Read("""
            政府工作报告。 本报记者 李某某 摄
            “走访”更“走心”
            ——某某县政协开展“百名委员进千企”活动
            本报记者 张某某 通讯员 王某某
            “有什么难处尽管说。”日前，某某县政协主席在企业车间里说。
            """);

        Assert.Equal("“走访”更“走心”", head.Title);
        Assert.Contains("某某县政协开展“百名委员进千企”活动", head.Headlines);
        Assert.Contains("本报记者 张某某 通讯员 王某某", head.Bylines);
    }

    [Theory]
    [InlineData("省人民政府省长 王清某")]
    [InlineData("某某市市长 龚 某")]
    [InlineData("自治区人民政府主席 张某某")]
    [InlineData("努尔某·阿不都某")]
    public void Names_with_or_without_a_title_under_the_headline_are_bylines(string byline)
    {
        var head = Read($"2025年某某省政府工作报告\n{byline}\n各位代表：\n现在，我代表省人民政府，向大会报告工作。");

        Assert.Equal([byline.Replace(" ", "", StringComparison.Ordinal)], head.Bylines.Select(b => b.Replace(" ", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("1月24日，政协某某省第十二届委员会第四次会议在省会开幕，会议听取了常务委员会工作报告。")]
    [InlineData("本报讯 12月3日，某某区政协召开工作会议。")]
    [InlineData("中新网广州1月19日电 （记者 某某某）政协第十三届广东省委员会第四次会议新闻发布会19日举行。")]
    [InlineData("各位委员：我代表政协某某市第九届委员会常务委员会，向大会报告工作。")]
    public void A_text_that_opens_with_its_body_has_no_title(string body)
    {
        var head = Read(body + "\n第二段文字，讲述会议的具体内容。");

        Assert.Null(head.Title);
    }

    [Theory]
    [InlineData("某某政协报数字报")]
    [InlineData("视察调研")]
    [InlineData("今天是")]
    public void Site_and_column_names_are_not_titles(string line)
    {
        var head = Read($"{line}\n县政协组织委员开展集体视察活动\n10月29日，县政协开展委员集体视察活动。");

        Assert.Equal("县政协组织委员开展集体视察活动", head.Title);
    }
}

// E-paper pages: the navigation and page labels around a headline (the texts are ours).
public class EpaperHeadTests
{
    private static DocumentHead Read(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void Navigation_and_a_lettered_page_label_are_not_the_title_and_the_issue_line_dates_the_page()
    {
        var head = Read("""
            第05:要闻4
            上一版3   4下一版
            标题导航
            2025年01月10日 星期五 出版 刊例 | 媒体介绍 | 联系我们 上一期  下一期
            第A05版：专题报道
            放大 缩小 默认
            委员现场咨询解难题
            本报讯（记者 张三丰）昨日，区政协会议举行现场咨询活动。
            """);

        Assert.Equal("委员现场咨询解难题", head.Title);
        Assert.Equal("2025-01-10", head.PublishedOn);
    }

    [Fact]
    public void A_line_of_digits_only_is_the_publication_date_and_a_reporter_line_is_a_byline()
    {
        var head = Read("""
            全媒体记者 王小明
            委员讨论区政协常委会工作报告
            2024-01-24 08:48:15
            1月23日下午，委员们分组讨论工作报告。
            """);

        Assert.Equal("委员讨论区政协常委会工作报告", head.Title);
        Assert.Equal("2024-01-24", head.PublishedOn);
        Assert.Contains("全媒体记者 王小明", head.Bylines);
    }
}
