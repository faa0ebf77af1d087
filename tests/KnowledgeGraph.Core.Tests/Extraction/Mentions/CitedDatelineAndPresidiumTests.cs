using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// A wire dateline cited by another page (据新华社…电) and a committee's presidium after 原 (原主席团成员):
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
    public void A_former_presidium_member_keeps_the_presidiums_title()
    {
        var graph = Read("政协某某县委员会\n县政协原主席团成员孙国梁出席座谈会。");

        Assert.Contains("主席团成员", Roles(graph, "孙国梁"));
        Assert.DoesNotContain("原主席", Roles(graph, "孙国梁"));
    }
}
