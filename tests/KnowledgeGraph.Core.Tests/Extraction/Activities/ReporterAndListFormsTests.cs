namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of counted activities met on the activity sets' tune halves: a party's city committee (市委会)
// reporting its own work, places and bodies set up (组建, 成立) as against groups formed, a count after a
// list of quoted titles, proposals written, members split into groups, a paragraph that goes on about a
// committee's work without naming it, and handling still in progress. Sentences written for these tests.
public class ReporterAndListFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    // A heading that names no committee: the document's reporter is unknown.
    private const string Unnamed = "一年来的履职回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string document) =>
        [.. TestExtraction.Read(document).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string document) => [.. Counted(document).Select(a => (double)a.Properties["value"]).Order()];

    [Fact]
    public void A_partys_city_committee_opening_the_clause_is_the_reporter_not_the_party_committee()
    {
        var reported = Assert.Single(Counted(County + "两年来，市委会共整理上报信息58条。"));

        Assert.Equal(58.0, reported.Properties["value"]);
        Assert.Equal("报送", reported.Properties["kind"]);
    }

    [Theory]
    [InlineData("市委先后召开座谈会5次，听取意见。")]
    [InlineData("市委会议共审议文件12件。")]
    public void The_party_committee_and_its_meeting_opening_the_clause_stay_other_actors(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Theory]
    [InlineData("县政协共组建12个民生监测点，覆盖各行业。", 12.0)]
    [InlineData("此次揭牌成立的6个委员工作室，是落实部署的举措。", 6.0)]
    public void Places_and_bodies_set_up_by_forming_verbs_are_set_up(string sentence, double figure)
    {
        var setUp = Assert.Single(Counted(County + sentence));

        Assert.Equal(figure, setUp.Properties["value"]);
        Assert.Equal("建立", setUp.Properties["kind"]);
    }

    [Theory]
    [InlineData("县政协成立5个专项调研组，深入乡镇。")]
    [InlineData("县政协组建3个服务小分队，走进园区。")]
    public void Groups_of_people_formed_stay_formed(string sentence)
    {
        Assert.Equal("组成", Assert.Single(Counted(County + sentence)).Properties["kind"]);
    }

    [Fact]
    public void A_count_after_quoted_titles_counts_the_noun_after_the_list()
    {
        var proposals = Assert.Single(Counted(County + "委员们撰写了“关于修缮老街的建议”“关于整治河道的建议”等提案30多件。"));

        Assert.Equal(30.0, proposals.Properties["value"]);
        Assert.Equal("提案", proposals.Properties["object"]);
    }

    [Fact]
    public void Proposals_written_are_proposals_put_forward()
    {
        Assert.Equal("提出", Assert.Single(Counted(County + "委员们共撰写提案26件。")).Properties["kind"]);
    }

    [Fact]
    public void Other_writings_stay_written()
    {
        Assert.Equal("编撰", Assert.Single(Counted(County + "委员们共撰写文史资料14篇。")).Properties["kind"]);
    }

    [Fact]
    public void Members_split_into_groups_that_then_visit_are_groups_formed()
    {
        var groups = Assert.Single(Counted(County + "县政协共分3个组分别走访看望乡镇委员。"));

        Assert.Equal(3.0, groups.Properties["value"]);
        Assert.Equal("组成", groups.Properties["kind"]);
    }

    [Fact]
    public void A_visit_announced_after_the_visited_stays_a_visit()
    {
        Assert.Equal("走访", Assert.Single(Counted(County + "县政协对30家企业开展走访。")).Properties["kind"]);
    }

    [Fact]
    public void A_sentence_going_on_from_a_committees_work_in_its_paragraph_is_that_committees_count()
    {
        var document = Unnamed + "依托全区委员工作站，扎实开展“街巷议事”活动。围绕饮水安全等主题开展30余场基层协商活动。";

        Assert.Equal([30.0], Figures(document));
    }

    [Fact]
    public void A_paragraph_that_never_speaks_of_a_committee_counts_for_no_unnamed_committee()
    {
        var document = Unnamed + "依托全区委员工作站，扎实开展“街巷议事”活动。\n\n围绕饮水安全等主题开展30余场基层协商活动。";

        Assert.Empty(Figures(document));
    }

    [Fact]
    public void Handling_still_in_progress_is_no_count_of_handling()
    {
        Assert.Equal([120.0], Figures(County + "县政协共收到提案120件，已办结100件，正在协调办理20件。"));
    }

    [Fact]
    public void Handling_done_is_still_counted()
    {
        Assert.Equal([86.0], Figures(County + "县政协全年共办理提案86件。"));
    }
}
