using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named without a title before them, where the clause says a person acts, and words that
// only look like names; in sentences written for these tests (made-up names, the genre's patterns).
public class PeopleInClausesTests
{
    private const string County = "涟水县政协工作动态\n";

    [Theory]
    [InlineData("1月12日，孙某文受政协涟水县第九届委员会常务委员会委托，向大会报告提案工作。", "孙某文")]
    [InlineData("开幕会上，周某宁代表县政协常委会向大会作工作报告。", "周某宁")]
    [InlineData("1月20日，买某·阿不都热某代表县政协常委会，向大会报告工作。", "买某·阿不都热某")]
    [InlineData("6月3日，市政协研究室钱某勇一行到涟水调研。", "钱某勇")]
    [InlineData("随后，何某林一行先后来到两家企业。", "何某林")]
    [InlineData("全县道德模范数量居全市前列，曹某祥被授予“时代楷模”称号。", "曹某祥")]
    [InlineData("会上，农工党支部荣获先进集体，冯某民获个人一等奖。", "冯某民")]
    [InlineData("自觉同以习近平同志为核心的党中央保持高度一致。", "习近平")]
    [InlineData("县委第一书记韩某兼任县政协主席。", "韩某")]
    public void A_person_acting_in_a_clause_is_read_without_a_title_before_the_name(string sentence, string name)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == name);
    }

    [Fact]
    public void Names_listed_before_an_award_are_each_honoured()
    {
        var graph = TestExtraction.Read(County + "评选中，邹某平获三等奖、吴某彦、陆某年和潘某雯获优秀奖。").Graph;

        Assert.All(new[] { "邹某平", "吴某彦", "陆某年", "潘某雯" }, n => Assert.Contains(graph.OfLabel("Person"), p => p.Name == n));
    }

    [Theory]
    [InlineData("委员们在协同发展中贡献政协力量。 (程某 高吕某杏)")]
    [InlineData("委员们在协同发展中贡献政协力量。（程某高吕某杏）")]
    public void Authors_in_brackets_after_the_last_sentence_are_authors(string paragraph)
    {
        var graph = TestExtraction.Read(County + paragraph + "\n新闻推荐").Graph;

        Assert.All(new[] { "程某", "高吕某杏" }, n => Assert.Contains(graph.OfLabel("Person"), p => p.Name == n && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains("作者")));
    }

    [Theory]
    [InlineData("不断拓宽委员履职渠道，提升群众参与感。")]
    [InlineData("推动政协委员常态化履职，密切联系群众。")]
    [InlineData("宁德时代获“中国工业大奖”，全省获评示范县3个。")]
    [InlineData("考察组一行先后来到园区，一行人分头走访。")]
    [InlineData("各位委员、同志们，请列席会议的同志提出意见。")]
    [InlineData("我代表县政协常委会向大会报告工作。")]
    [InlineData("高品质建设长江国家文化公园（江苏段），建成淮河（江苏段）文化旅游环线。")]
    public void Words_in_those_clauses_that_are_not_names_make_no_person(string sentence)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Empty(graph.OfLabel("Person"));
    }

    [Fact]
    public void A_title_after_the_first_secretary_keeps_the_party_committee()
    {
        var graph = TestExtraction.Read(County + "县委第一书记韩某兼任县政协主席。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:韩某" && r.Key == "第一书记" && r.To == "body:中共涟水县委员会");
    }
}
