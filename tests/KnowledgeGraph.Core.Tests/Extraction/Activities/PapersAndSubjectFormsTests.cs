namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of counted activities met on everyday committee news and session reports (the tune halves of
// sets 33–35): papers counted in 份, units visited (走访单位N个), a span of one and a half months, and
// counts that are the clause's subject (…把…) or undergo its verb (…被…). Sentences written for these tests.
public class PapersAndSubjectFormsTests
{
    private const string District = "政协盐城市亭湖区委员会2024年工作情况\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(District + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string text) => [.. Counted(text).Select(a => (double)a.Properties["value"]).Order()];

    [Theory]
    [InlineData("区政协二届三次会议共收到各界别委员提交的大会发言材料28份。", 28.0, "收到")]
    [InlineData("区政协各调研组形成调研报告7份，报送区委区政府。", 7.0, "形成")]
    public void Papers_a_committee_writes_or_receives_are_counted_in_fen(string sentence, double figure, string kind)
    {
        var papers = Assert.Single(Counted(sentence));

        Assert.Equal(figure, papers.Properties["value"]);
        Assert.Equal("份", papers.Properties["unit"]);
        Assert.Equal(kind, papers.Properties["kind"]);
    }

    [Theory]
    [InlineData("区政协向困难群众发放宣传资料350份。")]
    [InlineData("委员们一致认为，两份工作报告全面务实。")]
    [InlineData("主席会议原则同意三份联合建议书，提交常委会议审议。")]
    public void Other_things_counted_in_fen_are_no_activity(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void Units_visited_and_counted_after_the_noun_are_a_visit()
    {
        var visit = Assert.Single(Counted("调研中，区政协召开专题座谈会3次，走访单位14个。"), a => (string)a.Properties["kind"] == "走访");

        Assert.Equal(14.0, visit.Properties["value"]);
        Assert.Equal("单位", visit.Properties["object"]);
    }

    [Fact]
    public void One_and_a_half_months_is_a_span_of_time()
    {
        Assert.Equal([9.0], Figures("调研组历时1个半月，走访企业9家。"));
    }

    [Theory]
    [InlineData("此外，63个承办单位把办理政协提案作为重要职责，主动与委员沟通。")]
    [InlineData("委员反映的社情民意信息有3篇被吸纳进市级规划。")]
    public void A_count_that_is_the_subject_or_undergoes_the_verb_is_no_activity(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Theory]
    [InlineData("区政协对12户被帮扶家庭开展走访慰问。", 12.0)]
    [InlineData("区政协对9个被征地村开展专题调研。", 9.0)]
    [InlineData("区政协组织委员对15家将军山片区企业开展走访。", 15.0)]
    public void A_count_a_preposition_governs_keeps_its_verb_after_when_bei_or_jiang_is_inside_it(string sentence, double figure)
    {
        Assert.Equal([figure], Figures(sentence));
    }

    [Fact]
    public void A_count_whose_words_stand_in_straight_quotes_keeps_its_evidence()
    {
        var show = Assert.Single(Counted("区政协开展\"送科技下乡\"活动4场。"));

        Assert.Equal(4.0, show.Properties["value"]);
    }

    [Fact]
    public void An_initiative_in_straight_quotes_is_read_as_in_curly_ones()
    {
        var graph = TestExtraction.Read("关于开展\"书香政协\"读书活动的通知\n\n区政协办公室\n2024年3月1日\n为深入开展\"书香政协\"建设，区政协组织委员读书活动10次。").Graph;

        Assert.Contains(graph.OfLabel("Initiative"), n => n.Name == "书香政协");
    }
}
