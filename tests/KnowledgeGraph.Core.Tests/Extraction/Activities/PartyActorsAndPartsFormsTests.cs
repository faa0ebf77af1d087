namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Who did a count in a democratic party's story (民革某市委向市政协提交…; 会内政协委员提交…), counts of visits made
// (家次, 件次), places gone to with the activity after them (深入20家企业调研), parts told beside a total (其中…, 共计…),
// and a committee's account that never names the committee. Sentences ours, the patterns those of committee reviews,
// proposal reports and parties' session news.
public class PartyActorsAndPartsFormsTests
{
    private const string County = "德清县政协十届三次会议闭幕\n1月20日，政协德清县第十届委员会第三次会议闭幕。";

    private static List<(string Kind, double Value, string Unit)> Counts(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => ((string)a.Properties["kind"], (double)a.Properties["value"], (string)a.Properties["unit"]))];

    [Theory]
    [InlineData("县政协组织委员走访民营企业300余家次。", "走访", 300.0, "家次")]
    [InlineData("县政协全年督办重点提案36件次。", "督办", 36.0, "件次")]
    [InlineData("县政协委员共走访困难群众120户次。", "走访", 120.0, "户次")]
    [InlineData("县政协新建10个委员会客室。", "建立", 10.0, "个")]
    [InlineData("委员张某向大会递交了《关于加快乡村书屋建设的建议》等九件提案。", "提出", 9.0, "件")]
    public void Visits_made_rooms_newly_built_and_proposals_handed_in_are_counts(string sentence, string kind, double value, string unit)
    {
        Assert.Equal([(kind, value, unit)], Counts(County + sentence));
    }

    [Fact]
    public void A_step_of_its_own_after_a_part_of_the_total_is_a_count()
    {
        Assert.Equal([("收到", 127.0, "件"), ("立案", 100.0, "件")], Counts(County + "大会共收到提案127件，其中集体提案2件，立案100件。"));
    }

    [Fact]
    public void Parts_named_alike_after_the_total_are_no_counts()
    {
        Assert.Equal([("收到", 544.0, "件")], Counts(County + "大会共收到提案544件，其中委员提案457件，组织提案45件，界别提案42件。"));
    }

    [Fact]
    public void Parts_before_a_total_in_the_same_unit_are_no_counts()
    {
        Assert.Empty(Counts(County + "截至2日18时，大会收到纸质提案49份、电子提案481份，共计530份。"));
    }

    [Theory]
    [InlineData("县政协委员们深入20家企业调研。")]
    [InlineData("县政协主席带队赴某某纸业等20多家企业深入调研。")]
    public void Firms_gone_to_with_the_activity_after_them_are_a_count_of_it(string sentence)
    {
        var activity = Assert.Single(TestExtraction.Read(County + sentence).Graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
        Assert.Equal(("调研", 20.0, "家", "企业"), ((string)activity.Properties["kind"], (double)activity.Properties["value"], (string)activity.Properties["unit"], (string)activity.Properties["object"]));
    }

    [Fact]
    public void An_activity_counted_after_a_general_verb_keeps_its_whole_name()
    {
        var activity = Assert.Single(TestExtraction.Read(County + "县政协开展3次企业调研。").Graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
        Assert.Equal("企业调研", activity.Properties["object"]);
    }

    [Fact]
    public void A_party_committee_opening_the_clause_did_it_not_the_committee_it_turned_to()
    {
        var graph = TestExtraction.Read("上海市政协十四届三次会议召开\n今年，民革上海市委向市政协提交大会发言4篇、组织提案8件。").Graph;
        var counted = graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).ToList();
        Assert.Equal(2, counted.Count);
        Assert.All(counted, a => Assert.True(graph.HasRelation("CONDUCTED", "body:中国国民党革命委员会上海市委员会", a.Id)));
    }

    [Fact]
    public void A_party_committee_as_a_leader_s_title_leaves_the_count_with_the_committee()
    {
        var graph = TestExtraction.Read("丽水市政协开展助企服务\n3月5日，民盟丽水市委主委、市政协副主席王某某带队走访民营企业20家。").Graph;
        var activity = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
        Assert.True(graph.HasRelation("CONDUCTED", "committee:政协丽水市委员会", activity.Id));
    }

    [Fact]
    public void On_a_party_s_own_page_its_members_counts_are_the_party_s()
    {
        var graph = TestExtraction.Read(
            "民建泰州市委积极参加市政协全会\n1月10日，政协泰州市第六届委员会第四次会议开幕。民建泰州市委围绕产业发展等方面，提交集体提案9件。会内政协委员提交个人提案33件。民建会员表示，将继续履职尽责。民建泰州市委将认真总结参会成果。").Graph;
        Assert.Equal("中国民主建国会泰州市委员会", graph.Document.Properties.GetValueOrDefault("issuer"));
        var counted = graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).ToList();
        Assert.Equal(2, counted.Count);
        Assert.All(counted, a => Assert.True(graph.HasRelation("CONDUCTED", "body:中国民主建国会泰州市委员会", a.Id)));
    }

    [Fact]
    public void A_committee_s_account_that_never_names_it_keeps_its_counts()
    {
        var text = "首度围绕协商年度计划履职\n1、三次议政性常委会\n围绕“十五五”规划编制开展100余次调研论证活动，提出44条意见建议。\n"
            + "围绕城市总体规划修改，召开各类座谈会57次。\n2、两次议政性主席会议\n围绕区域协同发展开展协商讨论，委员们积极建言。\n"
            + "3、协商恳谈会\n围绕居住证制度展开协商，委员提出意见建议。常委们认真议政，委员们踊跃发言，形成协商报告。\n"
            + "4、政协主席联席会议\n与周边政协共同建立协商机制，就交通一体化开展协商交流，委员参与议政。";
        var counts = Counts(text);
        Assert.Contains(("开展", 100.0, "次"), counts);
        Assert.Contains(("提出", 44.0, "条"), counts);
        Assert.Contains(("召开", 57.0, "次"), counts);
    }
}
