using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Tests.Extraction.Vocabulary;

public class TopicVocabularyTests
{
    private static TopicVocabulary Topics => TestExtraction.Vocabulary.Topics;

    [Theory]
    [InlineData("民营企业", "民营经济")]
    [InlineData("民企", "民营经济")]
    [InlineData("私营企业", "民营经济")]
    [InlineData("非公有制经济", "民营经济")]
    [InlineData("优化营商环境", "营商环境")]
    [InlineData("智慧政协", "数字政协")]
    [InlineData("乡村振兴", "乡村振兴")]
    public void Synonyms_resolve_to_their_topic(string word, string topic)
    {
        Assert.Equal(topic, Topics.Resolve(word)?.Name);
    }

    [Fact]
    public void Topics_have_a_group_above_them_and_groups_list_the_topics_below()
    {
        var topic = Topics.Find("民营经济")!;
        var group = Topics.Find(topic.Broader!)!;

        Assert.Equal("经济发展", group.Name);
        Assert.Null(group.Broader);
        Assert.Contains("民营经济", group.Narrower);
        Assert.All(Topics.Topics.Where(t => t.Broader is not null), t => Assert.Contains(t.Name, Topics.Find(t.Broader!)!.Narrower));
    }

    [Fact]
    public void Expanding_a_word_gives_its_topic_and_every_synonym_and_a_group_its_topics_too()
    {
        Assert.Contains("民企", Topics.Expand("民营企业"));
        Assert.Contains("民营经济", Topics.Expand("民营企业"));
        Assert.Contains("民营企业", Topics.Expand("经济发展"));
        Assert.Equal(["没有的词"], Topics.Expand("没有的词"));
    }

    [Fact]
    public void A_synonym_claimed_by_two_topics_is_refused_with_both_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "groups": [ { "name": "甲", "narrower": [ { "name": "乙", "synonyms": ["丙"] }, { "name": "丁", "synonyms": ["丙"] } ] } ] }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TopicVocabulary.Load(path));
            Assert.Contains("'乙'", error.Message);
            Assert.Contains("'丁'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
