namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Who issued a county's story whose first committee is a province's whole system in a clause of time (自四川省政协系统开展…
// 以来，泸县政协…), against the system's own meeting at which a county speaks, and a prefecture's committee visiting a
// county-level city whose session the story names. Sentences ours, the layouts those of county news sites and news portals.
public class SystemBackdropIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_province_s_whole_system_in_a_clause_of_time_is_the_backdrop_of_the_county_s_work()
    {
        var properties = Properties("""
            四川省泸县：同心共建谱新篇
            2025-12-19 14:44 中国发展网
            泸县地处川南，区位优势明显。自四川省政协系统开展“同心共建”专项行动以来，泸县政协结合自身实际，开展协商活动。
            """);

        Assert.Equal("政协泸县委员会", properties["issuer"]);
    }

    [Fact]
    public void The_system_holding_its_own_meeting_stays_the_province_s_story()
    {
        var properties = Properties("""
            四川省政协系统“有事来商量”工作推进会在泸州召开
            四川省政协系统“有事来商量”工作推进会在泸州召开。省政协副主席出席并讲话。泸县政协在会上作典型发言。
            """);

        Assert.Equal("政协四川省委员会", properties["issuer"]);
    }

    [Fact]
    public void A_prefecture_s_committee_visiting_a_county_level_city_whose_session_it_names_stays_the_prefecture_s()
    {
        var properties = Properties("""
            市政协视察组到福鼎市视察
            3月5日，市政协视察组到福鼎市视察重点提案办理工作，听取了政协福鼎市十三届四次会议重点提案办理情况汇报。宁德市政协副主席参加视察。
            """);

        Assert.Equal("政协宁德市委员会", properties["issuer"]);
    }
}
