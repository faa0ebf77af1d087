using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Page heads of a news site's mobile page (the site's name with 手机版, a 本网原创 column label, the
// headline bulleted in a share bar), of an e-paper (its navigation lines), and a newspaper's whole
// headline run onto one 原标题： line. The texts are ours; the shapes are the genre's.
public class MobileAndEpaperHeadFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_mobile_site_name_and_its_column_label_are_not_the_title()
    {
        var head = Head("""
            某省新闻网手机版

            读报
            某省新闻本网原创
              • 分享
              • 某某省政协调研组来我省考察

                来源:某省新闻网 2019-05-16 10:20:31
                语音播报

                某某省政协调研组来我省考察

                某省新闻网讯(记者张某某)5月14日至15日,某某省政协副主席率调研组来我省考察。
            """);

        Assert.Equal("某某省政协调研组来我省考察", head.Title);
        Assert.Equal("2019-05-16", head.PublishedOn);
    }

    [Theory]
    [InlineData("县政协委员履职平台手机版正式上线")]
    [InlineData("市政协原创节目在本网原创频道播出")]
    public void A_headline_that_merely_speaks_of_a_mobile_site_or_original_content_stays_the_title(string headline)
    {
        var head = Head(headline + "\n发布时间:2022-03-01\n本报讯 近日,县政协召开会议。\n");

        Assert.Equal(headline, head.Title);
    }

    [Fact]
    public void An_epaper_date_picker_and_archive_lines_are_navigation()
    {
        var head = Head("""
            本版导航 各版导航 视觉导航 标题导航
            选择其他日期报纸
            历史数字报

            市政协机关集中收看全国政协大会开幕会

            某某参加

            某某日报 新闻    时间:2023年03月05日    来源:某某日报

              本报讯(记者王某某)3月4日下午,市政协机关干部集中收看开幕会。
            """);

        Assert.Equal("市政协机关集中收看全国政协大会开幕会", head.Title);
        Assert.Equal("2023-03-05", head.PublishedOn);
    }

    [Fact]
    public void A_whole_newspaper_headline_kept_under_original_title_is_the_title_however_long()
    {
        // The normalizer joins Han characters across the spaces between the headline's parts.
        const string kept = "同心协力 共谋发展 奋力书写高质量发展新篇章 政协某某市第十届委员会第三次会议隆重开幕 某某某出席会议并讲话 某某某作常委会工作报告 某某某作提案工作报告 某某某主持会议";
        var head = Head("原标题:" + kept + "\n\n1月12日,政协某某市第十届委员会第三次会议在市会议中心隆重开幕。\n");

        Assert.Equal(kept.Replace(" ", "", StringComparison.Ordinal), head.Title);
    }

    [Fact]
    public void A_long_sentence_under_original_title_is_not_taken_for_a_headline()
    {
        var head = Head("原标题:市政协召开常委会议，会议听取了关于全市民营经济发展情况的通报，委员们围绕优化营商环境、破解融资难题、稳定就业岗位等问题踊跃发言，提出意见建议。\n\n会议由市政协主席主持。\n");

        Assert.Null(head.Title);
    }

    [Fact]
    public void A_lead_sentence_under_original_title_is_not_the_title()
    {
        var head = Head("原标题:3月5日上午，市政协党组书记、主席王某某主持召开市政协党组会议，传达学习全国两会精神，研究部署市政协贯彻落实工作，市政协党组成员、副主席、秘书长出席会议，市政协机关各部门负责人列席会议……\n\n会议指出，要把思想和行动统一到会议精神上来。\n");

        Assert.Null(head.Title);
    }

    [Theory]
    [InlineData("同心协力 共谋发展 奋力书写高质量发展新篇章 政协某某县第九届委员会第二次会议隆重开幕 某某某出席会议并讲话 某某某作常委会工作报告 某某某作提案工作报告 某某某主持会议")]
    [InlineData("凝心聚力 担当作为 奋力谱写现代化建设新篇章 政协某某县第九届委员会第二次会议隆重开幕 某某某出席会议并讲话 某某某作常委会工作报告 某某某作提案工作报告 某某某主持会议 某某某等在主席台就座")]
    public void A_kept_headline_run_ends_where_the_source_and_editor_labels_start(string kept)
    {
        var head = Head("原标题:" + kept + " 来源：某某日报 2024-01-12 08:30 编辑：张某某\n\n1月11日,政协某某县第九届委员会第二次会议在县会议中心隆重开幕。\n");

        Assert.Equal(kept.Replace(" ", "", StringComparison.Ordinal), head.Title);
    }

    [Theory]
    [InlineData("对话报社总编辑：媒体融合如何助力政协协商")]
    [InlineData("专访市政协委员、日报社总编辑：让政协声音传得更远")]
    public void An_editor_in_the_kept_headline_is_no_editor_label(string kept)
    {
        var head = Head("原标题:" + kept + "\n\n1月11日,政协某某县第九届委员会第二次会议在县会议中心隆重开幕。\n");

        Assert.Equal(kept, head.Title);
    }

    [Theory]
    [InlineData("往期回顾：市政协十年提案办理成果展")]
    [InlineData("县政协文史资料往期检索平台正式上线")]
    [InlineData("政协履职平台推出手机版")]
    public void A_headline_that_speaks_of_archives_or_a_mobile_version_stays_the_title(string headline)
    {
        var head = Head(headline + "\n发布时间:2022-03-01\n本报讯 近日,县政协召开会议。\n");

        Assert.Equal(headline, head.Title);
    }

    [Theory]
    [InlineData("县政协委员提案登上晚报")]
    [InlineData("委员履职故事刊于日报")]
    [InlineData("区政协协商成果见诸政协报")]
    public void A_short_headline_that_names_a_paper_at_its_end_stays_the_title(string headline)
    {
        var head = Head(headline + "\n发布时间:2024-04-02\n本报讯 近日,县政协委员的建议被报纸刊发。\n");

        Assert.Equal(headline, head.Title);
    }
}
