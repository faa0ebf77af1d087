namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee paper's site puts a side list of other stories' links (热门新闻 / - headline / - headline …) above the
// page's breadcrumb and its own headline: the list is furniture, the headline under the breadcrumb the title. An
// e-paper's page that lost its breaks runs headline, ■记者 line and story into one line: the headline is the title.
// The texts are ours; the shapes are the genre's.
public class LinkListHeadFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_dashed_list_of_other_stories_is_not_the_title()
    {
        var properties = Properties("""
            热门新闻
            - 某某某深入玉林调研并主持召开座谈会
            - 自治区政协召开民主监督工作推进会
            - 全区政协文史工作座谈会在北海召开
            - 自治区政协举行界别协商会
            基层政协
            当前位置:首页 > 基层政协 > 正文
            隆林县政协委员助力山区学校建设
            2022-03-08 |
            来源:某某政协报
            3月2日，隆林各族自治县政协组织部分委员走进山区学校，为学生送去图书和文具。
            """);

        Assert.Equal("隆林县政协委员助力山区学校建设", properties.GetValueOrDefault("title"));
        Assert.Equal("政协隆林各族自治县委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_dashed_list_of_other_stories_names_no_issuer_counts_no_work_and_gives_no_year()
    {
        // The links' committee (自治区政协), their count (100期) and their year (2025) are other stories'; the story under
        // them is a county committee's, its year the one it opens with.
        var graph = TestExtraction.Read("""
            热门新闻
            - 某某在自治区政协对口协商会上提出 做强特色产业 推动高质量发展
            - 自治区政协召开某某专题研讨暨播出100期座谈会
            - 实干担当——住桂全国政协委员2025年履职答卷
            “茶叶品质以前参差不齐，现在好多了。”某某茶业负责人如是说。
            2022年3月，凌云县政协组织委员开展茶产业专题调研，走访茶企12家。县政协建议得到采纳。
            """).Graph;

        Assert.Equal("政协凌云县委员会", graph.Document.Properties.GetValueOrDefault("issuer"));
        Assert.Equal(2022, Convert.ToInt32(graph.Document.Properties.GetValueOrDefault("year"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([12.0], graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).Select(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_news_sites_bulleted_credentials_with_a_permits_number_give_no_year()
    {
        var properties = Properties("""
            • 省政府新闻办批文·某新办[2008]17号
            • 本区唯一具有新闻发布资质网站
            • 市级文明网站
            您当前的位置 : 某某新闻网 -> 通知公告 -> 正文
            关于征集2017年区政协提案线索的通告
            2017年10月31日 10:27:06 来源:某某新闻网
            即日起区政协面向社会公开征集五届二次会议提案线索，欢迎社会各界踊跃参与。
            """);

        Assert.Equal(2017, Convert.ToInt32(properties.GetValueOrDefault("year"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Bulleted_links_under_a_recommended_list_at_the_pages_foot_count_no_work()
    {
        var graph = TestExtraction.Read("""
            市政协召开提案委员会全体会议
            1月6日下午，市政协召开提案委员会全体会议，审查委员提案。截至目前，共收到提案272件。
            责任编辑：某某
            频道推荐
            • 某市完成25万余个建筑物标绘
            • 某运动员获男花团体冠军
            """).Graph;

        Assert.Equal([272.0], graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_reports_own_bullets_under_its_first_sentence_are_counted()
    {
        var graph = TestExtraction.Read("""
            政协某县委员会2023年工作总结
            一年来，县政协紧扣中心工作履职尽责。
            - 全年共开展视察调研42次
            - 提交提案356件
            - 反映社情民意信息120条
            """).Graph;

        Assert.Equal([42.0, 120.0, 356.0], graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public void An_epaper_headline_run_with_its_reporter_into_the_story_is_the_title()
    {
        var properties = Properties("""
            市政协举行“优化营商环境”民主监督协商会 ■记者 张某某 18日，市政协在市行政中心举行“优化营商环境”民主监督协商会，20名委员作了发言。 委员们围绕审批服务、要素保障等方面提出建议。
            """);

        Assert.Equal("市政协举行“优化营商环境”民主监督协商会", properties.GetValueOrDefault("title"));
    }
}
