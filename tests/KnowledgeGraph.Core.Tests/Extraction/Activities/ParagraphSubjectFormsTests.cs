namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Where a paragraph about committee members does not make every count in it the committee's: a sentence
// opening with a subject of its own (a member's company, the county, the meeting), and a villagers'
// committee (村民委员会), which is no member. Teams of members (宣讲队伍) are formed, not set up.
// Sentences written for these tests (the review's probes).
public class ParagraphSubjectFormsTests
{
    private const string Unnamed = "一年来的履职回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string document) =>
        [.. TestExtraction.Read(document).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    [Theory]
    [InlineData("作为政协委员，某公司董事长刘某某十分关注乡村就业。公司今年开展技能培训30场，举办招聘会12场。")]
    [InlineData("县政协委员积极助力招商引资。全县共举办招商推介活动15场，走访企业260家。")]
    [InlineData("政协委员们认真履职。会议表决通过了3项决议。")]
    [InlineData("各村民委员会积极配合。全乡共走访农户3200户。")]
    [InlineData("各村民委员会积极配合。共走访农户3200户。")]
    public void A_sentence_with_its_own_subject_or_a_villagers_committee_counts_nothing_for_the_committee(string paragraph)
    {
        Assert.Empty(Counted(Unnamed + paragraph));
    }

    [Fact]
    public void A_count_after_a_sentence_about_members_with_no_subject_of_its_own_is_still_the_committees()
    {
        var visit = Assert.Single(Counted(Unnamed + "县政协委员积极助力招商引资。共走访企业260家，收集问题建议40条。"), a => (string)a.Properties["kind"] == "走访");

        Assert.Equal(260.0, visit.Properties["value"]);
    }

    [Fact]
    public void Teams_of_members_are_formed()
    {
        var kinds = Counted("政协涟水县委员会2023年工作回顾\n\n县政协组成5个委员宣讲队伍，组建8个委员服务队伍深入乡村。")
            .Select(a => (string)a.Properties["kind"]).ToList();

        Assert.Equal(["组成", "组成"], kinds);
    }
}
