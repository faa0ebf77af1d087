namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Issuers met in sets 30–32's tune halves: a provincial committee's own site reporting its vice-chair's
// trip to another province, and a county story whose only other place is the given name of a person a
// title names. The texts are ours; the shapes are the genre's.
public class CarrierAndTitledNameFormsTests
{
    private static string? Issuer(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_relative_committee_on_the_site_of_a_committee_of_its_level_is_that_committee()
    {
        Assert.Equal("政协广东省委员会", Issuer("""
            某某副主席率队赴山西省学习考察

            2023-05-11 10:15:11 来源:广东政协网

              5月6日至10日，省政协副主席某某某率队赴山西省考察基层医疗卫生工作，先后赴太原、晋中、临汾等地，考察了平遥县中医院和介休市人民医院。
            """));
    }

    [Fact]
    public void A_place_that_is_the_given_name_of_a_titled_person_is_no_place_of_the_story()
    {
        Assert.Equal("政协顺昌县委员会", Issuer("""
            6月30日，县政协举办庆祝中国共产党成立100周年联欢晚会，县委书记赵某某，县人大常委会党组书记、主任李嘉兴出席活动。
            县政协主席易某某致词，希望全体委员为推动顺昌高质量发展再立新功。
            """));
    }
}
