namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts after lists of titles (提交了《关于…的建议》等8件提案和《…》等4条信息), a party's committee acting on its topics
// (围绕党委、政府中心工作…), proposals picked as key ones or followed up by the committee's leaders after their count
// (4项提案被列为重点提案), bodies and groups commended by count, hundreds and thousands written alone (千余条, 近千人次),
// ranges (3-5次: the lower bound), and a proposal report's tally of what the handling bodies solved (已经解决或基本解决的442件).
// Sentences ours, the patterns those of committees' and parties' news and proposal reports.
public class TitledListsAndKeyProposalFormsTests
{
    private const string County = "德清县政协十届三次会议闭幕\n1月20日，政协德清县第十届委员会第三次会议闭幕。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Fact]
    public void A_count_before_a_title_holding_de_is_not_taken_for_a_modifier_of_the_next()
    {
        Assert.Equal(
            [("提出", 3.0, "条", "社情民意信息"), ("提出", 6.0, "件", "提案")],
            Counts(County + "县政协委员李某某提交了《关于加快乡村书屋建设的建议》《关于改善老旧小区停车的建议》等6件提案和《关于规范校外培训的建议》等3条社情民意信息。"));
    }

    [Fact]
    public void A_count_before_its_own_modifier_is_still_no_count()
    {
        // 收到27个单位选送的作品113件: the first count modifies the noun the second counts.
        Assert.Equal([("收到", 113.0, "件", "27个单位选送的作品")], Counts(County + "县政协收到27个单位选送的作品113件。"));
    }

    [Theory]
    [InlineData("会上，民盟德清县委围绕党委、政府中心工作和群众关心的难点问题积极建言献策，共递交县政协集体提案12件。")]
    [InlineData("会上，民盟德清县委聚焦县政府重点工作积极建言献策，共递交县政协集体提案12件。")]
    public void A_body_named_as_the_topic_of_a_party_s_proposals_is_not_their_actor(string sentence)
    {
        Assert.Equal([("提出", 12.0, "件", "县政协集体提案")], Counts(County + sentence));
    }

    [Fact]
    public void A_bureau_opening_the_sentence_is_still_another_actor()
    {
        Assert.Empty(Counts(County + "县财政局围绕全县中心工作，共办理提案12件。"));
    }

    [Theory]
    [InlineData("经主席会议研究，4项提案被列为重点提案。", "确定", 4.0, "项", "重点提案")]
    [InlineData("今年共有10件提案被确定为重点督办提案。", "确定", 10.0, "件", "重点提案")]
    [InlineData("其余2件提案由县政协领导领衔督办。", "督办", 2.0, "件", "提案")]
    public void Proposals_picked_as_key_ones_or_followed_up_by_the_committee_s_leaders_are_a_count(string sentence, string kind, double value, string unit, string noun)
    {
        Assert.Equal([(kind, value, unit, noun)], Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协5件提案获评优秀提案。")]
    [InlineData("县政协12条信息被市委采用。")]
    public void Proposals_and_papers_taken_up_by_others_stay_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Bodies_and_groups_commended_by_count_are_a_count_and_people_are_not()
    {
        Assert.Equal(
            [("表彰", 3.0, "个", "优秀专委会")],
            Counts(County + "会议表彰了41名优秀政协委员和经济委员会等3个优秀专委会。"));
    }

    [Theory]
    [InlineData("县政协委员围绕民生保障集思广益，提出“金点子”千余条。", "提出", 1000.0, "条", "金点子")]
    [InlineData("县政协全年收到提案百余件。", "收到", 100.0, "件", "提案")]
    [InlineData("县政协今年走访企业近千家。", "走访", 1000.0, "家", "企业")]
    [InlineData("县政协全年征集意见建议两千余条。", "征集", 2000.0, "条", "意见建议")]
    public void Hundreds_and_thousands_written_alone_are_figures(string sentence, string kind, double value, string unit, string noun)
    {
        Assert.Equal([(kind, value, unit, noun)], Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协组织数百名委员开展视察。")]
    [InlineData("县政协开展调研数十次。")]
    [InlineData("县政协委员几十次深入企业。")]
    public void Several_tens_or_hundreds_are_no_figure(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Groups_formed_with_a_chinese_numeral_keep_their_count()
    {
        Assert.Equal([("组成", 2.0, "个", "走访组")], Counts(County + "县政协组织委员分成两个走访组，深入乡镇了解企业困难。"));
    }

    [Fact]
    public void A_count_of_senders_before_a_title_still_modifies_the_count_after_it()
    {
        Assert.Equal(
            [("收到", 28.0, "份", "材料")],
            Counts(County + "县政协收到7个乡镇政协工作联络委《关于农村人居环境整治的调研报告》等材料28份。"));
    }

    [Theory]
    [InlineData("8件提案被列为县长领办重点提案。")]
    [InlineData("我县委员的3件提案被列为市政协重点提案。")]
    [InlineData("3件提案由县政协交县政府重点督办。")]
    public void Proposals_picked_or_followed_up_by_others_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协委员帮助成百上千户群众解决了难题。")]
    [InlineData("县中西医结合医院组织专家开展义诊活动8场。")]
    [InlineData("市政协表彰了5个县区政协委员会。")]
    public void Vague_figures_a_body_acting_and_commended_committees_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Shang_before_a_bare_thousand_is_part_of_the_figure()
    {
        Assert.Equal([("走访", 1000.0, "家", "企业")], Counts(County + "县政协委员们走访企业上千家。"));
    }

    [Theory]
    [InlineData("对不符合立案条件的18件提案，作为委员建议或来信处理。")]
    [InlineData("提案所提问题已经解决或基本解决的442件，正在解决或列入计划解决的19件，因条件限制暂未解决的7件。")]
    [InlineData("3494件提案建议正在解决或列入计划拟解决。")]
    [InlineData("县政协每名委员联系一到两个行政村。")]
    public void What_others_solved_what_was_not_filed_and_a_range_from_one_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协开展专题调研3-5次。", 3.0, "次")]
    [InlineData("县政协走访企业二到三家。", 2.0, "家")]
    public void A_range_counts_its_lower_bound(string sentence, double value, string unit)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal((value, unit), (count.Value, count.Unit));
    }

    [Fact]
    public void Problems_the_committee_helped_solve_stay_a_count()
    {
        Assert.Equal([("解决", 56.0, "件", "群众反映的问题")], Counts(County + "县政协已解决群众反映的问题56件。"));
    }
}
