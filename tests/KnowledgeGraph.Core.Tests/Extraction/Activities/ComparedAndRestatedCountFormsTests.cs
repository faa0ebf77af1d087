namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Figures of proposal counts and yearly news that count no step of their own: a difference from an earlier
// term or year, what is still pending, a total told again after merging, a part that others rated, a
// category of proposals by topic, what another body adopted; and the counted forms beside them that must
// stay (近百家, 提出过七项). Sentences written for these tests.
public class ComparedAndRestatedCountFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(County + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string text) => [.. Counted(text).Select(a => (double)a.Properties["value"]).Order()];

    [Theory]
    [InlineData("本届以来，委员共提交提案1620件，比上届增加312件。", 1620.0)]
    [InlineData("全年共收到提案286件，同比增长24件。", 286.0)]
    [InlineData("今年共开展专题调研15次，比去年多4次。", 15.0)]
    public void A_difference_from_an_earlier_term_is_no_count(string sentence, double total)
    {
        Assert.Equal([total], Figures(sentence));
    }

    [Fact]
    public void Each_of_a_list_of_differences_is_no_count()
    {
        Assert.Equal([286.0, 270.0], Figures("全年共收到提案286件，立案270件，收到的提案和立案提案分别比上年增加67件和50件。").OrderDescending());
    }

    [Theory]
    [InlineData("经审查，共立案323件，退回修改10件，不予立案5件。", 323.0)]
    [InlineData("本届以来共立案2894件，所提问题已经解决或基本解决2262件。", 2894.0)]
    [InlineData("全年共立案930件，推动90家承办单位办理提案2647件次。", 930.0)]
    public void Proposals_sent_back_and_the_handling_bodies_work_are_no_count(string sentence, double total)
    {
        Assert.Equal([total], Figures(sentence));
    }

    [Fact]
    public void The_committees_own_handling_and_problems_it_helped_solve_stay_counts()
    {
        Assert.Equal([30.0, 210.0], Figures("县政协提案委协调办理提案30件，帮助群众解决问题210件。"));
    }

    [Theory]
    [InlineData("一年来，县政协共提出提案228件。县政协在社会建设方面提出提案85件，经济建设方面提出提案63件，生态文明建设相关提案23件。")]
    [InlineData("一年来，县政协共提出提案228件。聚焦经济建设提出提案134件，聚焦社会建设提出提案39件。")]
    public void Proposals_of_one_field_after_their_total_are_parts_of_it(string text)
    {
        Assert.Equal([228.0], Figures(text));
    }

    [Fact]
    public void Proposals_of_one_field_with_no_total_before_them_stay_a_count()
    {
        Assert.Equal([21.0], Figures("县政协围绕乡村振兴提出提案21件。"));
    }

    [Fact]
    public void What_is_still_pending_is_no_count()
    {
        Assert.Equal([402.0], Figures("经审查，共立案402件，尚有9件修改后再行提交。"));
    }

    [Theory]
    [InlineData("经审查立案265件。立案提案经并案后为241件，其中集体提案60件。", 265.0)]
    [InlineData("大会共收到提案318件，合并后立案296件。", 318.0)]
    public void A_total_told_again_after_merging_is_no_second_count(string sentence, double total)
    {
        Assert.Equal([total], Figures(sentence));
    }

    [Fact]
    public void A_part_that_others_rated_is_no_count_of_its_own()
    {
        Assert.Equal([14.0], Figures("一年来，县政协积极建言献策，提交集体提案14件，2件被评为优秀提案。"));
    }

    [Theory]
    [InlineData("另外，围绕建设生态文明示范区提案62件，涉及教育、医疗、养老等民生类提案88件。")]
    [InlineData("其中，关于发展现代农业提案35件。")]
    public void Proposals_counted_by_topic_are_categories_of_a_total(string sentence)
    {
        Assert.Equal([530.0], Figures("本次会议共收到提案530件。" + sentence));
    }

    [Fact]
    public void Proposals_put_forward_on_a_topic_still_count()
    {
        Assert.Equal([21.0], Figures("县政协围绕乡村振兴提出提案21件。"));
    }

    [Fact]
    public void What_another_body_adopted_shares_no_verb_with_the_report()
    {
        Assert.Equal([18.0], Figures("上报社情民意信息18篇，民盟省委综合采用6篇。"));
    }

    [Fact]
    public void Nearly_a_hundred_firms_visited_is_a_count()
    {
        var visit = Assert.Single(Counted("县政协主席会议成员带队深入园区，走访企业近百家。"));

        Assert.Equal(100.0, (double)visit.Properties["value"]);
        Assert.Equal("走访", visit.Properties["kind"]);
    }

    [Fact]
    public void An_aspect_word_after_the_verb_is_no_object()
    {
        var proposed = Assert.Single(Counted("县政协先后向县委、县政府提出过五项协商意见。"));

        Assert.Equal("协商意见", proposed.Properties["object"]);
    }

    [Theory]
    [InlineData("据统计，县政协十届五次会议期间共收到186件提案，经审查立案150件。", 186.0, "提案")]
    [InlineData("会上，委员们对规划草案提出了12条建议，得到采纳。", 12.0, "建议")]
    public void A_noun_that_ends_the_clause_after_a_classifier_of_things_is_the_object(string sentence, double figure, string counted)
    {
        var activity = Assert.Single(Counted(sentence), a => (double)a.Properties["value"] == figure);

        Assert.Equal(counted, activity.Properties["object"]);
    }

    [Fact]
    public void A_list_of_counts_framing_the_parts_that_follow_is_no_count()
    {
        Assert.Empty(Counted("特别是在本届县政协评选出的8件优秀提案和12件入围提案中，民盟县委提出的占了多数。"));
    }

    [Fact]
    public void A_headlines_proposals_put_forward_over_the_proposals_received_are_one_count()
    {
        Assert.Equal([300.0, 344.0], Figures("委员报到首日提交提案344件\n1月5日是出席县政协某届某次会议的委员报到日。截至下午5时，大会已收到提案344件，经审查立案300件。"));
    }

    [Fact]
    public void Proposals_received_one_year_and_put_forward_the_next_stay_two_counts()
    {
        Assert.Equal([286.0, 291.0, 305.0, 305.0], Figures("2023年，县政协某届二次会议期间共收到提案305件，经审查立案286件。\n2024年，县政协某届三次会议期间，委员们共提出提案305件，与上年持平，经审查立案291件。"));
    }

    [Fact]
    public void What_was_gathered_taken_up_again_is_no_count_but_its_first_telling_is()
    {
        Assert.Equal([70.0], Figures("县政协开展专题征集活动，共收集相关意见建议70余条。县政协将收集到的70余条信息进行提炼总结。"));
        Assert.Equal([56.0], Figures("5月以来，县政协组织委员深入企业走访，将收集到的56条意见建议整理后报送县委县政府。"));
    }
}
