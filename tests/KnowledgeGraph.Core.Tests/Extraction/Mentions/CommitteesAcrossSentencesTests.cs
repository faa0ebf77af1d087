using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Whose committee a bare title, an election's title or a session's title is in when the sentence
// before or the sentence itself names another committee or a people's congress (a county
// committee's news; the sentences and names are made up, the forms the genre's).
public class CommitteesAcrossSentencesTests
{
    private const string County = "涟水县政协工作动态\n";
    private const string CountyCommittee = "committee:政协涟水县委员会";

    // The city guest invited (会议邀请…) or opening the sentence before: the guest's committee names
    // the guest's title and does not become the committee the story speaks for.
    [Theory]
    [InlineData("会议邀请市政协副主席祁某川到会指导。")]
    [InlineData("市政协副主席祁某川到会指导。")]
    public void An_election_after_a_city_guest_elects_to_the_committee_speaking(string guest)
    {
        var graph = TestExtraction.Read(County + guest + "大会选举鲍某宁当选主席，柏某林、闵某华当选副主席。").Graph;

        Assert.Equal([CountyCommittee], Roles(graph, "鲍某宁", "主席"));
        Assert.Equal([CountyCommittee], Leads(graph, "鲍某宁"));
        Assert.Equal([CountyCommittee], Roles(graph, "柏某林", "副主席"));
        Assert.Equal([CountyCommittee], Roles(graph, "闵某华", "副主席"));
        Assert.Equal(["committee:政协淮安市委员会"], Roles(graph, "祁某川", "副主席"));
    }

    [Fact]
    public void A_committee_opening_a_sentence_after_a_part_of_a_month_speaks_for_the_next_one()
    {
        // 7月中旬，某县政协… in a province's story: the county's committee collected what the next sentence counts.
        var graph = TestExtraction.Read("江西省政协推进走访企业专项活动\n\n7月中旬，永修县政协组织部分委员走进困难群众家中。" +
            "他们收集到的修建市场、安装路灯等十余条意见和建议，得到镇政府及时回应。记者从省政协办公厅获悉，全省走访活动正积极推进。").Graph;

        Assert.Contains(graph.OfLabel("Activity"), a => a.Id.StartsWith("activity:政协永修县委员会:征集", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visit_led_by_another_committee_s_leader_goes_on_speaking_for_that_committee()
    {
        // Leading a visit is no guest's attendance: the visiting committee speaks for what follows.
        var graph = TestExtraction.Read(County + "市政协主席祁某川带队来我县调研。副主席鲍某宁指出，要加强服务。").Graph;

        Assert.Equal(["committee:政协淮安市委员会"], Roles(graph, "鲍某宁", "副主席"));
    }

    [Theory]
    [InlineData("会议由市政协副主席祁某川主持。秘书长鲍某宁作说明。", "鲍某宁", "秘书长")]
    [InlineData("县政协主席鲍某宁主持会议，市政协副主席祁某川出席会议并讲话。副主席柏某林作常委会工作报告。", "柏某林", "副主席")]
    public void A_bare_title_after_another_committee_s_person_is_in_no_committee(string sentences, string name, string title)
    {
        var graph = TestExtraction.Read(County + sentences).Graph;

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == name);
        Assert.Empty(Roles(graph, name, title));
    }

    [Fact]
    public void A_bare_title_after_the_speaking_committee_s_person_stays_in_it_without_leading()
    {
        var graph = TestExtraction.Read(County + "县政协副主席王某林出席会议。主席张某新作讲话。").Graph;

        Assert.Equal([CountyCommittee], Roles(graph, "张某新", "主席"));
        Assert.Empty(Leads(graph, "张某新"));
    }

    [Theory]
    [InlineData("省十四届人大二次会议举行第二次全体会议，大会执行主席祁某川主持会议。", "祁某川", "执行主席")]
    [InlineData("县十八届人大三次会议开幕，大会主席团常务主席鲍某宁主持会议。", "鲍某宁", "常务主席")]
    public void A_congress_s_session_titles_are_no_committee_s(string sentence, string name, string title)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == name);
        Assert.Empty(Roles(graph, name, title));
    }

    [Theory]
    [InlineData("会议邀请市政协主席祁某川出席。")]
    [InlineData("市政协主席祁某川出席。")]
    public void A_session_title_after_a_city_guest_is_the_committee_speaking_s(string guest)
    {
        var graph = TestExtraction.Read(County + guest + "大会执行主席鲍某宁、柏某林在主席台就座。").Graph;

        Assert.Equal([CountyCommittee], Roles(graph, "鲍某宁", "执行主席"));
        Assert.Equal([CountyCommittee], Roles(graph, "柏某林", "执行主席"));
    }

    [Fact]
    public void Towns_of_the_county_closing_a_titled_list_are_no_people()
    {
        var graph = TestExtraction.Read(County + "县政协副主席祁某川带领委员鲍某宁、柏某林、高沟、唐集等镇的委员开展视察。").Graph;

        Assert.Equal(["柏某林", "祁某川", "鲍某宁"], graph.OfLabel("Person").Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_a_town_shares_between_names_stays_a_person()
    {
        var graph = TestExtraction.Read(County + "县政协副主席祁某川、唐集、鲍某宁出席会议。").Graph;

        Assert.Equal(["唐集", "祁某川", "鲍某宁"], graph.OfLabel("Person").Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_election_at_the_province_s_session_is_in_the_province_s_committee()
    {
        var graph = TestExtraction.Read(County + "在省政协十三届一次会议上，祁某川、鲍某宁当选为政协十三届委员会常务委员。").Graph;

        Assert.Equal(["committee:政协江苏省委员会"], Roles(graph, "祁某川", "常务委员"));
        Assert.Equal(["committee:政协江苏省委员会"], Roles(graph, "鲍某宁", "常务委员"));
    }

    private static string[] Roles(DocumentGraph graph, string name, string role) =>
        graph.Relations.Where(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role).Select(r => r.To).Distinct().ToArray();

    private static string[] Leads(DocumentGraph graph, string name) =>
        graph.Relations.Where(r => r.Type == "LEADS" && r.From == "person:" + name).Select(r => r.To).Distinct().ToArray();
}
