namespace KnowledgeGraph.Core.Tests.Extraction;

public class EntityResolutionTests
{
    [Fact]
    public void The_city_committee_named_relatively_in_a_Huaian_report_is_the_Huaian_committee()
    {
        var reading = TestExtraction.ReadSeed("000");

        var committee = reading.Graph.Single("committee:政协淮安市委员会");
        Assert.Contains("市政协", committee.Aliases);
        Assert.Contains(committee.Evidence, e => reading.MentionTexts[e] == "市政协");
        Assert.DoesNotContain(reading.Graph.OfLabel("Committee"), c => c.Name.Contains("盐城", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_words_name_the_committee_of_the_document_they_are_in()
    {
        const string sentence = "一年来，市政协深入开展调研。";

        var huaian = TestExtraction.Read("政协淮安市第九届委员会常务委员会工作报告\n\n" + sentence).Graph;
        var yancheng = TestExtraction.Read("政协盐城市委员会常务委员会工作报告\n\n" + sentence).Graph;

        Assert.Contains(huaian.Passages, p => p.Text == sentence && p.EntityIds.Contains("committee:政协淮安市委员会"));
        Assert.Contains(yancheng.Passages, p => p.Text == sentence && p.EntityIds.Contains("committee:政协盐城市委员会"));
    }

    [Fact]
    public void The_qr_code_initiative_and_its_brand_compound_are_one_initiative()
    {
        var graph = TestExtraction.Read("政协淮安市委员会工作报告\n\n全市通过“码”上议平台征集意见建议。持续擦亮淮安“有事好商量—‘码’上议”工作品牌。").Graph;

        var initiative = Assert.Single(graph.OfLabel("Initiative"), n => n.Name == "码上议");
        Assert.Equal(2, initiative.Evidence.Count);
        Assert.Contains("“码”上议", initiative.Aliases);
        Assert.Contains("有事好商量—‘码’上议", initiative.Aliases);
        Assert.True(graph.HasRelation("PART_OF", "initiative:码上议", "initiative:有事好商量"));
    }

    [Fact]
    public void Both_spellings_of_the_qr_code_initiative_in_a_seed_are_one_node()
    {
        var graph = TestExtraction.ReadSeed("001").Graph;

        var initiative = Assert.Single(graph.OfLabel("Initiative"), n => n.Name.Contains("码", StringComparison.Ordinal));
        Assert.Equal("initiative:码上议", initiative.Id);
        Assert.Contains(initiative.Aliases, a => a.Contains("有事好商量", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Ids_are_the_same_across_two_runs(string seed)
    {
        var first = TestExtraction.ReadSeed(seed).Graph;
        var second = TestExtraction.ReadSeed(seed).Graph;

        Assert.Equal(first.Nodes.Select(n => n.Id), second.Nodes.Select(n => n.Id));
        Assert.Equal(first.Relations.Select(r => r.Id), second.Relations.Select(r => r.Id));
        Assert.Equal(first.Passages.Select(p => p.Id), second.Passages.Select(p => p.Id));
    }

    [Fact]
    public void Ids_do_not_depend_on_what_else_the_document_says()
    {
        var alone = TestExtraction.Read("政协淮安市委员会工作报告\n\n市政协打造“委员学法实境基地”。").Graph;
        var seed = TestExtraction.ReadSeed("000").Graph;

        Assert.Contains(alone.Nodes, n => n.Id == "initiative:委员学法实境基地");
        Assert.Contains(seed.Nodes, n => n.Id == "initiative:委员学法实境基地");
        Assert.Contains(alone.Nodes, n => n.Id == "committee:政协淮安市委员会");
    }
}
