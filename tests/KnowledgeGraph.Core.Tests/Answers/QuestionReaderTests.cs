using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Answers;

public class QuestionReaderTests
{
    private static readonly ExtractionVocabulary Vocabulary = ExtractionVocabulary.Load();

    private static async Task<(TempFolder Folder, IGraphStore Store)> GraphAsync()
    {
        var folder = new TempFolder();
        var store = GraphStores.Create(new GraphStoreOptions { DataFolder = folder.Path }, GraphSchema.Load());
        await store.InitializeAsync();
        var document = new Node("doc:a", "Document", "工作报告");
        var evidence = new Evidence("doc:a", "doc:a:s1:p1:t1", 0, 3, "通过“码”上议平台征集议题。");
        await store.ReplaceDocumentAsync(new DocumentGraph(
            document,
            [
                new Node("initiative:码上议", "Initiative", "码上议") { Aliases = ["“码”上议"], Evidence = [evidence] },
                new Node("person:戚寿余", "Person", "戚寿余") { Evidence = [evidence] },
            ],
            [],
            []));
        return (folder, store);
    }

    [Theory]
    [InlineData("哪些城市开展了民营经济走访？", "民营经济", "走访")]
    [InlineData("民企调研在哪些地方开展", "民营经济", "调研")]
    [InlineData("哪些市开展了视察", null, "视察")]
    public async Task Which_cities_questions_name_a_topic_or_an_activity(string question, string? topic, string? activity)
    {
        var (folder, store) = await GraphAsync();
        await using var _ = store;
        using var __ = folder;

        var reading = await new QuestionReader(store, Vocabulary).ReadAsync(question);

        Assert.Equal(QuestionShape.Cities, reading.Shape);
        Assert.Equal(topic, reading.Topic);
        Assert.Equal(activity, reading.Activity);
    }

    [Fact]
    public async Task Related_and_who_questions_link_the_entity_they_name_even_in_quotes()
    {
        var (folder, store) = await GraphAsync();
        await using var _ = store;
        using var __ = folder;
        var reader = new QuestionReader(store, Vocabulary);

        var related = await reader.ReadAsync("“码”上议与哪些平台相关？");
        var who = await reader.ReadAsync("戚寿余是谁");

        Assert.Equal((QuestionShape.Related, "initiative:码上议"), (related.Shape, related.Entity?.Id));
        Assert.Equal(["Initiative"], related.Labels);
        Assert.Equal((QuestionShape.Entity, "person:戚寿余"), (who.Shape, who.Entity?.Id));
    }

    [Theory]
    [InlineData("张三是谁")]
    [InlineData("营商环境方面做了什么工作")]
    [InlineData("哪些城市")]
    public async Task What_names_nothing_known_becomes_a_search(string question)
    {
        var (folder, store) = await GraphAsync();
        await using var _ = store;
        using var __ = folder;

        var reading = await new QuestionReader(store, Vocabulary).ReadAsync(question);

        Assert.Equal(QuestionShape.Search, reading.Shape);
        Assert.Equal(question, reading.Text);
    }
}
