using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class CommitteeFinderTests
{
    private const string Jiangyan = "政协泰州市姜堰区委员会常务委员会工作报告\n\n";

    private static IEnumerable<string> Committees(DocumentGraph graph) => graph.OfLabel("Committee").Select(n => n.Name);

    [Fact]
    public void Coordinated_levels_name_each_committee_of_the_context()
    {
        var graph = TestExtraction.Read(Jiangyan + "加强与省、市政协的联系交流。").Graph;

        Assert.Contains("政协江苏省委员会", Committees(graph));
        Assert.Contains("政协泰州市委员会", Committees(graph));
    }

    [Theory]
    [InlineData("省、市、区三级政协联合开展专题调研。", "省、市、区三级政协", "江苏省", "泰州市", "泰州市姜堰区")]
    [InlineData("省市区三级政协协同推进民主监督。", "省市区三级政协", "江苏省", "泰州市", "泰州市姜堰区")]
    [InlineData("市区两级政协共走访企业48家。", "市区两级政协", "泰州市", "泰州市姜堰区")]
    [InlineData("会同市、区政协开展视察。", "市、区政协", "泰州市", "泰州市姜堰区")]
    public void Each_level_of_a_coordinated_phrase_is_marked_by_the_whole_phrase(string sentence, string phrase, params string[] places)
    {
        var reading = TestExtraction.Read(Jiangyan + sentence);

        foreach (var place in places)
        {
            var committee = reading.Graph.Single($"committee:政协{place}委员会");
            var evidence = Assert.Single(committee.Evidence, e => e.Text.Contains(phrase, StringComparison.Ordinal));
            Assert.Equal(phrase, evidence.Text[evidence.MentionStart!.Value..evidence.MentionEnd!.Value]);
            Assert.Equal(phrase, reading.MentionTexts[evidence]);
        }

        // The phrase names the levels together: it is no other name of any one of them.
        Assert.All(reading.Graph.OfLabel("Committee"), n => Assert.DoesNotContain(phrase, n.Aliases));
    }

    [Fact]
    public void A_district_calls_itself_the_district_committee_and_its_city_the_city_committee()
    {
        var graph = TestExtraction.Read(Jiangyan + "区政协与市政协联合开展调研。").Graph;

        Assert.Contains("政协泰州市姜堰区委员会", Committees(graph));
        Assert.Contains("政协泰州市委员会", Committees(graph));
    }

    [Theory]
    [InlineData("在全市政协开展走访活动。")]
    [InlineData("总结推广县（市、区）政协工作新鲜经验。")]
    [InlineData("影响力指数在全国地级市政协稳居前三。")]
    public void Collective_forms_are_not_read_as_one_committee(string sentence)
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n" + sentence).Graph;

        Assert.Equal(["政协盐城市委员会"], Committees(graph));
    }

    [Fact]
    public void A_committee_named_with_its_place_needs_no_context()
    {
        var graph = TestExtraction.Read("响水县政协探索把委员工作室建在产业链上。").Graph;

        var committee = Assert.Single(graph.OfLabel("Committee"), n => n.Name == "政协响水县委员会");
        Assert.Equal("县", committee.Properties["level"]);
        Assert.True(graph.HasRelation("PART_OF", committee.Id, "committee:政协盐城市委员会"));
    }

    [Fact]
    public void The_session_after_a_committee_is_kept()
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n在市政协九届三次会议召开之际。").Graph;

        Assert.Equal("第九届", graph.Single("committee:政协盐城市委员会").Properties["session"]);
    }
}
