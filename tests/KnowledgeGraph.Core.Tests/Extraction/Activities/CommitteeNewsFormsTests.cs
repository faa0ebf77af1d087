namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of everyday committee news and yearly reviews (round w11fr): members' own counts in a list, outcomes
// told as passives, names holding a figure, groups split and places reached. Sentences written for these tests.
public class CommitteeNewsFormsTests
{
    private const string County = "政协涟水县委员会2025年工作回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(County + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static KnowledgeGraph.Core.Graph.Node With(IReadOnlyList<KnowledgeGraph.Core.Graph.Node> counted, double value) =>
        Assert.Single(counted, a => (double)a.Properties["value"] == value);

    [Fact]
    public void A_members_second_output_in_another_unit_shares_the_verb()
    {
        var counted = Counted("任委员以来，她先后撰写并提交提案近30篇，社情民意近150条。");

        var opinions = With(counted, 150);
        Assert.Equal("提出", opinions.Properties["kind"]);
        Assert.Equal("社情民意", opinions.Properties["object"]);
        With(counted, 30);
    }

    [Theory]
    [InlineData("县政协全年开展调研28次，14篇调研报告获市领导批示19人次。", new[] { 28.0 })]
    [InlineData("县政协推动22项协商成果转化为政策举措。", new double[0])]
    [InlineData("县政协全年报送信息60条，9条信息被省政协采用。", new[] { 60.0 })]
    public void Outcomes_told_as_passives_are_others_responses(string sentence, double[] figures)
    {
        Assert.Equal(figures, Counted(sentence).Select(a => (double)a.Properties["value"]).Order());
    }

    [Theory]
    [InlineData("县政协机关扎实开展深入贯彻中央八项规定精神学习教育。")]
    [InlineData("县政协主席到县政协十三届四次会议特邀3组参加分组讨论。")]
    [InlineData("该件提案被评为全国政协成立以来有影响力的100件重要提案之一。")]
    public void Figures_inside_names_and_rankings_count_no_steps(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void Meetings_counted_after_by_means_of_were_held()
    {
        var meetings = Assert.Single(Counted("县政协通过90余次党组会议、理论学习等，深入学习党的创新理论。"));

        Assert.Equal("召开", meetings.Properties["kind"]);
        Assert.Equal("党组会议", meetings.Properties["object"]);
    }

    [Theory]
    [InlineData("县政协组织部分委员，分3个组赴甲镇。", "组")]
    [InlineData("委员们共分4组走访企业。", "组")]
    public void Groups_split_with_no_counting_verb_after_are_groups_formed(string sentence, string objectText)
    {
        var groups = Assert.Single(Counted(sentence));

        Assert.Equal("组成", groups.Properties["kind"]);
        Assert.Equal(objectText, groups.Properties["object"]);
    }

    [Fact]
    public void Places_a_group_went_to_take_the_activity_the_sentence_names_later()
    {
        var counted = Counted("县政协组织部分委员，分两个组赴甲镇、乙镇及6个村11个合作社，围绕乡村治理开展专题调研。");

        Assert.Equal("调研", With(counted, 6).Properties["kind"]);
        Assert.Equal("合作社", With(counted, 11).Properties["object"]);
    }

    [Fact]
    public void Places_reached_by_a_named_group_take_its_activity()
    {
        var sites = Assert.Single(Counted("调研组深入甲镇、乙镇以及丙村等三个试点单位，了解议事会建设情况。"));

        Assert.Equal("调研", sites.Properties["kind"]);
        Assert.Equal("试点单位", sites.Properties["object"]);
    }

    [Fact]
    public void Places_reached_with_no_activity_named_are_left()
    {
        Assert.Empty(Counted("县政协领导深入4个乡镇，看望困难群众代表。"));
    }

    [Theory]
    [InlineData("县政协全年开展调研36次。", "调研")]
    [InlineData("县政协联合开展调研协商45次。", "协商")]
    [InlineData("各平台开展协商议事300余次。", "协商")]
    [InlineData("县政协开展协商活动20场次。", "开展")]
    public void Conducting_a_survey_or_consultation_is_that_step(string sentence, string kind)
    {
        Assert.Equal(kind, Assert.Single(Counted(sentence)).Properties["kind"]);
    }

    [Theory]
    [InlineData("县政协全年报送社情民意信息72条，被市政协采用35条。")]
    [InlineData("县政协全年报送社情民意信息72条，报送的信息被县委采用35条。")]
    public void Information_taken_up_by_others_is_no_second_submission(string sentence)
    {
        Assert.Equal([72.0], Counted(sentence).Select(a => (double)a.Properties["value"]).Order());
    }
}
