namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Short forms of autonomous divisions and 我市/我县/我区 read as the document's own place; sentences
// written for these tests.
public class OwnPlaceTests
{
    private const string Weining = "place:520526";

    [Theory]
    [InlineData("委员们在威宁县走访农户。")]
    [InlineData("调研组随后返回威宁，召开座谈会。")]
    public void An_autonomous_county_is_read_by_its_short_form_in_its_own_documents(string sentence)
    {
        var reading = TestExtraction.Read("政协威宁彝族回族苗族自治县委员会工作动态\n\n" + sentence);

        var county = reading.Graph.Single(Weining);
        Assert.Equal("威宁彝族回族苗族自治县", county.Name);
        Assert.Contains(county.Evidence, e => reading.MentionTexts[e] is "威宁县" or "威宁");
    }

    [Fact]
    public void An_autonomous_prefecture_is_read_with_zhou_after_its_short_form()
    {
        var graph = TestExtraction.Read("政协贵州省委员会工作动态\n\n委员们赴黔东南州开展民族团结专题调研。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == "黔东南苗族侗族自治州");
    }

    [Fact]
    public void Our_county_is_the_documents_county_once_it_is_named()
    {
        var reading = TestExtraction.Read("威宁县政协开展调研\n\n威宁县政协组织委员开展调研。我县将持续推进乡村振兴。");

        Assert.Contains(reading.Graph.Single(Weining).Evidence, e => reading.MentionTexts[e] == "我县");
    }

    [Theory]
    [InlineData("省政协召开座谈会\n\n省政协召开座谈会，为加快我省经济发展建言献策。")]
    [InlineData("威宁县政协开展调研\n\n威宁县政协组织委员调研，我市场主体活跃。")]
    public void Our_place_is_no_place_unnamed_nor_inside_a_longer_word(string text)
    {
        var reading = TestExtraction.Read(text);

        Assert.DoesNotContain(reading.MentionTexts.Values, t => t is "我省" or "我市");
    }
}
