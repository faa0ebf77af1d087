namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts that stay counted beside the words that drop a meeting's agenda items and applause: the year's
// consultation agenda (协商议程) is a committee's work, and applause won after a count in 场 leaves the
// count alone. Sentences written for these tests (the review's probes).
public class AgendaAndApplauseLimitsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string document) =>
        [.. TestExtraction.Read(document).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    [Theory]
    [InlineData("全年完成协商议程8项。", 8.0)]
    [InlineData("全年落实协商议程12项。", 12.0)]
    [InlineData("委员宣讲团深入基层宣讲40场并赢得群众阵阵掌声。", 40.0)]
    public void Consultation_agendas_and_counts_before_applause_are_counted(string sentence, double figure)
    {
        Assert.Equal(figure, (double)Assert.Single(Counted(County + sentence)).Properties["value"]);
    }
}
