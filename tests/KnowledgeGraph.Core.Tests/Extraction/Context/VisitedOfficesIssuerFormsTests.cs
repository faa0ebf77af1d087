namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A visiting group that goes into another committee's offices (走进某区政协机关): the committee
// visited is where the group went, not who went. Sentences ours, the pattern the genre's.
public class VisitedOfficesIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_city_committee_whose_group_goes_into_a_districts_committee_offices_is_the_issuer()
    {
        Assert.Equal("政协重庆市委员会", Issuer(
            "5月8日，市政协社会和法制委员会组织调研组赴綦江区开展调研。调研组察看了綦江区便民服务中心。" +
            "调研组走进綦江区政协机关，了解该区政协近年来工作开展情况，要求贯彻好中共重庆市委全会精神。"));
    }

    [Fact]
    public void Offices_gone_into_are_the_storys_committee_when_the_text_names_no_other()
    {
        Assert.Equal("政协陕西省委员会", Issuer(
            "那年秋天，我走进陕西省政协机关大院，成了一名普通的工作人员。三十年过去，当年的同事们大多已经退休。"));
    }

    [Fact]
    public void A_committee_named_before_its_offices_without_a_visit_stays_the_story_s()
    {
        Assert.Equal("政协重庆市綦江区委员会", Issuer(
            "5月8日，綦江区政协机关开展主题党日活动，区政协主席王某某讲党课。"));
    }

    [Fact]
    public void Students_going_into_a_district_committee_s_offices_are_that_committee_s_story_whatever_national_film_they_watch()
    {
        Assert.Equal("政协重庆市大足区委员会", Issuer(
            "5月20日，30余名中学生走进大足区政协机关，开展政协开放日研学活动。" +
            "同学们参观了委员履职成果展，观看了全国政协成立七十五周年专题片。"));
    }

    [Fact]
    public void Citizens_going_into_a_district_committee_s_offices_are_that_committee_s_story_whatever_provincial_film_they_watch()
    {
        Assert.Equal("政协南京市江宁区委员会", Issuer(
            "6月3日，40余名市民代表走进江宁区政协机关，参加政协开放日活动。市民代表观看了省政协拍摄的履职专题片。"));
    }

    [Fact]
    public void A_national_committee_named_in_passing_does_not_beat_the_committee_a_group_visits()
    {
        Assert.Equal("政协重庆市大足区委员会", Issuer(
            "6月5日，调研组走进大足区政协机关，察看了委员之家建设情况，观看了全国政协成立七十五周年专题片。"));
    }

    [Fact]
    public void A_city_committee_named_only_for_a_visiting_leader_s_title_does_not_make_the_city_the_issuer()
    {
        Assert.Equal("政协南京市江宁区委员会", Issuer(
            "3月15日，市政协副主席张某某一行来到江宁区政协机关调研委员之家建设，区政协主席李某某陪同。"));
    }
}
