namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A city committee's site carrying a district's review whose committee opens the subtitle (主题——某区政协2025年工作综述),
// counties listed and closed by their number (赴丰宁、滦平、兴隆三县), and a common word that names a district written
// with a city's suffix (乡村振兴市政协…). Sentences ours, the patterns the genre's.
public class SubtitleAndListedCountiesIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_lower_committee_opening_the_subtitle_is_the_story_s_under_the_city_s_source()
    {
        Assert.Equal("政协淮安市清江浦区委员会", Issuer(
            "凝心聚力谋发展——清江浦区政协2025年工作综述\n时间：2025-12-29 来源：淮安政协\n2025年，在市政协指导和区委领导下，区政协全年开展各类活动120余场次。"));
    }

    [Fact]
    public void Counties_listed_and_counted_are_counties_and_give_their_city()
    {
        var reading = TestExtraction.Read("5月19日至21日，市政协主席王某某带领部分委员赴丰宁、滦平、兴隆三县视察绿色产业发展。三县政协主席参加了视察。");
        var places = reading.Graph.OfLabel("Place").Select(p => p.Name).ToList();
        Assert.Contains("丰宁满族自治县", places);
        Assert.Contains("滦平县", places);
        Assert.Contains("兴隆县", places);
        Assert.Equal("政协承德市委员会", reading.Graph.Document.Properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void Short_forms_listed_without_their_number_stay_unread()
    {
        var places = TestExtraction.Read("5月19日，市政协主席王某某带领部分委员赴丰宁、滦平、兴隆视察绿色产业发展。").Graph.OfLabel("Place").Select(p => p.Name).ToList();
        Assert.DoesNotContain("兴隆县", places);
    }

    [Fact]
    public void A_common_word_with_a_city_s_suffix_is_no_district_s_committee()
    {
        var graph = TestExtraction.Read("对标先进推进上海乡村振兴市政协主席会议审议课题报告\n10月24日，市政协召开主席会议，审议推进上海乡村振兴战略课题报告。").Graph;
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == "振兴区");
        Assert.Equal("政协上海市委员会", graph.Document.Properties.GetValueOrDefault("issuer"));
    }
}
