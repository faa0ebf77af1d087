namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Figures that look counted but are no committee's action: shares of a total, negated actions,
// figures of a modifier, figures another verb governs, and 参加单位 read as a noun. Sentences
// written for these tests.
public class FalseCountsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static double[] Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Select(a => a.Properties.GetValueOrDefault("value")).OfType<double>().Order()];

    [Fact]
    public void A_share_of_a_total_is_no_activity()
    {
        var counted = Counted(County + "全年共收到提案310件。立案的提案中，委员提出240件，占77.4%；各党派团体提出70件，占22.6%。");

        Assert.Equal([310.0], counted);
    }

    [Fact]
    public void A_negated_action_is_no_activity()
    {
        var counted = Counted(County + "截至1月8日，共收到提案402件，经审查，立案390件，不予立案12件，不立案5件。");

        Assert.Equal([390.0, 402.0], counted);
    }

    [Fact]
    public void The_figure_of_a_modifier_gives_way_to_the_count_after_it()
    {
        var counted = Counted(County + "县政协组织的优秀文史资料评选活动，共收到16个单位选送的参评文章95篇。");

        Assert.Equal([95.0], counted);
    }

    [Theory]
    [InlineData("1月9日上午，参加县政协第九届委员会第三次会议的委员分成五个组，讨论常委会工作报告。")]
    [InlineData("会议以来，县政协各参加单位和各专门委员会围绕重点建设三个园区建言资政。")]
    public void A_figure_another_verb_governs_is_not_the_verb_before(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Fact]
    public void The_counts_the_rules_keep_still_count()
    {
        var counted = Counted(County + "全年共提交提案215件，经审查立案201件。县政协组织12家新闻媒体深入乡镇开展采访。");

        Assert.Equal([12.0, 201.0, 215.0], counted);
    }
}
