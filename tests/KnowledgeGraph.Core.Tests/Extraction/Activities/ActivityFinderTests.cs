namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

public class ActivityFinderTests
{
    private const string Huaian = "政协淮安市委员会工作报告\n\n";

    [Theory]
    [InlineData("市县两级政协共走访民营企业603家。", 603, "家", "民营企业")]
    [InlineData("共走访534家民营企业，专题协商16次。", 534, "家", "民营企业")]
    [InlineData("开展学习研讨19次。", 19, "次", "学习研讨")]
    [InlineData("开展协商议事活动2.49万场次。", 24900, "场次", "协商议事活动")]
    [InlineData("组织开展1100多人次培训。", 1100, "人次", "培训")]
    [InlineData("三年来共征集史料稿件 412 篇。", 412, "篇", "史料稿件")]
    [InlineData("全年共走访企业 58 余家。", 58, "家", "企业")]
    public void A_count_of_an_action_is_an_activity_with_its_figure(string sentence, double value, string unit, string objectText)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Contains(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == value
            && (string)a.Properties["unit"] == unit && (string)a.Properties["object"] == objectText);
    }

    [Theory]
    [InlineData("全年亿元以上项目共签约10个。")]
    [InlineData("举办第十三期民生论坛。")]
    [InlineData("县委、县政府主要领导先后21次参加政协活动。")]
    [InlineData("全年各级各类媒体宣传报道68次。")]
    [InlineData("市政协十届三次会议期间，受益群众1.9万余人。")]
    [InlineData("向大会报告二次会议以来的提案工作情况。")]
    [InlineData("形成四个方面的意见。")]
    [InlineData("会议对5个文史工作先进单位、3家宣传信息工作先进单位进行了表彰。")]
    [InlineData("举办第 5 期委员培训班。")]
    public void Others_outputs_ordinals_and_other_actors_counts_are_not_activities(string sentence)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
    }

    [Theory]
    [InlineData("春节前夕，市政协领导走访慰问了12家先进单位，送去节日问候。", 12)]
    [InlineData("全年走访9个先进集体，听取意见建议。", 9)]
    public void A_visit_to_units_honoured_is_counted(string sentence, double value)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Contains(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == value);
    }

    [Fact]
    public void A_count_later_in_the_paragraph_completes_the_campaign_named_before_it()
    {
        var graph = TestExtraction.Read(Huaian + "开展“助力民营经济健康发展”深度走访调研活动，市县两级政协共走访民营企业603家，收集各类问题建议1648条。").Graph;

        var visit = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("kind") as string == "走访");
        Assert.Equal("助力民营经济健康发展", visit.Name);
        Assert.Equal(603.0, visit.Properties["value"]);
        Assert.Equal("市县两级", visit.Properties["scope"]);
        Assert.Contains("1648条", (string)visit.Properties["metrics"]);
        Assert.True(graph.HasRelation("ABOUT", visit.Id, "topic:民营经济"));
        var collected = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("kind") as string == "征集");
        Assert.Equal(1648.0, collected.Properties["value"]);
    }

    [Fact]
    public void A_meeting_without_a_title_is_named_after_the_topic_it_is_held_around()
    {
        var graph = TestExtraction.Read(Huaian + "围绕“发挥比较优势 发展生态经济”主题，召开主席专题协商会。").Graph;

        var meeting = Assert.Single(graph.OfLabel("Activity"));
        Assert.Equal("发挥比较优势 发展生态经济", meeting.Name);
        Assert.Equal("主席专题协商会", meeting.Properties["object"]);
    }

    [Fact]
    public void A_dated_survey_is_held_on_its_date_led_by_the_person_who_led_it_and_located_where_it_went()
    {
        var graph = TestExtraction.Read("政协涟水县委员会\n\n2023年10月13日，省政协主席张义珍带队赴淮安专题调研市县政协的建设工作。").Graph;

        var survey = Assert.Single(graph.OfLabel("Activity"));
        Assert.Equal("调研", survey.Properties["kind"]);
        Assert.True(graph.HasRelation("HELD_ON", survey.Id, "date:2023-10-13"));
        Assert.True(graph.HasRelation("LEADS", "person:张义珍", survey.Id));
        Assert.True(graph.HasRelation("LOCATED_IN", survey.Id, "place:320800"));
        Assert.True(graph.HasRelation("CONDUCTED", "committee:政协江苏省委员会", survey.Id));
    }

    [Fact]
    public void Committees_listed_together_conduct_together()
    {
        var graph = TestExtraction.Read("政协泰州市姜堰区委员会常务委员会工作报告\n\n市、区政协联合召开“政企圆桌协商会”。").Graph;

        var meeting = Assert.Single(graph.OfLabel("Activity"));
        var conductors = graph.Relations.Where(r => r.Type == "CONDUCTED" && r.To == meeting.Id).ToList();
        Assert.Equal(["committee:政协泰州市委员会", "committee:政协泰州市姜堰区委员会"], conductors.Select(r => r.From).Order());
        Assert.All(conductors, r => Assert.Equal("联合", r.Properties["role"]));
    }
}
