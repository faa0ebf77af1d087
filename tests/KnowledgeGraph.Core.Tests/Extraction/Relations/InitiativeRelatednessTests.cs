namespace KnowledgeGraph.Core.Tests.Extraction.Relations;

// RELATED_TO needs a sentence that links the two initiatives; sentences written for these tests.
public class InitiativeRelatednessTests
{
    private const string County = "政协涟水县委员会2025年工作回顾\n\n";

    [Theory]
    [InlineData("县政协以“码上议”为抓手，深入推进“有事好商量”协商平台建设。", "means")]
    [InlineData("依托“智慧政协”平台，县政协建成“云履职”系统。", "means")]
    [InlineData("县政协推动“书香政协”与“委员讲堂”深度融合。", "joined")]
    [InlineData("县政协在“数字政协”平台建立“云履职”系统。", "within")]
    [InlineData("县政协将“委员讲堂”纳入“书香政协”建设。", "made part")]
    [InlineData("县政协以“书香政协”建设推动“委员讲堂”提质增效。", "means")]
    [InlineData("县政协“书香政协”建设带动“委员讲堂”提质增效。", "drives")]
    [InlineData("“委员读书在线”以“书香政协”建设助推全民阅读。", "means")]
    [InlineData("县政协依托“智慧政协”平台开通“云上议事厅”。", "means")]
    [InlineData("依托“政务钉”建设的“掌上履职”系统上线运行。", "means")]
    [InlineData("县政协将“民情直通车”升级为“民情一点通”平台。", "upgrade")]
    [InlineData("县政协将“清溪议事坊”模式延伸到“云上议事厅”平台。", "extends")]
    [InlineData("作为“数字政协”的重要组成部分，“提案在线”实现全程网上办理。", "is part")]
    [InlineData("县政协打造“书香政协”品牌，与书店共建“书香政协·东湖书苑”。", "sub-brand")]
    [InlineData("县政协推广“有事好商量”+“委员工作室”模式。", "joined")]
    [InlineData("“书香政协”品牌下设“委员讲堂”。", "within")]
    [InlineData("县政协以“书香政协”为统领，打造“委员讲堂”。", "means")]
    [InlineData("县政协推进“智慧政协”建设“登高计划”。", "programme of")]
    public void A_sentence_that_links_two_initiatives_relates_them_with_that_sentence_as_evidence(string sentence, string kind)
    {
        var reading = TestExtraction.Read(County + sentence);

        var related = Assert.Single(reading.Graph.Relations, r => r.Type == "RELATED_TO");
        Assert.InRange((double)related.Properties["weight"], 0.0, 1.0);
        Assert.Equal("linked in 1 sentence(s): " + kind, ((string[])related.Properties["reasons"])[0]);
        var evidence = Assert.Single(related.Evidence);
        Assert.Equal(sentence, evidence.Text);
    }

    [Theory]
    [InlineData("县政协深入开展“书香政协”“委员讲堂”“码上议”等活动。")]
    [InlineData("县政协推进“书香政协”、“委员讲堂”和“码上议”建设。")]
    [InlineData("县政协推进“书香政协”和“委员讲堂”。")]
    [InlineData("县政协把“委员讲堂”办成“书香政协”的品牌活动。")]
    [InlineData("县政协统筹推进“书香政协”“委员讲堂”建设。")]
    [InlineData("县政协推进“书香政协”、“委员讲堂”衔接融合。")]
    [InlineData("县政协开展“书香政协”活动，举办“委员讲堂”12期。")]
    [InlineData("县政协开展“书香政协”活动。\n围绕乡村振兴，县政协举办“委员讲堂”12期。")]
    [InlineData("县政协开展“书香政协”活动；另外，“委员讲堂”推动委员学习。")]
    [InlineData("县政协依托“智慧政协”和“委员之家”开展协商。")]
    [InlineData("县政协依托“委员之家”平台、“智慧政协”平台开展协商。")]
    [InlineData("县政协以“清溪议事坊”、“委员之家”为载体。")]
    [InlineData("县政协打造“书香政协”和“委员讲堂”品牌。")]
    [InlineData("县政协推广“有事好商量”、“委员工作室”模式。")]
    [InlineData("县政协推进“智慧政协”建设“委员讲堂”。")]
    [InlineData("县政协将“民情直通车”和“民情一点通”升级为掌上平台。")]
    public void Initiatives_only_listed_or_named_in_one_section_are_not_related(string text)
    {
        var graph = TestExtraction.Read(County + text).Graph;

        Assert.True(graph.OfLabel("Initiative").Count() >= 2, "the fixture names two initiatives");
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }

    [Fact]
    public void Sub_brands_whose_names_hold_the_brand_are_each_related_to_it()
    {
        const string Sentence = "县政协打造“党建+”品牌矩阵，实施“党建+议事”“党建+读书”系列工程。";
        var graph = TestExtraction.Read(County + Sentence).Graph;

        var related = graph.Relations.Where(r => r.Type == "RELATED_TO").ToList();
        Assert.Equal(2, related.Count);
        Assert.All(related, r => Assert.Contains("initiative:党建+", new[] { r.From, r.To }));
        Assert.Contains(related, r => r.From == "initiative:党建+议事" || r.To == "initiative:党建+议事");
        Assert.Contains(related, r => r.From == "initiative:党建+读书" || r.To == "initiative:党建+读书");
        Assert.All(related, r => Assert.Equal(Sentence, Assert.Single(r.Evidence).Text));
    }

    [Fact]
    public void A_sub_brand_of_another_brand_listed_beside_one_is_not_related_to_it()
    {
        var graph = TestExtraction.Read(County + "县政协打造“党建+”品牌，推进“党建+议事”“文化+读书”建设。").Graph;

        var related = graph.Relations.Where(r => r.Type == "RELATED_TO").ToList();
        Assert.Contains(related, r => new[] { r.From, r.To }.Order().SequenceEqual(["initiative:党建+", "initiative:党建+议事"]));
        Assert.Contains("文化+读书", graph.OfLabel("Initiative").Select(n => n.Name));
        Assert.DoesNotContain(related, r => r.From == "initiative:文化+读书" || r.To == "initiative:文化+读书");
    }
}
