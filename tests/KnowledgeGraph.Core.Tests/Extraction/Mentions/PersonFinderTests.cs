namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class PersonFinderTests
{
    private const string Huaian = "政协淮安市委员会工作报告\n\n";

    [Theory]
    [InlineData("市政协主席戚寿余作工作报告。", "戚寿余")]
    [InlineData("市政协副主席王平主持会议。", "王平")]
    [InlineData("省政协主席张义珍带队调研。", "张义珍")]
    public void A_name_after_a_committee_title_stops_before_the_verb_it_is_glued_to(string sentence, string name)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Equal([name], graph.OfLabel("Person").Select(p => p.Name));
    }

    [Fact]
    public void Bylines_list_names_separated_by_spaces()
    {
        var graph = TestExtraction.Read(Huaian + "通讯员 王玉峰 王荣荣").Graph;

        Assert.Equal(["王玉峰", "王荣荣"], graph.OfLabel("Person").Select(p => p.Name).Order());
        Assert.All(graph.OfLabel("Person"), p => Assert.Equal(["通讯员"], (string[])p.Properties["roles"]));
    }

    [Theory]
    [InlineData("通讯员 王玉峰。")]
    [InlineData("通讯员。")]
    [InlineData("通讯员 王玉峰 。王荣荣")]
    [InlineData("本版策划：")]
    public void A_byline_ends_at_the_first_thing_that_is_not_a_name(string byline)
    {
        var graph = TestExtraction.Read(Huaian + byline).Graph;

        Assert.DoesNotContain(graph.OfLabel("Person"), p => p.Name == "王荣荣");
    }

    [Fact]
    public void A_title_without_a_name_after_it_makes_no_person()
    {
        var graph = TestExtraction.Read(Huaian + "由市政协主席会议成员带队开展调研。").Graph;

        Assert.Empty(graph.OfLabel("Person"));
    }

    [Theory]
    [InlineData("来自各界的政协委员齐聚一堂，共商发展大计。")]
    [InlineData("与会政协委员高度评价报告。")]
    public void A_title_before_a_word_that_opens_with_a_surname_names_no_one(string sentence)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Empty(graph.OfLabel("Person"));
    }
}
