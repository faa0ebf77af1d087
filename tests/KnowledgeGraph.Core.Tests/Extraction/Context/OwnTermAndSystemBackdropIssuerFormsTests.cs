namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Who issued a county-level city's review that names its committee with its term (政协第十三届福鼎市委员会) and also its
// prefecture (赴宁德市考察), and a county's story whose first committee is a province's whole system as the backdrop
// (自四川省政协系统开展…以来，泸县政协…). Sentences ours, the layouts those of county news sites and news portals.
public class OwnTermAndSystemBackdropIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_county_level_city_s_committee_named_with_its_term_is_the_市政协_of_its_review()
    {
        var properties = Properties("""
            2025年市政协工作综述
            2025年，是政协第十一届福鼎市委员会履职的第三年。这一年来，市政协紧紧围绕全市中心工作，履职尽责。
            市政协组织委员赴宁德市考察学习。
            """);

        Assert.Equal("政协福鼎市委员会", properties["issuer"]);
    }

    [Fact]
    public void Without_its_term_市政协_visiting_its_prefecture_s_places_stays_the_prefecture_s()
    {
        var properties = Properties("""
            市政协调研乡村振兴
            市政协组织委员赴福鼎市和福安市调研乡村振兴工作，宁德市政协主席参加调研。
            """);

        Assert.Equal("政协宁德市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_province_s_whole_system_named_first_is_the_backdrop_of_the_county_s_work()
    {
        var properties = Properties("""
            四川省泸县：同心共建谱新篇
            2025-12-19 14:44 中国发展网
            泸县地处川南，区位优势明显。自四川省政协系统开展“同心共建”专项行动以来，泸县政协结合自身实际，开展协商活动。
            """);

        Assert.Equal("政协泸县委员会", properties["issuer"]);
    }
}
