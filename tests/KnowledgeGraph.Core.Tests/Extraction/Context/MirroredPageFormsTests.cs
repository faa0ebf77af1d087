using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and feet of pages copied by aggregators and mirrors: a reader site's blurb before the story,
// an account line of short parts with the date, a reading-time line, the headline recorded only in a
// 标题： line at the foot, a date line run into the first sentence. The texts are ours; the shapes are
// the genre's.
public class MirroredPageFormsTests
{
    private static DocumentHead Read(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_reader_sites_blurb_before_the_story_is_passed_and_the_headline_over_the_account_line_is_the_title()
    {
        var head = Read("""
            好文推荐阅读
            栏目名称: 某某发布
            这里是某某市人民政府新闻办的平台，为您提供本地资讯。
            阅读网  ›  栏目  ›  某某发布

            区政协五届二次会议今天上午开幕

            某某发布  · 公众号  · 某某  · 2024-01-12 10:30
            区政协五届二次会议1月12日上午开幕。
            """);

        Assert.Equal("区政协五届二次会议今天上午开幕", head.Title);
        Assert.Equal("2024-01-12", head.PublishedOn);
    }

    [Fact]
    public void A_first_headline_confirmed_by_its_date_line_is_kept()
    {
        var head = Read("""
            县政协召开主席会议
            发布时间：2023-05-06
            5月6日，县政协召开主席会议，研究年度协商计划。
            委员风采
            来源：县政协办公室
            """);

        Assert.Equal("县政协召开主席会议", head.Title);
        Assert.Equal("2023-05-06", head.PublishedOn);
    }

    [Fact]
    public void A_reading_time_line_is_chrome_not_the_title()
    {
        var head = Read("本篇文章420字，读完约2分钟\n\n本网讯(记者王某某)今天上午，区政协召开常委会议。\n");

        Assert.Null(head.Title);
    }

    [Fact]
    public void A_numeric_date_run_into_the_first_sentence_is_the_publication_date()
    {
        var head = Read("县政协调研组走进某某镇\n2024/5/20 来源:不详5月18日,县政协调研组走进某某镇,了解乡村振兴工作情况,听取基层意见建议。\n");

        Assert.Equal("2024-05-20", head.PublishedOn);
    }

    [Fact]
    public void A_date_in_a_sentence_of_the_body_does_not_make_a_short_line_a_headline()
    {
        var head = Read("""
            3月5日上午,市政协七届二次会议在市会堂隆重开幕,市政协主席张某某主持。
            提案办理情况
            截至2023年12月20日全部答复完毕
            """);

        Assert.Null(head.Title);
        Assert.Null(head.PublishedOn);
    }

    [Fact]
    public void A_title_line_at_the_foot_of_a_mirrored_page_gives_the_headline()
    {
        var foot = DocumentFoot.Read("本网讯 今天上午，区政协组织委员收看开幕会实况。\n\n来源：某某新闻信息网\n\n标题：区政协组织收看开幕会实况\n\n地址：http://example.invalid/1.html\n");

        Assert.Equal("区政协组织收看开幕会实况", foot.Title);
        Assert.Equal("某某新闻信息网", foot.Source);
    }

    [Fact]
    public void An_original_title_line_is_not_the_pages_title()
    {
        Assert.Null(DocumentFoot.Read("正文。\n原标题：某某会议今天开幕\n").Title);
    }
}
