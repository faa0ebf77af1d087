using KnowledgeGraph.Core.Tests.Extraction;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

/// <summary>The topic vocabulary knows the ways this genre names the subjects a researcher searches for.</summary>
public class SearchVocabularyTests
{
    [Theory]
    [InlineData("民营企业", "民营经济")]
    [InlineData("民企", "民营经济")]
    [InlineData("私营企业", "民营经济")]
    [InlineData("非公有制经济", "民营经济")]
    [InlineData("优化营商环境", "营商环境")]
    [InlineData("三农", "乡村振兴")]
    [InlineData("智慧政协", "数字政协")]
    [InlineData("云平台", "数字政协")]
    [InlineData("网上政协", "数字政协")]
    [InlineData("托育服务", "养老托育")]
    [InlineData("节能减排", "生态环境")]
    [InlineData("全民阅读", "书香政协")]
    public void A_way_of_naming_a_subject_resolves_to_its_topic(string word, string topic) =>
        Assert.Equal(topic, TestExtraction.Vocabulary.Topics.Resolve(word)?.Name);

    [Fact]
    public void The_subjects_the_issue_names_have_a_broader_group()
    {
        foreach (var name in new[] { "民营经济", "营商环境", "乡村振兴", "数字政协" })
        {
            Assert.NotNull(TestExtraction.Vocabulary.Topics.Find(name)?.Broader);
        }
    }
}
