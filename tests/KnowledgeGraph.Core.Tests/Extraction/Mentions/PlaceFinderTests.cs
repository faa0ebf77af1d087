namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class PlaceFinderTests
{
    [Fact]
    public void A_town_shared_by_two_provinces_is_read_in_the_documents_city()
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n罗桥镇开展协商议事活动。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Id == "place:320923112");
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Id == "place:430482111");
    }

    [Fact]
    public void A_short_form_shared_by_a_city_and_its_district_is_the_city()
    {
        var graph = TestExtraction.Read("淮安在现代化新征程上展示新作为。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Id == "place:320800");
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Id == "place:320803");
    }

    [Theory]
    [InlineData("组织经济界别、企业家委员和县（市、区）政协联动调研。")]
    [InlineData("同心互联活动广泛开展。")]
    public void Ordinary_words_and_two_character_names_are_not_read_as_places_out_of_context(string sentence)
    {
        var graph = TestExtraction.Read("政协淮安市委员会工作报告\n\n" + sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name is "和县" or "同心县");
    }

    [Fact]
    public void Every_place_brings_its_chain_up_to_the_province()
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n2023年9月5日，阜宁县罗桥镇开展活动。").Graph;

        Assert.True(graph.HasRelation("PART_OF", "place:320923112", "place:320923"));
        Assert.True(graph.HasRelation("PART_OF", "place:320923", "place:320900"));
        Assert.True(graph.HasRelation("PART_OF", "place:320900", "place:320000"));
    }
}
