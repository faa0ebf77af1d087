namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A meeting of paired or networked committees told by where it is held (两市政协…座谈会在某市举行,
// 某某政协联谊会…会议在某县举行): the meeting has its host, the venue's committee, when the text names it
// or the headline speaks as it (我县成功举办…). Sentences ours, the pattern the genre's.
public class JointMeetingHostIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void Two_cities_committees_meeting_in_one_of_them_have_that_city_as_host()
    {
        Assert.Equal("政协温州市委员会", Issuer(
            "12日，温台政协协作交流座谈会在温州举行。温州市政协主席王某某、台州市政协主席李某某出席。\n" +
            "去年以来，两市政协建立了协作机制。\n" +
            "李某某表示，台州市政协将学习温州的经验。"));
    }

    [Fact]
    public void A_network_meeting_held_in_the_county_whose_headline_says_we_hosted_it_is_that_countys()
    {
        Assert.Equal("政协凤阳县委员会", Issuer(
            "我县成功举办江淮政协联谊会第三次会议\n\n5月10日至11日，江淮政协联谊会第三次会议在凤阳县举行。来自三省20余家县（市、区）政协负责人参加会议。\n" +
            "省政协副秘书长王某某介绍了全省农业情况。"));
    }

    [Fact]
    public void A_committees_own_session_held_at_a_hall_is_no_joint_meeting()
    {
        Assert.Equal("政协台州市委员会", Issuer(
            "台州市政协五届二次会议在市行政中心举行。市政协主席李某某主持会议。\n委员们围绕发展建言献策。"));
    }
}
