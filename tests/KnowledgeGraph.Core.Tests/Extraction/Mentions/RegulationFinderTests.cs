namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class RegulationFinderTests
{
    private const string Yancheng = "政协盐城市委员会工作报告\n\n";

    [Fact]
    public void A_revised_rule_is_adopted_by_the_committee_speaking()
    {
        var graph = TestExtraction.Read(Yancheng + "修订《委员履职服务管理工作办法》。").Graph;

        var rule = Assert.Single(graph.OfLabel("Regulation"));
        Assert.Equal(("委员履职服务管理工作办法", "办法"), (rule.Name, (string)rule.Properties["kind"]));
        Assert.True(graph.HasRelation("ADOPTED", "committee:政协盐城市委员会", rule.Id));
    }

    [Fact]
    public void A_rule_that_is_only_applied_is_named_but_not_adopted()
    {
        var graph = TestExtraction.Read(Yancheng + "严格执行重大事项请示报告制度。").Graph;

        var rule = Assert.Single(graph.OfLabel("Regulation"));
        Assert.Equal("重大事项请示报告制度", rule.Name);
        Assert.DoesNotContain(graph.Relations, r => r.Type == "ADOPTED");
    }

    [Theory]
    [InlineData("不断健全联系制度。")]
    [InlineData("完善政协民主监督和委员联系界别群众制度机制。")]
    [InlineData("严格落实党风廉政建设各项规定。")]
    [InlineData("落实清单管理、履职承诺、跟踪问效等制度。")]
    public void Generic_rules_are_not_named_rules(string sentence)
    {
        var graph = TestExtraction.Read(Yancheng + sentence).Graph;

        Assert.Empty(graph.OfLabel("Regulation"));
    }
}
