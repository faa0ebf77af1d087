using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// A county made a county-level city (撤县设市) keeps being written 县政协 in stories from before the change, while the
// gazetteer knows only the city: a bare 县政协 in a text about such a city is its committee. Sentences written for
// these tests; 祁阳 and 旬阳 are two of the counties so changed (2021).
public class UpgradedCountyCommitteeTests
{
    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    [Fact]
    public void A_bare_county_committee_in_a_county_level_citys_story_is_the_citys()
    {
        var graph = Read("""
            祁阳市政协组织委员视察重点项目
            5月13日下午，县政协主席王建国，副主席李明华、赵志强带领部分委员视察全县重点项目建设。
            """);

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:王建国" && r.Key == "主席" && r.To == "committee:政协祁阳市委员会");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:赵志强" && r.Key == "副主席" && r.To == "committee:政协祁阳市委员会");
    }

    [Fact]
    public void A_bare_county_committee_in_a_countys_story_stays_the_countys()
    {
        var graph = Read("""
            攸县政协组织委员视察重点项目
            5月13日下午，县政协主席王建国带领部分委员视察全县重点项目建设。
            """);

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:王建国" && r.Key == "主席" && r.To == "committee:政协攸县委员会");
    }
}
