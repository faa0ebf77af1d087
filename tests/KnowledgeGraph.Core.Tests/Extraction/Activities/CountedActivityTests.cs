namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counted activities in every form met in the genre, in sentences written for these tests.
public class CountedActivityTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    [Theory]
    [InlineData("县政协组成四个走访组，深入乡镇了解企业困难。", "组成", 4, "个", "走访组")]
    [InlineData("调研组先后走访了甲公司、乙公司、丙公司等54家企业。", "走访", 54, "家", "企业")]
    [InlineData("共收集问题18个，推动解决融资难等问题8个。", "征集", 18, "个", "问题")]
    [InlineData("共收集问题18个，推动解决融资难等问题8个。", "解决", 8, "个", "融资难等问题")]
    [InlineData("全年共提出提案356件，经审查立案318件。", "提出", 356, "件", "提案")]
    [InlineData("全年共提出提案356件，经审查立案318件。", "立案", 318, "件", "提案")]
    [InlineData("委员们提出23条意见建议。", "提出", 23, "条", "意见建议")]
    [InlineData("帮助群众解决急难愁盼问题约210件。", "解决", 210, "件", "急难愁盼问题")]
    [InlineData("向6个部门委派民主监督小组。", "监督", 6, "个", "部门")]
    [InlineData("组织开展10个课题专题调研，43项视察活动。", "开展", 43, "项", "视察活动")]
    [InlineData("主席会议成员带队走访委员57人次。", "走访", 57, "人次", "委员")]
    [InlineData("深入基层调研三十余次。", "调研", 30, "次", "基层调研")]
    [InlineData("累计征集各类议题2.7万条。", "征集", 27000, "条", "议题")]
    public void A_counted_action_is_an_activity_with_kind_figure_unit_and_object(string sentence, string kind, double value, string unit, string? objectText)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        var activity = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == value);
        Assert.Equal(kind, activity.Properties["kind"]);
        Assert.Equal(unit, activity.Properties["unit"]);
        Assert.Equal(objectText, activity.Properties.GetValueOrDefault("object"));
        Assert.Equal(2023L, activity.Properties["year"]);
    }

    [Theory]
    [InlineData("县政协走访民营企业35家。")]
    [InlineData("主席会议成员带队走访民营企业35家。")]
    [InlineData("走访民营企业35家。")]
    public void A_count_whose_subject_is_the_committee_its_leaders_or_left_out_is_the_issuers(string sentence)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        var visit = Assert.Single(graph.OfLabel("Activity"));
        Assert.True(graph.HasRelation("CONDUCTED", "committee:政协涟水县委员会", visit.Id));
    }

    [Fact]
    public void A_count_of_a_named_committee_is_that_committees()
    {
        var graph = TestExtraction.Read(County + "清江浦区政协走访民营企业35家。").Graph;

        var visit = Assert.Single(graph.OfLabel("Activity"));
        Assert.True(graph.HasRelation("CONDUCTED", "committee:政协淮安市清江浦区委员会", visit.Id));
    }

    [Fact]
    public void A_governments_own_counts_are_not_committee_activities()
    {
        var graph = TestExtraction.Read("2026年某某省政府工作报告\n各位代表：\n全年举办促消费活动3万余场次，新增规上工业企业1494家，走访企业2000家。").Graph;

        Assert.DoesNotContain(graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
    }

    [Fact]
    public void A_text_about_private_enterprise_makes_its_visits_about_it()
    {
        var graph = TestExtraction.Read("""
            涟水县政协开展“百名委员进千企”活动
            为推动民营经济高质量发展，县政协组织委员深入企业倾听诉求。
            调研组先后走访了甲公司、乙公司等54家企业，共收集问题18个。
            下一步将持续开展走访，为民营经济发展营造良好环境。
            """).Graph;

        var visit = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("kind") as string == "走访" && a.Properties.ContainsKey("value"));
        Assert.True(graph.HasRelation("ABOUT", visit.Id, "topic:民营经济"));
    }

    [Fact]
    public void A_radical_in_place_of_an_ideograph_still_gives_private_enterprise_evidence()
    {
        // ⺠ (U+2EA0, a radical) where a PDF's font map named the radical for 民.
        var graph = TestExtraction.Read("""
            涟水县政协开展⺠营企业走访活动
            为推动⺠营经济高质量发展，县政协组织委员走访⺠营企业35家。
            """).Graph;

        var topic = graph.Single("topic:民营经济");
        Assert.NotEmpty(topic.Evidence);
        var visit = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == 35);
        Assert.True(graph.HasRelation("ABOUT", visit.Id, topic.Id));
        Assert.NotEmpty(visit.Evidence);
    }
}
