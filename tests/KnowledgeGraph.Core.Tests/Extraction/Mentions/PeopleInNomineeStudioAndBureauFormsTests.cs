namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People in forms of committee-site news: nominees, studios named after members, elections after a party's
// branch, titles after names, rarer byline surnames and bureaus named before their heads (the names are made up;
// the patterns are the genre's).
public class PeopleInNomineeStudioAndBureauFormsTests
{
    private const string County = "政协三门县委员会工作动态\n";

    private static IReadOnlyList<string> People(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_title_run_into_its_nomination_is_the_nominees_role_and_leads_nothing()
    {
        var graph = TestExtraction.Read(County + "县政协党组书记、主席提名人选黄某文，副主席提名人选钟某明、袁某出席会议，县人大常委会副主任提名人选刘某阳列席会议。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:黄某文" && r.Key == "主席提名人选" && r.To == "committee:政协三门县委员会");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:袁某" && r.Key == "副主席提名人选" && r.To == "committee:政协三门县委员会");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:刘某阳" && r.Key == "副主任提名人选");
        Assert.DoesNotContain(graph.Relations, r => r.Type == "LEADS" && r.From == "person:黄某文");
    }

    [Fact]
    public void Members_named_before_their_studios_are_members()
    {
        var graph = TestExtraction.Read(County + "调研组实地考察了何某刚、杨某等委员工作室的阵地建设。").Graph;

        Assert.Equal(["何某刚", "杨某"], graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Contains("委员", graph.OfLabel("Person").Single(n => n.Name == "杨某").Properties["roles"] as string[] ?? []);
    }

    [Theory]
    [InlineData(County + "认真落实《关于推进委员工作室建设的意见》。")]
    [InlineData(County + "这得益于政协委员工作室的建立。")]
    [InlineData(County + "县政协主席寄语委员工作室。")]
    public void A_word_ending_before_a_studio_is_no_member(string text)
    {
        Assert.Empty(People(text));
    }

    [Fact]
    public void Names_elected_right_after_a_party_branch_hold_the_title()
    {
        var graph = TestExtraction.Read(County + "民革三门县总支部李某梁、陈某燕当选县政协常委。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:陈某燕" && r.Key == "常委" && r.To == "committee:政协三门县委员会");
    }

    [Fact]
    public void Names_after_an_electing_verb_and_its_le_are_elected()
    {
        var graph = TestExtraction.Read(County + "会议增选了江某、顿珠多吉、张某为政协第十届三门县委员会副主席。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:顿珠多吉" && r.Key == "副主席");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:江某" && r.Key == "副主席");
    }

    [Fact]
    public void A_standing_member_named_before_the_title_is_of_the_committee_speaking()
    {
        var graph = TestExtraction.Read(County + "会上，王某龙常委认为，要从细微处提升软实力。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:王某龙" && r.Key == "常委" && r.To == "committee:政协三门县委员会");
    }

    [Fact]
    public void Rarer_surnames_are_read_in_bylines()
    {
        var people = People(County + "县政协组织委员开展视察。\n记者 廖某平 通讯员 敬小川\n校对：步某波");

        Assert.Contains("敬小川", people);
        Assert.Contains("步某波", people);
    }

    [Fact]
    public void A_bureau_named_before_its_heads_title_is_the_body_the_title_is_held_in()
    {
        var graph = TestExtraction.Read(County + "会上，县政协委员、民营经济服务局局长蒋某作了发言，县民政局副局长吴某某参加。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:蒋某" && r.Key == "局长" && r.To == "body:民营经济服务局");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:吴某某" && r.Key == "副局长" && r.To == "body:三门县民政局");
    }

    [Fact]
    public void A_writer_after_the_committee_that_sent_the_story_in_closing_brackets_is_its_author()
    {
        var graph = TestExtraction.Read(County + "县政协组织委员开展视察活动。\n（三门县政协 张某荣）").Graph;

        var person = Assert.Single(graph.OfLabel("Person"));
        Assert.Equal("张某荣", person.Name);
        Assert.Contains("作者", person.Properties["roles"] as string[] ?? []);
    }

    [Theory]
    [InlineData("（县卫健局 李某华 供稿）")]
    [InlineData("（县委统战部 李某华 供稿）")]
    public void A_department_sending_the_story_in_is_no_person(string credit)
    {
        var graph = TestExtraction.Read(County + "县政协组织委员开展视察活动。\n" + credit).Graph;

        Assert.Equal("李某华", Assert.Single(graph.OfLabel("Person")).Name);
    }
}
