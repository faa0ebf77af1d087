namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts of those taking part in a meeting that is counted (有…、22家企业负责人等参加的座谈会), proposals named by their
// titles before their count, members split into groups that go on to go somewhere, counts pointed back to (这两件提案)
// and a proposal report's parts by subject. Sentences written for these tests.
public class ParticipantsAndNamedProposalsFormsTests
{
    private const string City = "政协泉州市委员会\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(City + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    [Fact]
    public void Those_taking_part_in_the_meetings_counted_are_not_counts()
    {
        var counted = Counted("课题组深入多所院校实地调研，先后召开了3场有政府相关部门、13所职业院校、11家行业协会、22家企业负责人等参加的调研座谈会。");

        var meetings = Assert.Single(counted);
        Assert.Equal(3.0, meetings.Properties["value"]);
        Assert.Equal("调研座谈会", meetings.Properties["object"]);
    }

    [Fact]
    public void Proposals_named_by_their_titles_before_their_count_are_proposals()
    {
        var counted = Counted("六市政协主席联名提出《关于加强流域水土保持的建议》和《关于建立生态文化旅游示范区的建议》两件提案。");

        var proposals = Assert.Single(counted);
        Assert.Equal(2.0, proposals.Properties["value"]);
        Assert.Equal("提案", proposals.Properties["object"]);
    }

    [Fact]
    public void Members_split_into_groups_that_go_on_somewhere_form_the_groups()
    {
        var counted = Counted("区政协组织不同界别委员分成四个调研组深入镇办、企业调查走访、座谈交流。");

        var groups = Assert.Single(counted, a => (double)a.Properties["value"] == 4);
        Assert.Equal("组成", groups.Properties["kind"]);
        Assert.Equal("调研组", groups.Properties["object"]);
    }

    [Fact]
    public void A_count_pointed_back_to_is_no_new_step()
    {
        var counted = Counted("市政协确定重点提案2件，由主席会议成员领衔督办。这两件重点提案交办后，领办副主席及时研究制定方案。");

        var proposals = Assert.Single(counted);
        Assert.Equal(2.0, proposals.Properties["value"]);
    }

    [Fact]
    public void A_subjects_share_of_the_registered_total_is_a_part_of_it()
    {
        var counted = Counted("经审查立案118件。一、围绕经济发展方面提出提案58件，占立案总数的49.15%。二、围绕民生改善方面提出提案37件，占立案总数的31.36%。");

        var registered = Assert.Single(counted);
        Assert.Equal(118.0, registered.Properties["value"]);
    }

    [Theory]
    [InlineData("区政协有效开展15场有企业家参加的座谈会。", 15.0, "座谈会")]
    [InlineData("区政协有力推动开展12场有群众参与的议事活动。", 12.0, "议事活动")]
    [InlineData("区政协有序组织开展20场群众代表参加的协商议事活动。", 20.0, "协商议事活动")]
    public void An_adverbs_有_or_a_step_conducted_does_not_open_those_taking_part(string text, double value, string thing)
    {
        // 有效, 有力, 有序 are adverbs of the step; those taking part open at the 有 nearest them, or stand bare
        // after the unit (20场群众代表参加的): the steps counted stay counted.
        var counted = Assert.Single(Counted(text));

        Assert.Equal(value, counted.Properties["value"]);
        Assert.Equal(thing, counted.Properties["object"]);
    }
}
