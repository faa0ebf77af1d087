using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// A wire dateline cited by another page (据新华社…电), a paper's or site's dateline ending in 讯 before its
// correspondents, and a committee's presidium after 原 (原主席团成员):
// sentences written for these tests, the genre's patterns.
public class CitedDatelineAndPresidiumTests
{
    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IReadOnlyList<string> Roles(DocumentGraph graph, string name) =>
        [.. graph.OfLabel("Person").Where(n => n.Name == name).SelectMany(n => n.Properties.GetValueOrDefault("roles") as string[] ?? [])];

    [Fact]
    public void A_reporter_of_a_cited_wire_dateline_is_the_wires_not_the_citing_words()
    {
        var graph = Read("据新华社北京3月4日电（记者李明华）全国政协十四届二次会议4日下午在人民大会堂开幕。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:李明华" && r.Key == "记者" && r.To == "body:新华社");
        Assert.DoesNotContain(graph.OfLabel("Body"), b => b.Name.StartsWith('据'));
    }

    [Fact]
    public void A_correspondent_in_a_papers_dateline_is_the_papers_not_the_committees()
    {
        var graph = Read("湖南日报·新湖南客户端7月7日讯(通讯员 杨某涛 唐某军) 7月5日，芷江政协召开民主监督活动月启动会，县政协各专委会主任参加会议。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:杨某涛" && r.Key == "通讯员" && r.To == "body:湖南日报");
        Assert.DoesNotContain(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:杨某涛" && r.To.StartsWith("committee:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correspondent_after_a_sites_name_and_讯_is_the_sites()
    {
        var graph = Read("今日某县网讯（通讯员 高某）近日，县政协组织委员开展专题视察。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:高某" && r.Key == "通讯员" && r.To == "body:今日某县网");
    }

    [Theory]
    [InlineData("某某日报 5月8日讯（通讯员 孙某红）5月7日，县政协召开主席会议。", "孙某红", "通讯员")]
    [InlineData("某某日报·某某新闻APP5月8日讯（记者 周某华）5月7日，市政协召开常委会议。", "周某华", "记者")]
    public void A_papers_dated_讯_line_with_a_space_or_an_apps_name_gives_the_paper(string text, string name, string title)
    {
        var graph = Read(text);

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == $"person:{name}" && r.Key == title && r.To == "body:某某日报");
    }

    [Fact]
    public void A_reporter_of_a_media_centre_after_a_sites_dateline_is_the_centres()
    {
        var graph = Read("某某新闻网讯 某某市新闻传媒中心记者梁某荣报道：2月3日上午，市政协召开常委会议。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:梁某荣" && r.Key == "记者" && r.To == "body:某某市新闻传媒中心");
    }

    [Fact]
    public void Reporters_of_an_app_are_the_apps()
    {
        var graph = Read("中国某某网 某刻APP记者 郭某佳 艾某\n市政协委员王某某关注城市冬季供暖问题。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:郭某佳" && r.Key == "记者" && r.To == "body:某刻APP");
    }

    [Fact]
    public void A_discipline_inspection_group_leader_is_read_by_the_title()
    {
        var graph = Read("县政协主席王某民，副主席吕某坤，党组成员、派驻纪检组长张某民出席会议。");

        Assert.Contains("纪检组长", Roles(graph, "张某民"));
    }

    [Fact]
    public void A_former_presidium_member_keeps_the_presidiums_title()
    {
        var graph = Read("政协某某县委员会\n县政协原主席团成员孙国梁出席座谈会。");

        Assert.Contains("主席团成员", Roles(graph, "孙国梁"));
        Assert.DoesNotContain("原主席", Roles(graph, "孙国梁"));
    }
}
