using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People by role, in sentences written for these tests (the names are made up; the patterns are the genre's).
public class PeopleByRoleTests
{
    private const string County = "涟水县政协工作动态\n";
    private const string Province = "2026年江苏省政府工作报告\n各位代表：\n南京、苏州、无锡加快发展。\n";

    [Theory]
    [InlineData(County + "县政协主席王建林主持会议。", "王建林", "主席", "committee:政协涟水县委员会")]
    [InlineData(County + "县政协副主席 李晓东 出席会议。", "李晓东", "副主席", "committee:政协涟水县委员会")]
    [InlineData(County + "县政协委员陈某芳提出建议。", "陈某芳", "委员", "committee:政协涟水县委员会")]
    [InlineData(County + "政协委员赵文彬讲述了身边的故事。", "赵文彬", "委员", "committee:政协涟水县委员会")]
    [InlineData(County + "企业负责人孙明辉委员介绍了情况。", "孙明辉", "委员", "committee:政协涟水县委员会")]
    [InlineData(County + "县委书记周海峰出席会议。", "周海峰", "书记", "body:中共涟水县委员会")]
    [InlineData(County + "县长吴国庆强调，要抓好落实。", "吴国庆", "县长", "body:涟水县人民政府")]
    [InlineData(Province + "省长 刘小涛", "刘小涛", "省长", "body:江苏省人民政府")]
    [InlineData(Province + "江苏省省长刘小涛作报告。", "刘小涛", "省长", "body:江苏省人民政府")]
    [InlineData(Province + "省人民政府省长 刘小涛", "刘小涛", "省长", "body:江苏省人民政府")]
    public void A_title_names_the_role_and_the_body_named_or_implied(string text, string name, string role, string body)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role && r.To == body);
    }

    [Fact]
    public void Titles_joined_by_a_list_mark_each_give_a_role()
    {
        var graph = TestExtraction.Read(County + "县委副书记、县长吴国庆，县政协党组书记、主席王建林出席会议。").Graph;

        Assert.True(Role(graph, "吴国庆", "副书记", "body:中共涟水县委员会"));
        Assert.True(Role(graph, "吴国庆", "县长", "body:涟水县人民政府"));
        Assert.True(Role(graph, "王建林", "党组书记", "committee:政协涟水县委员会"));
        Assert.True(Role(graph, "王建林", "主席", "committee:政协涟水县委员会"));
    }

    [Fact]
    public void Names_listed_after_a_title_and_titles_after_a_comma_keep_the_committee()
    {
        var graph = TestExtraction.Read(County + "县政协主席王建林，副主席张立新、刘美华、钱志刚及秘书长何东升出席会议。").Graph;

        Assert.True(Role(graph, "王建林", "主席", "committee:政协涟水县委员会"));
        Assert.All(new[] { "张立新", "刘美华", "钱志刚" }, n => Assert.True(Role(graph, n, "副主席", "committee:政协涟水县委员会"), n));
        Assert.True(Role(graph, "何东升", "秘书长", "committee:政协涟水县委员会"));
    }

    [Fact]
    public void Bylines_give_reporters_of_the_medium_named_and_correspondents_of_the_committee()
    {
        var graph = TestExtraction.Read(County + "本报记者 胡某春 通讯员 王某东\n日前，涟水县政协开展走访。淮安日报记者 刘某文 摄").Graph;

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "胡某春");
        Assert.True(Role(graph, "王某东", "通讯员", "committee:政协涟水县委员会"));
        Assert.True(Role(graph, "刘某文", "记者", "body:淮安日报"));
        Assert.DoesNotContain(graph.OfLabel("Person"), p => p.Name.EndsWith('摄'));
    }

    [Fact]
    public void The_speaker_named_above_a_report_is_a_person()
    {
        var graph = TestExtraction.Read("政协某某市委员会常务委员会工作报告\n杨某松\n各位委员：\n我代表常务委员会向大会报告工作。").Graph;
        var glued = TestExtraction.Read("——2024年12月20日在政协岳阳市第九届委员会第四次会议上\n黎作某各位委员、同志们：\n我代表常务委员会向大会报告工作。").Graph;

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "杨某松");
        Assert.Contains(glued.OfLabel("Person"), p => p.Name == "黎作某");
    }

    [Theory]
    [InlineData("党组成员与党外委员谈心谈话375人次。")]
    [InlineData("牢记总书记殷殷嘱托，奋力谱写新篇章。")]
    [InlineData("县政协委员企业积极参与公益活动。")]
    [InlineData("委员们纷纷表示，将积极建言献策。")]
    [InlineData("主席会议成员带队开展调研。")]
    public void Words_after_a_title_that_are_not_names_make_no_person(string sentence)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Empty(graph.OfLabel("Person"));
    }

    private static bool Role(DocumentGraph graph, string name, string role, string body) =>
        graph.Relations.Any(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role && r.To == body);
}
