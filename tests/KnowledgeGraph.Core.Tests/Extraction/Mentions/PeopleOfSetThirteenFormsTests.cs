using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Forms of the genre first met in set 13's tune half: party members listed after 党员 or 党外干部
// with no title, candidates after 副主席候选人, an editing chain closing the story's own line (a name
// written with a space inside), and a notice's contact person; sentences written for these tests
// (made-up names, the genre's patterns).
public class PeopleOfSetThirteenFormsTests
{
    private const string Province = "政协辽河省委员会工作动态\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static List<string> People(string text) => Read(Province + text).OfLabel("Person").Select(p => p.Name).ToList();

    [Theory]
    [InlineData("研究室党支部党员魏某平、高某峰，党外干部郑某强，共同走进社区。", new[] { "魏某平", "高某峰", "郑某强" })]
    [InlineData("机关党员干部蔡某明、罗某芳等参加了慰问。", new[] { "蔡某明", "罗某芳" })]
    public void Members_listed_after_a_party_word_are_people(string sentence, string[] expected)
    {
        var people = People(sentence);

        Assert.All(expected, name => Assert.Contains(name, people));
    }

    [Theory]
    [InlineData("各支部要实现党员全覆盖，不留死角。")]
    [InlineData("社区广泛征集党员金点子，汇聚民智。")]
    [InlineData("对新提拔的党员干部任前，开展廉政谈话。")]
    [InlineData("各村落实党员包保，责任到人。")]
    public void A_word_closing_its_clause_after_a_party_word_is_no_person(string sentence)
    {
        Assert.Empty(People(sentence));
    }

    [Fact]
    public void Two_members_after_a_party_word_without_a_unit_are_people()
    {
        Assert.Equal(new[] { "魏某平", "高某峰" }.Order(), People("党员魏某平、高某峰，主动认领服务岗位。").Order());
    }

    [Fact]
    public void One_member_after_a_units_party_word_is_a_person()
    {
        Assert.Equal(new[] { "郑某强" }, People("机关党支部党员郑某强，带头走进社区。").ToArray());
    }

    [Fact]
    public void A_word_after_a_party_word_is_no_person()
    {
        var people = People("全体党员干部要提高政治站位，党员同志要发挥先锋作用。");

        Assert.Empty(people);
    }

    [Fact]
    public void A_three_character_name_in_a_byline_keeps_its_last_character()
    {
        var people = People("县政协组织委员视察重点项目。\n编辑：段某晴 初审：邵某文 终审：柯某岚");

        Assert.Contains("柯某岚", people);
    }

    [Fact]
    public void Candidates_after_a_vice_chairs_title_are_people()
    {
        var people = People("副主席候选人汤某波、钟某，秘书长姚某龙参加会议。");

        Assert.Contains("汤某波", people);
        Assert.Contains("钟某", people);
        Assert.Contains("姚某龙", people);
    }

    [Fact]
    public void An_editing_chain_closing_the_story_line_is_read_with_a_spaced_name()
    {
        var people = People("委员们表示将继续履职尽责。 融媒体中心记者/古某江 编辑:段某晴 初审:邵某文 终审:柯 岚 扫码关注我们");

        Assert.All(new[] { "古某江", "段某晴", "邵某文", "柯岚" }, name => Assert.Contains(name, people));
        Assert.DoesNotContain("柯岚扫", people);
    }

    [Fact]
    public void A_notices_contact_person_is_a_person()
    {
        var people = People("请于会前向办公室书面请假（电话：0571-1234567，联系人：叶某英）。");

        Assert.Contains("叶某英", people);
    }

    [Fact]
    public void A_contact_word_without_a_name_is_no_person()
    {
        var people = People("各单位确定一名联系人，负责会务对接。");

        Assert.Empty(people);
    }
}
