namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Proposals filed told after their count (经审查有30件提案立案, 57件被立案), what a member brings to a session (这次带来了3件提案),
// a count before a later list item titled with 的 (等6件集体提案和题为《…》的书面发言2篇), and proposals received from those who
// wrote them (收到…提交的提案356件), parts that add up to a total told before, and a work's stages (四个阶段). Sentences ours,
// the patterns those of proposal reports and session news.
public class FilingAndBroughtProposalFormsTests
{
    private const string County = "德清县政协十届三次会议闭幕\n1月20日，政协德清县第十届委员会第三次会议闭幕。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Theory]
    [InlineData("大会期间收到的提案经审查有30件提案立案。", "提案")]
    [InlineData("大会期间收到的提案中共有30件提案被立案。", "提案")]
    [InlineData("经提案委员会审查，30件集体提案予以立案。", "集体提案")]
    public void Proposals_filed_after_their_count_are_a_filing(string sentence, string noun)
    {
        Assert.Equal([("立案", 30.0, "件", noun)], Counts(County + sentence));
    }

    [Theory]
    [InlineData("今年提交的30件提案立案率达到95%。")]
    [InlineData("其中10件提案被立案。")]
    [InlineData("预计今年将有30件提案立案。")]
    [InlineData("县政协力争今年有30件提案立案。")]
    [InlineData("其中，有30件提案被立案为重点提案。")]
    public void A_rate_or_a_breakdown_after_the_count_is_no_filing(string sentence)
    {
        Assert.DoesNotContain(Counts(County + sentence), c => c.Kind == "立案");
    }

    [Theory]
    [InlineData("县政协委员王某某是一位新委员，这次他带来的6件提案有一半关注营商环境。", 6.0, "件", "提案")]
    [InlineData("履职经验丰富的县政协委员张某某这次带来了3条建议，其中两条关注乡村振兴。", 3.0, "条", "建议")]
    public void Proposals_a_member_brings_to_the_session_are_put_forward(string sentence, double value, string unit, string noun)
    {
        Assert.Equal([("提出", value, unit, noun)], Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协委员王某某说，这些项目为当地带来了500个就业岗位。")]
    [InlineData("县政协委员王某某介绍，3个项目带来就业岗位500个。")]
    public void What_projects_bring_is_no_count_of_the_committee_s(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("大会期间共收到委员、各参加单位和专委会提交的提案356件。", "委员、各参加单位和专委会提交的提案")]
    [InlineData("大会期间共收到各界别报送的提案356件。", "各界别报送的提案")]
    public void Proposals_received_from_those_who_wrote_them_are_received(string sentence, string noun)
    {
        // 提案, which the segmenter's dictionary tags as a verb, is the noun received, not a verb governing the count.
        Assert.Equal([("收到", 356.0, "件", noun)], Counts(County + sentence));
    }

    [Fact]
    public void Counts_that_add_up_to_a_total_told_before_are_its_parts()
    {
        Assert.Equal(
            [("立案", 329.0, "件", "提案"), ("提出", 357.0, "件", "提案")],
            Counts(County + "大会期间，委员共带来提案357件。经审查，立案329件，委员个人提案267件，联名提案87件，集体提案3件。"));
    }

    [Theory]
    [InlineData("经审查，立案329件，不予立案28件。")]
    [InlineData("经审查，立案329件，转为社情民意信息28件。")]
    [InlineData("经过认真审查，共立案329件，28件作为委员来信处理。")]
    public void A_step_and_what_was_not_taken_are_no_parts_of_the_total(string sentence)
    {
        Assert.Contains(("立案", 329.0, "件", "提案"), Counts(County + "大会期间共收到提案357件。" + sentence));
    }

    [Fact]
    public void The_stages_of_a_piece_of_work_are_no_count()
    {
        Assert.Empty(Counts(County + "县政协对县教育局开展民主评议，评议工作分为宣传动员、调研测评、集中评议、整改总结四个阶段。"));
    }

    [Fact]
    public void A_count_before_a_list_item_titled_with_de_is_still_counted()
    {
        var counts = Counts(County + "民盟德清县委还提交了《关于发展普惠性幼儿园的建议》等6件集体提案和题为《关于规范校外托管机构的建议》、《关于发展富硒农业的建议》的书面发言2篇。");

        Assert.Equal([("提出", 2.0, "篇"), ("提出", 6.0, "件")], counts.Select(c => (c.Kind, c.Value, c.Unit)));
        Assert.Equal("集体提案", counts[1].Object);
        Assert.EndsWith("书面发言", counts[0].Object);
    }
}
