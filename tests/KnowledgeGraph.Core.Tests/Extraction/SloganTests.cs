using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction;

public class SloganTests
{
    private static readonly string[] Slogans = ["两个确立", "四个意识", "四个自信", "两个维护", "象征意义", "十四五", "强富美高", "同心圆"];

    [Theory]
    [MemberData(nameof(SeedExtractionTests.Seeds), MemberType = typeof(SeedExtractionTests))]
    public void Slogans_never_become_initiatives_in_the_seeds(string seed)
    {
        var graph = TestExtraction.ReadSeed(seed).Graph;

        Assert.DoesNotContain(graph.OfLabel("Initiative"), n => Slogans.Contains(n.Name) || n.Aliases.Any(a => Slogans.Any(s => a.Contains(s, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_quoted_slogan_is_not_an_initiative_whatever_the_verb_before_it()
    {
        var graph = TestExtraction.Read("政协淮安市委员会工作报告\n\n深刻领悟“两个确立”的重大意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，打造“象征意义”。").Graph;

        Assert.Empty(graph.OfLabel("Initiative"));
    }

    [Fact]
    public void The_verb_before_a_quoted_name_tells_an_initiative_from_a_slogan()
    {
        var graph = TestExtraction.Read("政协淮安市委员会工作报告\n\n打造“委员议事厅”，创设“周末委员接待日”，坚定“实干争先”，唱响“奋进之歌”。").Graph;

        var names = graph.OfLabel("Initiative").Select(n => n.Name).ToList();
        Assert.Contains("委员议事厅", names);
        Assert.Contains("周末委员接待日", names);
        Assert.DoesNotContain("实干争先", names);
        Assert.DoesNotContain("奋进之歌", names);
    }

    [Fact]
    public void A_number_and_a_measure_word_make_a_slogan_even_when_it_is_not_listed()
    {
        Assert.True(TestExtraction.Vocabulary.Slogans.IsSlogan("三个争先"));
        Assert.True(TestExtraction.Vocabulary.Slogans.IsSlogan("五大工程"));
        Assert.False(TestExtraction.Vocabulary.Slogans.IsSlogan("一委一品"));
        Assert.False(TestExtraction.Vocabulary.Slogans.IsSlogan("三联"));
    }
}
