using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Reporters named in brackets after a wire dateline, and a committee's former leaders (原主席) named
// in its news; sentences written for these tests (made-up names, the genre's patterns).
public class PeopleOfDatelinesAndFormerTitlesTests
{
    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static bool HasRole(DocumentGraph graph, string name, string role, string body) =>
        graph.Relations.Any(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role && r.To == body);

    private static IReadOnlyList<string> Roles(DocumentGraph graph, string name) =>
        [.. graph.OfLabel("Person").Where(n => n.Name == name).SelectMany(n => n.Properties.GetValueOrDefault("roles") as string[] ?? [])];

    [Fact]
    public void Names_in_brackets_after_a_wire_dateline_are_reporters_of_the_medium_opening_it()
    {
        var graph = Read("中新网西宁3月2日电 (张明远 李晓红)2日上午，青海省政协召开新闻发布会，介绍大会筹备情况。");

        Assert.True(HasRole(graph, "张明远", "记者", "body:中新网"));
        Assert.True(HasRole(graph, "李晓红", "记者", "body:中新网"));
    }

    [Fact]
    public void A_reporter_after_a_sites_news_line_closed_by_xiaoxi_is_the_sites()
    {
        var graph = Read("某广网银川1月20日消息（记者王晓峰）宁夏回族自治区政协十二届四次会议20日上午在银川开幕。");

        Assert.True(HasRole(graph, "王晓峰", "记者", "body:某广网"));
    }

    [Fact]
    public void Names_in_brackets_closing_a_story_stay_its_authors_of_no_medium()
    {
        var graph = Read("政协安康市委员会\n中新网的记者也到会采访。委员们围绕乡村振兴建言献策。（张明远 李晓红）");

        Assert.Equal(["作者"], Roles(graph, "张明远"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:张明远");
    }

    [Fact]
    public void A_former_chair_and_vice_chair_of_the_committee_named_before_them_hold_those_titles_there()
    {
        var graph = Read("政协赤水市委员会\n市领导王某刚、李某华，市政协原主席周立民，原副主席吴秀英等参加座谈。");

        Assert.True(HasRole(graph, "周立民", "原主席", "committee:政协赤水市委员会"));
        Assert.True(HasRole(graph, "吴秀英", "原副主席", "committee:政协赤水市委员会"));
        Assert.False(graph.HasRelation("LEADS", "person:周立民", "committee:政协赤水市委员会"));
    }

    [Fact]
    public void Yuan_before_a_chair_in_running_prose_is_no_former_title_of_a_name()
    {
        var graph = Read("政协赤水市委员会\n会议原定由市政协主席周立民主持。");

        Assert.True(HasRole(graph, "周立民", "主席", "committee:政协赤水市委员会"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "HAS_ROLE" && r.Key == "原主席");
    }
}
