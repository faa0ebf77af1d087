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
}
