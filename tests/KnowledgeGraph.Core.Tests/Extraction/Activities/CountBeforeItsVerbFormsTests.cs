namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts of proposals written before the verb that governs them (对…6件提案进行督办, 将…等九件提案报送省政协), a filed total
// told with its share of those received (立案290件，占94.77%), proposals handled by the bodies they went to, which are no
// step of the committee's, other handlings told after the filed total (合并处理70件), and commendations given (表彰32件优秀提案) against honours received (获得5项表彰). Sentences ours,
// the patterns those of proposal reports and committees' news.
public class CountBeforeItsVerbFormsTests
{
    private const string County = "德清县政协十届三次会议闭幕\n1月20日，政协德清县第十届委员会第三次会议闭幕。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => ((string)a.Properties["kind"], (double)a.Properties["value"], (string)a.Properties["unit"], a.Properties.GetValueOrDefault("object") as string))];

    [Theory]
    [InlineData("经主席会议研究，县政协对关于发展民宿经济的6件同类提案进行重点督办。", "督办", 6.0, "件", "同类提案")]
    [InlineData("县政协就县领导领衔的三个重点提案进行协商座谈。", "协商", 3.0, "个", "重点提案")]
    [InlineData("县政协对4件提案进行了现场协商督办。", "协商", 4.0, "件", "提案")]
    public void Proposals_counted_before_an_activity_done_on_them_are_a_count_of_it(string sentence, string kind, double value, string unit, string noun)
    {
        Assert.Equal([(kind, value, unit, noun)], Counts(County + sentence));
    }

    [Fact]
    public void Proposals_counted_before_the_body_they_went_to_are_the_verb_s()
    {
        Assert.Equal([("报送", 9.0, "件", "提案")], Counts(County + "县政协将《关于加快乡村书屋建设的建议》等九件提案报送市政协。"));
    }

    [Fact]
    public void A_filed_total_told_with_its_share_is_a_count_and_its_parts_by_subject_are_not()
    {
        Assert.Equal(
            [("收到", 306.0, "件", "提案"), ("立案", 290.0, "件", "提案")],
            Counts(County + "大会期间共收到提案306件。经审查，立案290件，占94.77%。立案提案中，经济建设方面120件，占41.4%。"));
    }

    [Theory]
    [InlineData("截至12月底，县政协十届二次会议以来的189件提案已全部办理完毕。")]
    [InlineData("189件提案均按期办理完成。")]
    public void Proposals_handled_by_the_bodies_they_went_to_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void A_proposal_count_ends_its_noun_before_what_follows_it()
    {
        Assert.Equal([("立案", 195.0, "件", "提案")], Counts(County + "县政协召开提案交办会，立案的195件提案正式交给73个单位承办。"));
    }

    [Theory]
    [InlineData("全会上，县政协表彰了32件优秀提案和45位优秀委员。")]
    [InlineData("县政协决定对2025年度32件优秀提案予以通报表扬。")]
    [InlineData("县政协对十届二次会议以来的32件优秀提案进行了表彰。")]
    public void Proposals_commended_by_the_committee_are_a_count(string sentence)
    {
        Assert.Equal([("表彰", 32.0, "件", "优秀提案")], Counts(County + sentence));
    }

    [Theory]
    [InlineData("民进德清县基层委在全会上获得5项表彰。")]
    [InlineData("该委员3次受到县政协表彰。")]
    public void Honours_received_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("经审查，立案412件，作委员建议处理的提案24件。")]
    [InlineData("经审查，立案412件，合并处理24件。")]
    [InlineData("经审查，立案412件，作为委员来信转送有关部门研究参考24件。")]
    public void Other_handlings_after_the_filed_total_take_no_verb_from_it(string sentence)
    {
        Assert.Equal([("立案", 412.0, "件", "提案")], Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协委员共提交大会提案950件，平时提案24件。", "平时提案")]
    [InlineData("县政协委员共提交大会提案950件，个人和联名提案24件。", "个人和联名提案")]
    public void A_second_count_of_papers_after_the_first_shares_its_verb(string sentence, string second)
    {
        Assert.Equal([("提出", 24.0, "件", second), ("提出", 950.0, "件", "大会提案")], Counts(County + sentence).OrderBy(c => c.Value));
    }
}
