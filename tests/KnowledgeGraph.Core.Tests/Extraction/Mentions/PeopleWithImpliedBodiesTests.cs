using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// The body a role is held in when the text implies it (政协副主席 in a committee's own news, a
// session's 执行主席, 常务副主席 after its committee), and people elected after being named once
// already; sentences written for these tests (made-up names, the genre's patterns).
public class PeopleWithImpliedBodiesTests
{
    private const string County = "涟水县政协工作动态\n";
    private const string Lianshui = "committee:政协涟水县委员会";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static bool HasRole(DocumentGraph graph, string name, string role, string body) =>
        graph.Relations.Any(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role && r.To == body);

    [Theory]
    [InlineData("会上，政协副主席祁某川作常委会工作报告。", "祁某川", "副主席")]
    [InlineData("县政协党组副书记、政协副主席鲍某宁主持会议。", "鲍某宁", "副主席")]
    [InlineData("会议审议了政协副主席蔺某山作的常委会工作报告。", "蔺某山", "副主席")]
    [InlineData("县政协常务副主席柏某林出席会议。", "柏某林", "副主席")]
    [InlineData("县政协主席蔺某山，常务副主席柏某林，副主席闵某华出席。", "闵某华", "副主席")]
    [InlineData("大会执行主席祁某川、鲍某宁在主席台前排就座。", "鲍某宁", "执行主席")]
    [InlineData("大会的执行主席是祁某川、鲍某宁、柏某林。", "柏某林", "执行主席")]
    public void A_committee_title_with_its_committee_implied_is_held_in_the_committee_speaking(string sentence, string name, string role)
    {
        Assert.True(HasRole(Read(County + sentence), name, role, Lianshui));
    }

    [Theory]
    // Another level's committee (市政协 in a county's news) is not the one speaking.
    [InlineData("市政协副主席祁某川来我县调研。", "祁某川")]
    [InlineData("省政协副主席鲍某宁一行来我县调研。", "鲍某宁")]
    [InlineData("会上，各级政协副主席柏某林等交流了经验。", "柏某林")]
    [InlineData("会上，全国政协副主席蔺某山讲话。", "蔺某山")]
    public void A_committee_of_another_level_is_not_the_committee_speaking(string sentence, string name)
    {
        var graph = Read(County + sentence);

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == name);
        Assert.DoesNotContain(graph.Relations, r => r.From == "person:" + name && r.To == Lianshui);
    }

    [Theory]
    // 是 after a title introduces names only when they close the clause.
    [InlineData("副主席是大家推选出来的。")]
    [InlineData("执行主席是会议的主持者。")]
    public void A_title_and_shi_before_no_list_of_names_makes_no_person(string sentence)
    {
        Assert.Empty(Read(County + sentence).OfLabel("Person"));
    }

    [Fact]
    public void A_name_after_a_title_and_shi_that_does_not_close_the_clause_takes_no_title()
    {
        // The name is a person (named before 等同志), but not the 执行主席: the names do not close the clause.
        var graph = Read(County + "大会的执行主席是祁某川等同志组成的主席团推选的。");

        Assert.DoesNotContain(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:祁某川");
        Assert.All(graph.OfLabel("Person"), p => Assert.Empty(p.Properties.GetValueOrDefault("roles") as string[] ?? []));
    }

    [Fact]
    public void People_named_before_their_election_take_the_elected_title_and_committee()
    {
        var graph = Read(County + "县政协领导祁某川、鲍某宁、柏某林在主席台就座。\n经投票选举，祁某川、鲍某宁、柏某林当选为政协涟水县第十届委员会副主席。");

        Assert.All(new[] { "祁某川", "鲍某宁", "柏某林" }, n => Assert.True(HasRole(graph, n, "副主席", Lianshui), n));
    }

    [Fact]
    public void An_elected_list_goes_on_past_a_name_a_township_shares_and_a_rare_surname()
    {
        var graph = Read(County + "经投票选举，王某山、折某、阿古拉、卢某慧当选为政协涟水县第十届委员会常务委员。");

        Assert.All(new[] { "王某山", "折某", "阿古拉", "卢某慧" }, n => Assert.True(HasRole(graph, n, "常务委员", Lianshui), n));
    }

    [Fact]
    public void Bare_titles_after_an_election_in_a_committee_are_held_in_it()
    {
        // Half-width commas as some pages write them, and the group elected in the next sentence.
        var graph = Read(County + "经投票选举,祁某川当选县政协第十届委员会主席,鲍某宁、柏某林当选副主席,闵某华当选秘书长。蔺某山等35名同志当选常务委员。");

        Assert.True(HasRole(graph, "祁某川", "主席", Lianshui));
        Assert.All(new[] { "鲍某宁", "柏某林" }, n => Assert.True(HasRole(graph, n, "副主席", Lianshui), n));
        Assert.True(HasRole(graph, "闵某华", "秘书长", Lianshui));
        Assert.True(HasRole(graph, "蔺某山", "常务委员", Lianshui));
    }

    [Fact]
    public void A_sentence_opening_with_a_bare_title_goes_on_with_the_committee_of_the_one_before()
    {
        var graph = Read(County + "市政协主席祁某川，副主席鲍某宁出席会议。副主席柏某林主持会议。");

        var city = graph.OfLabel("Committee").Single(c => c.Name.Contains("淮安", StringComparison.Ordinal)).Id;
        Assert.True(HasRole(graph, "柏某林", "副主席", city));
    }

    [Fact]
    public void A_new_paragraph_does_not_go_on_with_the_committee_of_the_one_before()
    {
        var graph = Read(County + "市政协主席祁某川出席会议。\n\n副主席柏某林主持会议。");

        Assert.DoesNotContain(graph.Relations, r => r.From == "person:柏某林" && r.To.Contains("淮安", StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_in_an_elected_list_ends_the_list_before_it()
    {
        var graph = Read(County + "会议选举王某山、盱眙、卢某慧为常务委员。");

        Assert.DoesNotContain(graph.OfLabel("Person"), p => p.Name == "盱眙");
    }
}
