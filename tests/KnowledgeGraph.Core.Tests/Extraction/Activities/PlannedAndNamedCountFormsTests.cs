namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Figures of committee texts that count no step the committee took: a plan or target (将开展, 拟召开,
// 不少于), a duration (为期4个月), a numeral slogan (三个一), committees counted as the actors of a joint
// campaign, and a breakdown opening its own sentence (其中，…). Sentences written for these tests.
public class PlannedAndNamedCountFormsTests
{
    private const string City = "政协鹤壁市委员会2023年工作回顾\n\n";

    private static double[] Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Select(a => a.Properties.GetValueOrDefault("value")).OfType<double>().Order()];

    [Theory]
    [InlineData("今年，市政协将开展专题调研8次，计划走访企业200家，拟召开专题协商会3次。")]
    [InlineData("会上，市委书记强调，要开展助企活动，全年走访企业不少于1000家。")]
    [InlineData("下一步，市政协将继续组织委员视察6次。")]
    public void A_plan_or_target_is_no_step_taken(string sentence)
    {
        Assert.Empty(Counted(City + sentence));
    }

    [Fact]
    public void A_step_done_as_planned_still_counts()
    {
        var counted = Counted(City + "市政协按计划开展专题调研8次，将收集到的15条建议整理报送市委。年初计划开展的12项协商活动全部完成。");

        Assert.Contains(8.0, counted);
        Assert.Contains(12.0, counted);
    }

    [Fact]
    public void A_duration_counts_no_step()
    {
        var counted = Counted(City + "5月至9月，市政协开展为期4个月的专项民主监督，走访企业32家。");

        Assert.Equal([32.0], counted);
    }

    [Fact]
    public void A_numeral_slogan_counts_no_step()
    {
        Assert.Empty(Counted(City + "市政协聚焦三个一工程开展调研。"));
    }

    [Fact]
    public void Committees_acting_together_are_no_count_of_a_step()
    {
        Assert.Empty(Counted(City + "全省18个市政协和158个县级政协联合开展助企服务活动。"));
    }

    [Fact]
    public void A_breakdown_opening_its_own_sentence_is_part_of_the_total_before()
    {
        var counted = Counted(City + "市政协全年开展视察调研26次。其中，主席会议成员带队视察调研12次。");

        Assert.Equal([26.0], counted);
    }

    [Fact]
    public void Members_split_into_groups_form_groups()
    {
        var graph = TestExtraction.Read(City + "去年以来，市政协先后组织120余名委员分成8个小组，走访困难群众560户。").Graph;

        var groups = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is 8.0);
        Assert.Equal("组成", groups.Properties["kind"]);
        Assert.Equal("小组", groups.Properties["object"]);
    }

    [Theory]
    [InlineData("2023年全区地区生产总值增长6.5%，完成招商引资项目45个，举办各类节会活动26场。")]
    [InlineData("去年，全市接待游客560万人次，举办文化旅游节会活动18场。")]
    public void Clauses_without_a_subject_go_on_with_the_whole_place_opening_the_sentence(string sentence)
    {
        Assert.Empty(Counted(City + sentence));
    }

    [Fact]
    public void A_whole_place_of_members_still_counts()
    {
        var counted = Counted(City + "全市各级政协委员积极参与，开展助企服务活动120场。");

        Assert.Equal([120.0], counted);
    }

    [Theory]
    [InlineData("一年来，市政协依照年度协商计划召开专题协商会7次。", 7.0)]
    [InlineData("县政协按年度工作计划组织委员视察9次。", 9.0)]
    [InlineData("区政协根据年初计划开展民主监督5次。", 5.0)]
    public void A_step_done_by_a_plan_named_after_as_still_counts(string sentence, double count)
    {
        Assert.Equal([count], Counted(City + sentence));
    }

    [Fact]
    public void A_sentence_opening_with_其中_after_one_without_a_figure_counts_its_steps()
    {
        var counted = Counted(City + "市政协组织委员开展助企纾困活动。其中，走访企业85家，帮助解决困难问题27个。");

        Assert.Equal([27.0, 85.0], counted);
    }
}
