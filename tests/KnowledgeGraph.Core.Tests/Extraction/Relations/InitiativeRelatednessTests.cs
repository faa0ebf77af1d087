namespace KnowledgeGraph.Core.Tests.Extraction.Relations;

// RELATED_TO needs a sentence that links the two initiatives; sentences written for these tests.
public class InitiativeRelatednessTests
{
    private const string County = "政协涟水县委员会2025年工作回顾\n\n";

    [Theory]
    [InlineData("县政协以“码上议”为抓手，深入推进“有事好商量”协商平台建设。", "joined or means")]
    [InlineData("依托“智慧政协”平台，县政协建成“云履职”系统。", "means")]
    [InlineData("县政协推动“书香政协”与“委员讲堂”深度融合。", "joined")]
    [InlineData("县政协在“数字政协”平台建立“云履职”系统。", "within")]
    [InlineData("县政协将“委员讲堂”纳入“书香政协”建设。", "made part")]
    [InlineData("县政协以“书香政协”建设推动“委员讲堂”提质增效。", "drives")]
    public void A_sentence_that_links_two_initiatives_relates_them_with_that_sentence_as_evidence(string sentence, string _)
    {
        var reading = TestExtraction.Read(County + sentence);

        var related = Assert.Single(reading.Graph.Relations, r => r.Type == "RELATED_TO");
        Assert.InRange((double)related.Properties["weight"], 0.0, 1.0);
        Assert.StartsWith("linked in 1 sentence(s)", ((string[])related.Properties["reasons"])[0], StringComparison.Ordinal);
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
    public void Initiatives_only_listed_or_named_in_one_section_are_not_related(string text)
    {
        var graph = TestExtraction.Read(County + text).Graph;

        Assert.True(graph.OfLabel("Initiative").Count() >= 2, "the fixture names two initiatives");
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO");
    }
}
