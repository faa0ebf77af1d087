namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of counted activities met on enterprise-visit and poverty-relief news (activities set 4's
// tune half): a visit whose verb follows the visited (对N家企业开展走访), help counted by those helped,
// a report of collected information, and figures that are no count (a frequency, merged proposals).
// Sentences written for these tests.
public class VisitAndFrequencyFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(County + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string text) => [.. Counted(text).Select(a => (double)a.Properties["value"]).Order()];

    [Fact]
    public void A_visit_announced_after_the_visited_is_a_visit()
    {
        var visit = Assert.Single(Counted("县政协组织委员对80多家会员企业开展走访，听取企业诉求。"));

        Assert.Equal(80.0, visit.Properties["value"]);
        Assert.Equal("走访", visit.Properties["kind"]);
    }

    [Fact]
    public void Help_announced_after_the_helped_takes_the_kind_of_the_word_after_the_verb()
    {
        var help = Assert.Single(Counted("县政协对12个村开展帮扶，效果明显。"));

        Assert.Equal("帮扶", help.Properties["kind"]);
    }

    [Theory]
    [InlineData("委员每月入户走访3次以上，了解群众困难。")]
    [InlineData("机关干部每周到联系企业走访1次。")]
    [InlineData("主席会议成员每季度召开座谈会2次。")]
    public void A_frequency_is_no_count_of_actions(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void Disputes_settled_are_counted_in_起_after_arabic_figures_only()
    {
        var settled = Assert.Single(Counted("县政协委员深入基层，化解矛盾纠纷30多起，与群众一起商量解决办法。"));

        Assert.Equal(30.0, settled.Properties["value"]);
        Assert.Equal("起", settled.Properties["unit"]);
    }

    [Theory]
    [InlineData("委员参加视察、调研等活动，每参加1次，计5分。")]
    [InlineData("委员每提交1件提案，计3分；被立案的，另加2分。")]
    public void A_rules_unit_of_one_is_no_count_of_actions(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Theory]
    [InlineData("县政协组织委员审议3起草案，提出修改意见。")]
    public void Qi_opening_a_word_after_a_figure_is_no_unit(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void A_frequency_in_one_clause_leaves_the_total_of_the_next_a_count()
    {
        Assert.Equal([360.0], Figures("委员每月入户走访，全年共走访群众360户。"));
    }

    [Fact]
    public void A_count_of_merged_proposals_in_brackets_is_no_activity()
    {
        Assert.Equal([512.0], Figures("全年共交办提案512件（并案9件），均已办复。"));
    }

    [Fact]
    public void Help_to_enterprises_is_counted_by_the_enterprises_helped()
    {
        var help = Assert.Single(Counted("委员们先后帮助20多家企业解决融资问题。"));

        Assert.Equal(20.0, help.Properties["value"]);
        Assert.Equal("家", help.Properties["unit"]);
    }

    [Fact]
    public void Information_sorted_and_reported_is_reported_information()
    {
        var reported = Assert.Single(Counted("两年来，县政协共整理上报信息118条。"));

        Assert.Equal(118.0, reported.Properties["value"]);
        Assert.Equal("报送", reported.Properties["kind"]);
    }

    [Fact]
    public void Information_adopted_by_others_after_a_report_is_not_the_committees_count()
    {
        Assert.Equal([118.0], Figures("县政协共整理上报信息118条，被采用96条，其中省政协采用21篇。"));
    }
}
