using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Page heads met in sets 18 and 19 and the activities sets: a site's menu whose spaced items the
// normalizer joins into one long line, a breadcrumb that lost its separators (首页市县政协某地), an
// authoring tool's 无标题文档, a column of committee levels written with brackets (县(市)区政协), an
// e-paper's masthead lines (数字报纸, 刊号, 按日期搜索, the paper's bare name), and a speech whose heading runs
// into its salutation on one line. The texts are ours; the shapes are the genre's.
public class SiteChromeHeadFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_spaced_site_menu_joined_by_the_normalizer_is_not_the_title()
    {
        var head = Head("""
            首 页 履职动态 协商议政 委员风采 主席讲话 市县政协 学习园地 图片新闻

            首页>协商议政>市县政协

            以协商之“实”促发展之“质”

            2024年05月10日 10:20  |  来源:某某政协网

            今年以来,某某市政协围绕发展大局,组织委员开展调研协商。
            """);

        Assert.Equal("以协商之“实”促发展之“质”", head.Title);
    }

    [Fact]
    public void A_headline_of_two_spaced_phrases_is_still_the_title()
    {
        var head = Head("""
            市政协委员走进社区 倾听群众心声

            2024年05月10日 10:20  |  来源:某某日报

            5月9日,市政协组织委员走进社区。
            """);

        Assert.Equal("市政协委员走进社区 倾听群众心声", head.Title);
    }

    [Fact]
    public void A_breadcrumb_that_lost_its_separators_is_not_the_title()
    {
        var head = Head("""
            首页市县政协某县

            某某县政协:搭建议事平台 回应群众关切

            发布时间:2024-11-02 08:30 来源:

            “路灯亮了,晚上出门放心多了。”居民们说。
            """);

        Assert.Equal("某某县政协：搭建议事平台 回应群众关切", head.Title);
    }

    [Fact]
    public void An_untitled_documents_placeholder_is_not_the_title()
    {
        var head = Head("""
            您所在位置: 首页 > 党派动态
            无标题文档
            喜报:市委会参政议政工作获评先进集体
            日期:2023-02-01 来源:某某 浏览次数:

            在全体党员的共同努力下,市委会参政议政工作取得新成绩。
            """);

        Assert.Equal("喜报：市委会参政议政工作获评先进集体", head.Title);
    }

    [Fact]
    public void A_column_of_committee_levels_with_brackets_is_not_the_title()
    {
        var head = Head("""
            县(市)区政协
            甲城
            乙湾
            丙海
            丁头
            戊清
            己安
            庚嘉
            首页
            > 县(市)区政协 > 甲城

            甲城县政协主席走访委员工作室:把群众的事办好
            【来源:甲城县政协】 【2024年03月12日】
            近日,县政协主席王某某走访委员工作室,听取委员意见。
            """);

        Assert.Equal("甲城县政协主席走访委员工作室：把群众的事办好", head.Title);
    }

    [Fact]
    public void An_epapers_masthead_lines_are_not_the_title()
    {
        var head = Head("""
            某某政协报数字报纸

            国内统一刊号:CN12-3456
            2022年03月08日
            按日期搜索

            某某政协报

            版面翻页
            委员风采
            03

            委员建言里的民生温度

            某区政协聚焦民生协商履职

            □ 本报记者 李某

            “我建议在老旧小区加装电梯。”近日,区政协委员在座谈会上说。
            """);

        Assert.Equal("委员建言里的民生温度", head.Title);
    }

    [Fact]
    public void A_speech_heading_run_into_its_salutation_is_the_title()
    {
        var head = Head(
            "区委书记在区政协二届三次会议闭幕会上的讲话各位委员,同志们:经过大家的共同努力,会议圆满完成了各项议程,即将胜利闭幕。");

        Assert.Equal("区委书记在区政协二届三次会议闭幕会上的讲话", head.Title);
    }

    [Fact]
    public void A_speakers_name_run_into_the_salutation_stays_a_byline_not_the_title()
    {
        var head = Head("王某某各位委员、同志们:现在,我代表政协第五届常务委员会向大会报告工作,请予审议。");

        Assert.Null(head.Title);
    }
}
