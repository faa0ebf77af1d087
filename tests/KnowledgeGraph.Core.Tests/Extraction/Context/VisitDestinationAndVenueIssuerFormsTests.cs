namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Committees named for where a group goes (赴某市政协学习, 深入所联系的某县政协) or for the session where
// another committee speaks (在省政协某届某次会议新闻发布会上，某市政协副主席介绍): neither is the story's
// committee. A visitor whose committee also acts in the text without a title (率州政协某委员会成员) keeps the
// story; so does a city committee whose group went to a district, when the district's committee is named after it
// (对某区政协各项工作给予肯定: the host). Sentences ours, the patterns the genre's.
public class VisitDestinationAndVenueIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_county_committee_going_to_its_city_s_committee_to_learn_is_the_issuer()
    {
        Assert.Equal("政协平阳县委员会", Issuer(
            "3月2日，平阳县政协主席李某某带队赴温州市政协学习考察，温州市政协副主席张某某介绍了相关情况。"));
    }

    [Fact]
    public void The_committee_of_the_district_a_city_group_went_to_named_after_it_is_the_host()
    {
        Assert.Equal("政协武汉市委员会", Issuer(
            "某某率队赴蔡甸区调研\n\n日前，市政协副主席王某某率市政协农业和农村委员会部分委员赴蔡甸区调研。\n" +
            "调研组一行视察了三个村的产业基地，并与区政协有关方面同志座谈交流。\n" +
            "王某某对蔡甸区政协各项工作取得的成绩给予充分肯定。"));
    }

    [Fact]
    public void A_prefecture_committee_leading_its_own_members_to_a_county_committee_it_is_paired_with_is_the_issuer()
    {
        Assert.Equal("政协湘西土家族苗族自治州委员会", Issuer(
            "7月23日，州政协副主席王某某率州政协民宗委成员深入所联系的永顺县政协，听取了永顺县政协上半年工作情况汇报。" +
            "7月24日，召开新任州政协委员座谈会。"));
    }

    [Fact]
    public void A_city_committee_speaking_at_the_provincial_session_s_press_conference_is_the_issuer()
    {
        Assert.Equal("政协海东市委员会", Issuer(
            "记者 王某 报道 1月26日，在青海省政协十三届四次会议新闻发布会上，海东市政协副主席李某某介绍，" +
            "五年来，海东市政协立足专门协商机构职能履职尽责。"));
    }

    [Fact]
    public void A_session_where_no_other_committee_speaks_stays_the_story_s()
    {
        Assert.Equal("政协平阳县委员会", Issuer(
            "1月10日，在平阳县政协十届三次会议上，委员们踊跃发言，为平阳发展建言献策。"));
    }

    [Fact]
    public void A_visitor_named_only_in_its_leader_s_title_still_leaves_the_offices_visited_the_story()
    {
        Assert.Equal("政协南京市江宁区委员会", Issuer(
            "市政协副主席张某某一行来到江宁区政协机关调研委员之家建设，区政协主席李某某陪同。张某某对江宁区政协的工作给予肯定。"));
    }
}
