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
    public void A_committee_named_inside_its_party_group_adopts_once_without_failing()
    {
        // The committee (某县政协) is read inside the body that holds the meeting (某县政协党组).
        var graph = TestExtraction.Read("县政协召开党组会议\n\n5月8日，隆德县政协党组会议召开，研究修订委员联系群众工作制度等12项，制定《隆德县政协委员工作站建设方案》。").Graph;

        var rule = Assert.Single(graph.OfLabel("Regulation"), r => r.Name == "隆德县政协委员工作站建设方案");
        var adopters = graph.Relations.Where(r => r.Type == "ADOPTED" && r.To == rule.Id).Select(r => r.From).ToList();
        Assert.Single(adopters);
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

    [Theory]
    [InlineData("全面推行居家养老护理补贴制度。", "居家养老护理补贴制度")]
    [InlineData("出台城市更新条例实施办法。", "城市更新条例实施办法")]
    [InlineData("认真学习《某某省数字经济促进条例》。", "某某省数字经济促进条例")]
    [InlineData("审议通过《某某市国民经济和社会发展第十五个五年规划纲要（草案）》。", "某某市国民经济和社会发展第十五个五年规划纲要（草案）")]
    public void A_rule_is_named_without_the_verb_that_carries_it_out(string sentence, string name)
    {
        var graph = TestExtraction.Read(Yancheng + sentence).Graph;

        Assert.Equal(name, Assert.Single(graph.OfLabel("Regulation")).Name);
    }

    [Theory]
    [InlineData("完善共建共治共享的基层治理制度。")]
    [InlineData("研究市场化的项目融资办法。")]
    [InlineData("健全以绩效为导向的资金分配制度。")]
    [InlineData("落实带薪休假、育儿补贴制度。")]
    [InlineData("推行长期照护保险制度。")]
    public void Policies_described_or_listed_are_not_named_rules(string sentence)
    {
        var graph = TestExtraction.Read(Yancheng + sentence).Graph;

        Assert.Empty(graph.OfLabel("Regulation"));
    }
}
