using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Answers;

/// <summary>
/// How questions are read: the same shape whichever way a researcher words it, the entity found
/// through the graph's names, aliases and places, and a name the graph does not hold said so.
/// </summary>
public class QuestionReaderTests
{
    private const string Huaian = "committee:政协淮安市委员会";
    private const string Yancheng = "committee:政协盐城市委员会";

    private static readonly ExtractionVocabulary Vocabulary = ExtractionVocabulary.Load();

    // Two city committees (市政协 is 淮安's alias only, so that a glued 苏州市政协 is tested
    // against a unique alias), their places, a person and an initiative.
    private static async Task<(TempFolder Folder, IGraphStore Store)> GraphAsync()
    {
        var folder = new TempFolder();
        var store = GraphStores.Create(new GraphStoreOptions { DataFolder = folder.Path }, GraphSchema.Load());
        await store.InitializeAsync();
        var document = new Node("doc:a", "Document", "工作报告");
        var evidence = new Evidence("doc:a", "doc:a:s1:p1:t1", 0, 3, "通过“码”上议平台征集议题。");
        Node Place(string code, string name, string alias) => new($"place:{code}", "Place", name)
        {
            Aliases = [alias],
            Properties = new Dictionary<string, object> { ["code"] = code, ["level"] = "city", ["province"] = "江苏省" },
            Evidence = [evidence],
        };
        Node Committee(string id, string place, params string[] aliases) => new(id, "Committee", id["committee:".Length..])
        {
            Aliases = aliases,
            Properties = new Dictionary<string, object> { ["level"] = "市", ["place"] = place },
            Evidence = [evidence],
        };
        await store.ReplaceDocumentAsync(new DocumentGraph(
            document,
            [
                Place("320800", "淮安市", "淮安"),
                Place("320900", "盐城市", "盐城"),
                Committee(Huaian, "place:320800", "市政协", "淮安政协"),
                Committee(Yancheng, "place:320900", "盐城市政协"),
                new Node("initiative:码上议", "Initiative", "码上议") { Aliases = ["“码”上议"], Evidence = [evidence] },
                new Node("person:戚寿余", "Person", "戚寿余") { Evidence = [evidence] },
            ],
            [
                new Relation("LOCATED_IN", Huaian, "place:320800") { Evidence = [evidence] },
                new Relation("LOCATED_IN", Yancheng, "place:320900") { Evidence = [evidence] },
            ],
            []));
        return (folder, store);
    }

    private static async Task<QuestionReading> ReadAsync(string question)
    {
        var (folder, store) = await GraphAsync();
        await using var _ = store;
        using var __ = folder;
        return await new QuestionReader(store, Vocabulary, TestSegmenters.Cppcc).ReadAsync(question);
    }

    [Theory]
    [InlineData("淮安市政协获得了哪些奖项？")]
    [InlineData("淮安政协有哪些荣誉")]
    [InlineData("政协淮安市委员会获过什么奖")]
    [InlineData("淮安市政协的获奖情况")]
    [InlineData("淮安市政协受到过哪些表彰？")]
    public async Task Awards_questions_are_read_as_the_awards_of_the_committee_however_it_is_named(string question)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Awards, Huaian), (reading.Shape, reading.Entity?.Id));
    }

    [Theory]
    [InlineData("淮安市政协的主席是谁？", "主席")]
    [InlineData("谁是淮安市政协主席", "主席")]
    [InlineData("淮安市政协主席叫什么名字", "主席")]
    [InlineData("淮安市政协有哪些副主席", "副主席")]
    [InlineData("淮安市政协的秘书长是谁", "秘书长")]
    public async Task Role_questions_name_the_committee_and_the_title(string question, string role)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Roles, Huaian, role), (reading.Shape, reading.Entity?.Id, reading.Role));
    }

    [Theory]
    [InlineData("戚寿余担任什么职务？")]
    [InlineData("戚寿余的职务是什么")]
    [InlineData("戚寿余有哪些职务")]
    public async Task Questions_on_a_persons_roles_name_the_person(string question)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Roles, "person:戚寿余"), (reading.Shape, reading.Entity?.Id));
    }

    [Theory]
    [InlineData("淮安市政协2023年开展了哪些调研？", 2023, "调研", null)]
    [InlineData("2023年淮安市政协开展了什么调研", 2023, "调研", null)]
    [InlineData("淮安市政协在2023年做了哪些走访", 2023, "走访", null)]
    [InlineData("淮安市政协拜访过哪些企业", null, "走访", null)]
    [InlineData("淮安市政协在民营经济方面开展了哪些活动", null, null, "民营经济")]
    [InlineData("淮安政协2024年做了什么工作", 2024, null, null)]
    public async Task Activity_questions_name_the_committee_the_year_the_kind_and_the_topic(string question, int? year, string? activity, string? topic)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Activities, Huaian), (reading.Shape, reading.Entity?.Id));
        Assert.Equal((year, activity, topic), (reading.Year, reading.Activity, reading.Topic));
    }

    [Theory]
    [InlineData("盐城市政协打造了哪些平台？")]
    [InlineData("盐城市政协有哪些品牌")]
    [InlineData("盐城有哪些履职平台")]
    public async Task Initiative_questions_name_the_committee_or_its_place(string question)
    {
        var reading = await ReadAsync(question);

        Assert.Equal(QuestionShape.Initiatives, reading.Shape);
        Assert.Contains(reading.Entity?.Id, new[] { Yancheng, "place:320900" });
    }

    [Theory]
    [InlineData("哪些委员提出了提案？", "Person", "提案")]
    [InlineData("哪些政协开展了民营经济走访", "Committee", "走访")]
    [InlineData("哪些县区政协开展了调研", "Committee", "调研")]
    public async Task Which_actors_questions_name_who_is_asked_for_and_what_they_did(string question, string label, string activity)
    {
        var reading = await ReadAsync(question);

        Assert.Equal(QuestionShape.Actors, reading.Shape);
        Assert.Equal([label], reading.Labels);
        Assert.Equal(activity, reading.Activity);
    }

    [Fact]
    public async Task County_and_district_committees_are_asked_for_by_their_level()
    {
        var reading = await ReadAsync("哪些县区政协开展了调研");

        Assert.Equal(["县", "区"], reading.Levels);
    }

    [Theory]
    [InlineData("哪些城市开展了民营经济走访？", "民营经济", "走访")]
    [InlineData("民企调研在哪些地方开展", "民营经济", "调研")]
    [InlineData("哪些市开展了视察", null, "视察")]
    [InlineData("哪些城市开展了调研？", null, "调研")]
    public async Task Which_cities_questions_name_a_topic_or_an_activity(string question, string? topic, string? activity)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Cities, topic, activity), (reading.Shape, reading.Topic, reading.Activity));
    }

    [Theory]
    [InlineData("码上议和戚寿余有什么关系？", "initiative:码上议", "person:戚寿余")]
    [InlineData("淮安市政协与盐城市政协之间有什么联系", Huaian, Yancheng)]
    [InlineData("戚寿余跟“码”上议是怎么联系起来的", "person:戚寿余", "initiative:码上议")]
    public async Task Connection_questions_name_both_ends(string question, string from, string to)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Path, from, to), (reading.Shape, reading.Entity?.Id, reading.Other?.Id));
    }

    [Theory]
    [InlineData("淮安市政协哪一年开展的协商最多？", CountGrouping.Year, CountedThing.Activities, "协商")]
    [InlineData("哪个城市开展的走访最多？", CountGrouping.City, CountedThing.Activities, "走访")]
    [InlineData("哪一年获奖最多", CountGrouping.Year, CountedThing.Awards, null)]
    [InlineData("各年份开展了多少次调研", CountGrouping.Year, CountedThing.Activities, "调研")]
    public async Task Counting_questions_say_what_is_counted_and_by_what(string question, CountGrouping groupBy, CountedThing counted, string? activity)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Counts, groupBy, counted, activity), (reading.Shape, reading.GroupBy, reading.Counted, reading.Activity));
    }

    [Theory]
    [InlineData("苏州市政协获得了哪些奖项？", "苏州市政协")]
    [InlineData("苏州市政协的主席是谁", "苏州市政协")]
    [InlineData("无锡市政协2023年开展了哪些调研", "无锡市政协")]
    [InlineData("张三是谁", "张三")]
    public async Task A_question_about_a_name_the_graph_does_not_hold_is_not_found_even_when_it_ends_in_a_known_alias(string question, string name)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.NotFound, name), (reading.Shape, reading.Name));
        Assert.Null(reading.Entity);
    }

    [Fact]
    public async Task Related_and_who_questions_link_the_entity_they_name_even_in_quotes()
    {
        var related = await ReadAsync("“码”上议与哪些平台相关？");
        var who = await ReadAsync("戚寿余是谁");

        Assert.Equal((QuestionShape.Related, "initiative:码上议"), (related.Shape, related.Entity?.Id));
        Assert.Equal(["Initiative"], related.Labels);
        Assert.Equal((QuestionShape.Entity, "person:戚寿余"), (who.Shape, who.Entity?.Id));
    }

    [Theory]
    [InlineData("政协委员应当如何提升履职能力")]
    [InlineData("哪些城市")]
    public async Task What_has_no_shape_and_names_nothing_becomes_a_search(string question)
    {
        var reading = await ReadAsync(question);

        Assert.Equal((QuestionShape.Search, question), (reading.Shape, reading.Text));
    }
}
