using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// National committee members grouped by the province they live in (在沪全国政协委员), convened by the
// local committee's chair: the story is the local committee's. The texts are ours; the shapes are the genre's.
public class ResidentMembersFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void Resident_national_members_led_by_the_city_chair_are_the_city_committees_story()
    {
        var properties = Properties("""
            在沪全国政协委员召集人、市政协主席某某某率领的在沪全国政协委员考察团，结束为期五天的考察，9月2日返回。
            考察期间，考察团走访了企业和乡村，与当地政协座谈交流。
            """);

        Assert.Equal("政协上海市委员会", properties["issuer"]);
    }

    [Fact]
    public void The_places_the_resident_members_visit_do_not_decide_their_committee()
    {
        var properties = Properties("""
            在沪全国政协委员召集人、市政协主席某某某率领的在沪全国政协委员考察团，结束为期五天的考察，9月2日返回。
            考察期间，考察团先后赴喀什、莎车、叶城等地，走访企业和乡村，与当地政协座谈交流。
            """);

        Assert.Equal("政协上海市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_national_leader_visiting_the_city_stays_the_national_committees_story()
    {
        var properties = Properties("""
            全国政协副主席某某某在沪调研
            9月2日，全国政协副主席某某某在沪调研社区养老服务，听取有关情况介绍。
            """);

        Assert.Equal("中国人民政治协商会议全国委员会", properties["issuer"]);
    }

    [Theory]
    [InlineData("召集人、市政协主席某某某率队", true)]
    [InlineData("传达全国政协、省政协、市政协主席会议精神", false)]
    [InlineData("省政协委员、市政协副主席某某某出席", false)]
    public void A_committee_after_a_title_and_a_comma_of_enumeration_is_one_persons_title_not_a_list(string text, bool titles)
    {
        var start = text.LastIndexOf("市政协", StringComparison.Ordinal);

        Assert.Equal(titles, CommitteeMentionRoles.TitlesOfOne(text, start, start + 3));
    }
}
