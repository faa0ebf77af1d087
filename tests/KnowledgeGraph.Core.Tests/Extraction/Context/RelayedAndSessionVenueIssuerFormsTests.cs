namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A county-level city's 市政协 relaying the spirit of its prefecture's committee (传达学习某市政协…会议精神), a party's page
// whose headline names the committee only as the session where the party acted (市委会在市政协…全会上履职综述), and national
// members named by the province they live in with 住 and the newer abbreviations (住宁全国政协委员). Sentences ours, the
// patterns those of county news sites, party websites and a committee office's notices.
public class RelayedAndSessionVenueIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_prefecture_committee_whose_spirit_is_relayed_is_not_the_story_s()
    {
        var properties = Properties("""
            福鼎新闻网讯 11月3日，市政协召开提案工作座谈会。市政协副主席某某某出席会议。
            会议传达学习了宁德市政协提案工作座谈会精神，通报了今年提案工作情况。
            会议要求，市政协各参加单位要提前谋划明年的集体提案。
            """);

        Assert.Equal("政协福鼎市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_relayed_committee_named_first_gives_way_to_one_named_for_a_title()
    {
        var properties = Properties("""
            提案工作座谈会召开
            11月3日，会议传达学习了宁德市政协提案工作座谈会精神。福鼎市政协副主席某某某出席会议并讲话。
            """);

        Assert.Equal("政协福鼎市委员会", properties["issuer"]);
    }

    [Fact]
    public void The_prefecture_committee_named_in_its_own_right_is_still_the_story_s()
    {
        var properties = Properties("""
            宁德市政协召开提案工作座谈会
            11月3日，宁德市政协召开提案工作座谈会，市政协副主席某某某出席会议。
            """);

        Assert.Equal("政协宁德市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_party_s_source_line_gives_the_party_when_the_headline_names_the_committee_only_as_the_session()
    {
        var properties = Properties("""
            宜宾：市委会在市政协六届四次全会上履职综述
            来源：民革宜宾市委员会 日期：2024-01-22
            1月16日至18日，政协宜宾市第六届委员会第四次全体会议召开。民革界别的市政协委员提交提案11件。
            """);

        Assert.Equal("中国国民党革命委员会宜宾市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_session_venue_named_as_any_meeting_leaves_the_party_s_source_line()
    {
        var properties = Properties("""
            宜宾：市委会在市政协专题协商会上建言
            来源：民革宜宾市委员会 日期：2024-06-22
            6月20日，宜宾市政协召开专题协商会，民革界别的市政协委员作了发言。
            """);

        Assert.Equal("中国国民党革命委员会宜宾市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_party_s_source_line_under_a_committee_s_own_work_stays_the_committee_s()
    {
        var properties = Properties("""
            市政协开展提案办理“回头看”
            来源：民革宜宾市委员会 日期：2024-06-22
            6月20日，宜宾市政协组织委员对重点提案办理情况开展“回头看”。
            """);

        Assert.Equal("政协宜宾市委员会", properties["issuer"]);
    }

    [Theory]
    [InlineData("住宁全国政协委员和自治区政协委员", "政协宁夏回族自治区委员会")]
    [InlineData("在甘全国政协委员和省政协委员", "政协甘肃省委员会")]
    public void National_members_living_in_a_province_make_a_notice_its_committee_s(string members, string issuer)
    {
        var properties = Properties($"""
            关于征集提案线索的通告
            为更好地反映社情民意，帮助{members}围绕中心工作提出提案，现向社会公开征集提案线索。
            """);

        Assert.Equal(issuer, properties["issuer"]);
    }
}
