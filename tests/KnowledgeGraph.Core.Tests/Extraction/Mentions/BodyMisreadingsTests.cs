using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Phrases that look like an organisation word's name and are none: verbs (学会运用, 大学毕业), a
// title or a person before the word, a centre's name across a clause, a ministry inside a longer
// word; and well-known names read whole (the sentences are made up, the forms the genre's).
public class BodyMisreadingsTests
{
    private const string Province = "政协安徽省委员会\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IReadOnlyList<string> Bodies(DocumentGraph graph) => graph.OfLabel("Body").Select(n => n.Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("引导委员学会运用新媒体讲好履职故事。")]
    [InlineData("让群众学会使用智能手机办事。")]
    [InlineData("掀起大学习大讨论热潮。")]
    [InlineData("李某明大学毕业后返乡创业。")]
    [InlineData("打造长三角文旅中心，一批项目落地见效。")]
    [InlineData("全面落实教育部署要求。")]
    [InlineData("双方结成战略联盟，共同开拓市场。")]
    [InlineData("让更多山区孩子上大学。")]
    [InlineData("引进国内外知名大学来此办学。")]
    [InlineData("这所大学坚持开放办学。")]
    [InlineData("推动当地银行加大支持。")]
    [InlineData("吸引世界500强企业集团投资。")]
    [InlineData("组建产学研联盟。")]
    public void A_verb_or_a_phrase_before_an_organisation_word_is_no_body(string line)
    {
        Assert.Empty(Bodies(Read(Province + line)));
    }

    [Fact]
    public void A_person_after_a_title_stays_a_person_and_no_body()
    {
        var graph = Read(Province + "委员王某明研究院院长发言。");

        Assert.Empty(Bodies(graph));
        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "王某明");
    }

    [Theory]
    [InlineData("中国建设银行安徽分行加大信贷投放。", "中国建设银行")]
    [InlineData("中国农业银行推出惠农贷款。", "中国农业银行")]
    [InlineData("中国银行支持外贸企业。", "中国银行")]
    [InlineData("与中国农业大学共建研究基地。", "中国农业大学")]
    [InlineData("与中国交通建设集团签约。", "中国交通建设集团")]
    public void A_well_known_name_starting_with_china_is_read_whole(string line, string name)
    {
        Assert.Contains(name, Bodies(Read(Province + line)));
    }

    [Fact]
    public void A_university_named_after_its_academy_holds_the_academy_name()
    {
        Assert.Contains("中国科学院大学", Bodies(Read(Province + "与中国科学院大学合作培养人才。")));
    }

    [Fact]
    public void A_group_every_place_has_is_the_speaking_place_s()
    {
        var group = Assert.Single(Read(Province + "推动城投集团市场化转型。").OfLabel("Body"));

        Assert.Equal("body:安徽省:城投集团", group.Id);
        Assert.Equal("城投集团", group.Name);
    }

    [Fact]
    public void A_college_in_brackets_after_a_party_school_is_its_other_name()
    {
        Assert.DoesNotContain("行政学院", Bodies(Read(Province + "省委党校（行政学院）举办专题培训班。")));
    }
}
