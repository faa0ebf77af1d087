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
    [InlineData("县政协将各镇街“委员工作室”优化为“委员议事厅”。", "upgrade")]
    [InlineData("县政协推出的“民情直通车”更名为“民情一点通”。", "upgrade")]
    [InlineData("“湖畔议事角”迭代为“东湖协商驿站”平台。", "upgrade")]
    [InlineData("县政协将“清溪议事坊”模式延伸到“云上议事厅”平台。", "extends")]
    [InlineData("作为“数字政协”的重要组成部分，“提案在线”实现全程网上办理。", "is part")]
    [InlineData("县政协打造“书香政协”品牌，与书店共建“书香政协·东湖书苑”。", "sub-brand")]
    [InlineData("县政协推广“有事好商量”+“委员工作室”模式。", "joined")]
    [InlineData("“书香政协”品牌下设“委员讲堂”。", "within")]
    [InlineData("县政协以“书香政协”为统领，打造“委员讲堂”。", "means")]
    [InlineData("县政协推进“智慧政协”建设“登高计划”。", "programme of")]
    [InlineData("“书香政协·同心致远”读书品牌在举办“委员讲堂”中持续擦亮。", "held through")]
    [InlineData("“有事好商量”协商品牌通过开展“码上议”走进社区。", "held through")]
    [InlineData("县政协将“书香政协”打造与“委员之家”建设同规划、共推进。", "joined")]
    [InlineData("县政协以“书香政协”为主阵地，常态化开展“委员讲堂”。", "means")]
    [InlineData("县政协依托“智慧政协”应用，开通“云上议事厅”。", "means")]
    [InlineData("县政协以“智慧政协”为依托，推出“政协云”应用，打造“委员讲堂”。", "means")]
    [InlineData("县政协组织委员投身“全面推进城乡建设示范工程”，以“全面推进城乡建设示范工程”为载体，打造“委员讲堂”。", "means")]
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
    [InlineData("县政协打造“书香政协”品牌，在举办“委员讲堂”的同时开展“码上议”。")]
    [InlineData("县政协将各镇街“委员工作室”升级为“省级示范点”。")]
    [InlineData("“书香政协”在举办“委员讲堂”。")]
    [InlineData("县政协打造“书香政协”与“委员之家”，两项工作同步推进。")]
    [InlineData("县政协以“书香政协”为阵地。县政协开展“委员讲堂”。")]
    [InlineData("县政协推出“园区协商”“田坎协商”“楼栋协商”品牌。全省政协形成了助推园区发展的“园区协商”、助推乡村振兴的“田坎协商”、助力社区治理的“楼栋协商”共同发力的格局。")]
    public void Initiatives_only_listed_or_named_in_one_section_are_not_related(string text)
    {
        var graph = TestExtraction.Read(County + text).Graph;

        Assert.True(graph.OfLabel("Initiative").Count() >= 2, "the fixture names two initiatives");
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }

    // The other quote is what is consulted on, a place, members' roles or the people a scheme
    // joins: no initiative, so nothing to relate the platform to; a mechanism followed
    // (按照“B”机制) is a second means beside the platform, not run on it.
    [Theory]
    [InlineData("县政协依托“清江好商量”融媒体平台，开展“茶产业提质增效”“竹产业转型升级”等全媒体协商。")]
    [InlineData("县政协通过“请你来商量”协商议事平台，推进“云雾山”景区建设。")]
    [InlineData("县政协通过“两级联动”工作架构，发挥委员“四员”（政策“宣讲员”、民情“信息员”）作用。")]
    [InlineData("县政协建立“民族委员+律师委员+社工+家长”的“二帮一”关爱机制。")]
    [InlineData("县政协通过“清江好商量”协商议事平台，按照“事前商、事中督”工作机制，开展协商。")]
    public void A_platform_is_related_to_no_topic_place_role_or_participants_named_beside_it(string text)
    {
        var graph = TestExtraction.Read(County + text).Graph;

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

    [Fact]
    public void A_brand_held_through_several_activities_is_related_to_each_of_them()
    {
        const string Sentence = "“书香政协”读书品牌在举办“委员讲堂”“界别书会”和“码上议”中持续擦亮。";
        var graph = TestExtraction.Read(County + Sentence).Graph;

        var related = graph.Relations.Where(r => r.Type == "RELATED_TO").ToList();
        Assert.Equal(3, related.Count);
        Assert.All(related, r => Assert.Contains("initiative:书香政协", new[] { r.From, r.To }));
    }

    [Fact]
    public void A_sub_brand_is_related_by_name_to_a_brand_the_document_names_on_its_own_with_both_sentences_as_evidence()
    {
        const string Brand = "县政协持续打造“书香政协”品牌。";
        const string Child = "县政协与书店共建的“书香政协·东湖书苑”揭牌开放。";
        var graph = TestExtraction.Read(County + Brand + "\n" + Child).Graph;

        var related = Assert.Single(graph.Relations, r => r.Type == "RELATED_TO");
        Assert.Equal(["initiative:书香政协", "initiative:书香政协·东湖书苑"], new[] { related.From, related.To }.Order());
        Assert.Equal("linked in 1 sentence(s): sub-brand", ((string[])related.Properties["reasons"])[0]);
        Assert.Equal([Child, Brand], related.Evidence.Select(e => e.Text));
    }

    [Fact]
    public void A_brand_read_only_inside_its_sub_brands_names_relates_nothing_by_name()
    {
        var graph = TestExtraction.Read(County + "县政协与书店共建的“书香政协·东湖书苑”揭牌开放。\n“书香政协·西湖书苑”同日开放。").Graph;

        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }

    [Theory]
    [InlineData("县政协深入实施“数据+”行动。\n县政协打造“数据+医疗”典型应用场景5个。")]
    [InlineData("县政协深入实施“数据+”行动。\n县政协加快推进“数据+医疗”应用发展。")]
    [InlineData("县政协深入实施“数据+”行动。\n县政协拓展“数据+养老”领域合作。")]
    public void A_field_or_scenario_named_after_a_programme_is_no_sub_brand_of_it(string text)
    {
        var graph = TestExtraction.Read(County + text).Graph;

        Assert.Contains("数据+", graph.OfLabel("Initiative").Select(n => n.Name));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }

    [Fact]
    public void Two_lines_of_policy_joined_as_two_hands_are_no_initiatives()
    {
        var graph = TestExtraction.Read(County + "县政协坚持“严厉打击违法占地”和“大力推动节约用地”两手并用。").Graph;

        Assert.Empty(graph.OfLabel("Initiative"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }
}
