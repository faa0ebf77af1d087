using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Reporters, correspondents, photographers and editors in the forms news pages credit them
// (the names are made up; the forms are the genre's).
public class BylineFormsTests
{
    private const string County = "政协三门县委员会工作动态\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IReadOnlyList<string> People(string text) => [.. Read(text).OfLabel("Person").Select(n => n.Name)];

    private static IReadOnlyList<string> Roles(DocumentGraph graph, string name) =>
        [.. graph.OfLabel("Person").Where(n => n.Name == name).SelectMany(n => n.Properties.GetValueOrDefault("roles") as string[] ?? [])];

    [Fact]
    public void Reporter_and_editor_lines_closing_a_story_are_read_with_their_roles()
    {
        var graph = Read(County + "县政协召开常委会议。\n履职为民工作进一步深化\n记者:杨某丽\n编辑:李某静\n欢迎投稿。");

        Assert.Contains("记者", Roles(graph, "杨某丽"));
        Assert.Contains("编辑", Roles(graph, "李某静"));
    }

    [Fact]
    public void A_reporter_whose_name_the_page_broke_onto_the_next_line_is_read()
    {
        var graph = Read(County + "本报讯(记者\n马某文)10月23日，县政协召开常委会议。");

        Assert.Contains("记者", Roles(graph, "马某文"));
    }

    [Theory]
    // Two names run together in a byline bracket split where each part is a name.
    [InlineData("本报讯(记者马秀兰乔建明)10月30日，县政协召开常委会议。", new[] { "马秀兰", "乔建明" })]
    [InlineData("本报讯（记者 李华 通讯员 周小军）10月30日，县政协召开常委会议。", new[] { "李华", "周小军" })]
    // A surname that is also a conjunction (和) stands at a byline's start.
    [InlineData("香格里拉网讯 (记者 和某君) 12日，州政协召开会议。", new[] { "和某君" })]
    // A correspondent whose title the bracket leaves out opens it before the reporter's title.
    [InlineData("本报讯（周小军 记者 李华 王某明）3月22日，县政协召开提案交办会。", new[] { "周小军", "李华", "王某明" })]
    [InlineData("某某新闻网讯（周小军 记者 李华）近日，县政协委员纷纷捐款。", new[] { "周小军", "李华" })]
    public void Names_in_a_byline_bracket_are_read(string line, string[] expected)
    {
        var people = People(County + line);

        Assert.All(expected, name => Assert.Contains(name, people));
    }

    [Fact]
    public void A_bare_name_in_brackets_after_a_news_dateline_is_the_reporter()
    {
        var graph = Read(County + "某某网1月7日讯(刘某)一年来，县政协提案委员会共收到提案629件。");

        Assert.Contains("记者", Roles(graph, "刘某"));
    }

    [Theory]
    [InlineData("文/图 王某平", "王某平", "作者")]
    [InlineData("文/王某平 图/李某红", "李某红", "摄影")]
    [InlineData("文 | 王某平", "王某平", "作者")]
    [InlineData("图：李某红", "李某红", "摄影")]
    public void Text_and_picture_credits_are_read(string credit, string name, string role)
    {
        var graph = Read(County + "县政协组织委员视察重点项目。\n" + credit);

        Assert.Contains(role, Roles(graph, name));
    }

    [Theory]
    [InlineData("初审：佟某 复审：张某洋 终审：高某强", new[] { "佟某", "张某洋", "高某强" })]
    [InlineData("一审：佟某\n二审：张某洋\n三审：高某强", new[] { "佟某", "张某洋", "高某强" })]
    [InlineData("(编辑：胡某 审核：习某文)", new[] { "胡某", "习某文" })]
    [InlineData("监制：翁某\n策划：马某江", new[] { "翁某", "马某江" })]
    [InlineData("责任编辑：\n郎某静", new[] { "郎某静" })]
    public void Editing_and_review_lines_are_read(string credit, string[] expected)
    {
        var people = People(County + "县政协组织委员视察重点项目。\n" + credit);

        Assert.All(expected, name => Assert.Contains(name, people));
    }

    [Fact]
    public void A_reporter_named_with_the_paper_gets_the_paper_as_body()
    {
        var graph = Read(County + "三门日报讯（三门日报记者 陈某安）县政协召开主席会议。");
        var role = Assert.Single(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:陈某安");

        Assert.Equal("body:三门日报", role.To);
    }

    [Fact]
    public void A_bylines_name_of_four_characters_running_to_the_end_of_the_line_is_read_whole_and_this_paper_is_the_publisher()
    {
        var graph = Read(County + "□本报记者韦某妮娜\n2024年，县政协围绕中心工作履职。");

        Assert.Contains("记者", Roles(graph, "韦某妮娜"));
        Assert.DoesNotContain(graph.OfLabel("Body"), n => n.Name == "本报");
    }

    [Fact]
    public void A_line_of_names_each_followed_by_what_they_did_for_the_text_credits_them()
    {
        var graph = Read("我在县政协工作的岁月\n章某口述 高某原整理\n那年初夏，我们来到老人家中。");

        Assert.Contains("口述", Roles(graph, "章某"));
        Assert.Contains("整理", Roles(graph, "高某原"));
    }

    [Fact]
    public void Credits_closing_a_line_the_repairs_joined_to_the_captions_below_are_read()
    {
        var graph = Read(County + "委员们纷纷表示要当好四员(苗某升 党某根 陈某)\n县政协副主席在小组参加讨论\n县政协会场 某某社发 张某宇 摄\n来自乡镇的委员在分组讨论");

        Assert.Contains("作者", Roles(graph, "党某根"));
        Assert.Contains("摄影", Roles(graph, "张某宇"));
    }

    [Fact]
    public void A_news_agencys_reporting_team_and_its_support_are_read()
    {
        var people = People(County + "县政协提案已全部办复。\n(某某社报道组:张某 张某怡 林某 后援:阎某阳)");

        Assert.All(new[] { "张某怡", "林某", "阎某阳" }, name => Assert.Contains(name, people));
    }

    [Theory]
    // Words after a byline's title that are no names stay unread.
    [InlineData("记者在现场采访中了解到，委员们深入基层。", "在现场")]
    [InlineData("文/图 均由县政协提供", "均由县")]
    public void Words_after_a_credit_that_are_no_names_are_not_read(string line, string notName)
    {
        Assert.DoesNotContain(notName, People(County + line));
    }
}
