namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// A committee's count told as the subject of what follows (经审查立案的190件提案已全部交办), proposals chosen (从中选出23件提案),
// members taking part in counted steps (共同参与14场基层协商), and a party's story under a paper's dateline. Sentences ours,
// the patterns those of proposal reports and session news.
public class RelativeChosenAndTakingPartFormsTests
{
    private const string County = "德清县政协十届三次会议闭幕\n1月20日，政协德清县第十届委员会第三次会议闭幕。";

    private static List<(string Kind, double Value, string Unit)> Counts(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => ((string)a.Properties["kind"], (double)a.Properties["value"], (string)a.Properties["unit"]))];

    [Theory]
    [InlineData("经审查立案的190件提案已全部交办。", "立案")]
    [InlineData("本次会议收到的190件提案已全部交办。", "收到")]
    [InlineData("提案委受理的190件提案已全部交办。", "受理")]
    public void A_committees_filed_or_received_count_as_the_subject_of_what_follows_is_its_count(string sentence, string kind)
    {
        Assert.Equal([(kind, 190.0, "件")], Counts(County + sentence));
    }

    [Theory]
    [InlineData("该提案从五年来县政协收到的1596件提案中脱颖而出。")]
    [InlineData("在县政协立案的32件提案中，有10件已办结。")]
    public void One_picked_out_of_the_filed_or_received_total_is_no_count_of_it(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Proposals_handled_by_others_told_the_same_way_are_no_count()
    {
        Assert.Empty(Counts(County + "承办单位已办结的120件提案全部答复委员。"));
    }

    [Fact]
    public void Proposals_chosen_from_those_filed_are_a_count_of_choosing()
    {
        Assert.Equal([("遴选", 23.0, "件")], Counts(County + "县政协提案委经过多次沟通协商，从中选出23件提案作为重点提案。"));
    }

    [Fact]
    public void Members_taking_part_in_counted_consultations_count_the_consultations()
    {
        Assert.Equal([("协商", 14.0, "场")], Counts(County + "活动期间，县政协委员共同参与14场基层协商。"));
    }

    [Fact]
    public void Firms_taking_part_are_no_count()
    {
        Assert.Empty(Counts(County + "共有30家企业参与。"));
    }

    [Fact]
    public void A_papers_dateline_leaves_a_partys_counts_with_the_party()
    {
        var graph = TestExtraction.Read("九三学社通化市委召开全委会\n通化日报3月19日讯 今天上午，九三学社通化市委员会八届三次全委（扩大）会议召开。会议审议通过了通化市政协副主席、九三学社通化市委会主委赵某某所作的工作报告。\n报告指出，过去一年，社市委向社省委提交提案3件、提交信息80篇；向市政协九届一次会议提交提案8件。").Graph;
        var counted = graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).ToList();
        Assert.Equal(3, counted.Count);
        Assert.All(counted, a => Assert.True(graph.HasRelation("CONDUCTED", "body:九三学社通化市委员会", a.Id)));
    }
}
