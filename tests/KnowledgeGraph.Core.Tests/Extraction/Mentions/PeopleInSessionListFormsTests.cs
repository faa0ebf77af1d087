using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Lists of names in session news: the executive chairs after 是： with notes after names ((女)) and
// names masked with *, the speakers a count of members closes (…8名委员), and a session's officers
// held in the document's committee after a sentence that opened with another committee's leader;
// sentences written for these tests (made-up names, the genre's patterns).
public class PeopleInSessionListFormsTests
{
    private const string County = "涟水县政协工作动态\n";
    private const string Lianshui = "committee:政协涟水县委员会";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static List<string> People(DocumentGraph graph) => graph.OfLabel("Person").Select(p => p.Name).ToList();

    private static bool HasRole(DocumentGraph graph, string name, string role) =>
        graph.Relations.Any(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role);

    [Fact]
    public void Chairs_after_a_colon_with_notes_after_names_are_all_read_with_their_title()
    {
        var graph = Read(County + "今天大会的执行主席是：祁某川、鲍某宁(女)、柏某林、蔺某山(女) 、闵某华、胡某颜（女）。");

        foreach (var name in new[] { "祁某川", "鲍某宁", "柏某林", "蔺某山", "闵某华", "胡某颜" })
        {
            Assert.True(HasRole(graph, name, "执行主席"), name);
        }
    }

    [Fact]
    public void A_masked_name_is_skipped_and_the_list_goes_on()
    {
        var people = People(Read(County + "今天大会的执行主席是：祁某川、鲍某宁、柏某林、王*、蔺某山、闵某华。"));

        Assert.Contains("蔺某山", people);
        Assert.Contains("闵某华", people);
        Assert.DoesNotContain("王", people);
    }

    [Fact]
    public void A_count_of_members_closing_a_list_makes_every_item_a_name()
    {
        var graph = Read(County + "会上，祁某川、鲍某宁、柏某林、边卡、闵某华5名委员围绕优化营商环境作大会发言。");

        Assert.Contains("边卡", People(graph));
        Assert.True(HasRole(graph, "闵某华", "委员"));
    }

    [Fact]
    public void A_count_that_does_not_count_the_items_reads_no_word_as_a_name()
    {
        var people = People(Read(County + "会上，祁某川、鲍某宁、柏某林、边卡、闵某华9名委员围绕优化营商环境作大会发言。"));

        Assert.DoesNotContain("边卡", people);
    }

    [Fact]
    public void A_sessions_officers_are_of_the_documents_committee_after_a_guest_leader()
    {
        var graph = Read("政协涟水县第十届委员会第一次会议开幕\n"
            + "市政协副主席、县委书记祁某川，县委副书记鲍某宁等领导出席会议。本次大会的执行主席是：柏某林、蔺某山、闵某华。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:蔺某山" && r.Key == "执行主席" && r.To == Lianshui);
    }

    [Fact]
    public void One_name_after_a_title_and_colon_is_left_to_the_roster()
    {
        var graph = Read(County + "主席：祁某川\n\n秘书长：鲍某宁");

        Assert.True(HasRole(graph, "祁某川", "主席"));
    }

    [Fact]
    public void A_lower_committees_session_on_a_higher_committees_site_has_the_lower_committees_officers()
    {
        var graph = Read("江苏政协网\n淮安市政协八届三次会议开幕\n来源：江苏省政协\n"
            + "1月10日，淮安市政协八届三次会议开幕。淮安市政协主席祁某川作常委会工作报告。大会执行主席是柏某林、蔺某山、闵某华。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:蔺某山" && r.Key == "执行主席" && r.To == "committee:政协淮安市委员会");
    }

    [Fact]
    public void A_star_after_a_whole_name_marks_a_note_and_the_name_is_read()
    {
        var graph = Read(County + "本次大会的执行主席是：祁某川*、鲍某宁、柏某林*、闵某华。（标*者为党外人士）");

        foreach (var name in new[] { "祁某川", "鲍某宁", "柏某林", "闵某华" })
        {
            Assert.True(HasRole(graph, name, "执行主席"), name);
        }
    }

    [Fact]
    public void A_masked_name_opening_the_list_is_skipped()
    {
        var graph = Read(County + "本次大会的执行主席是：王*、鲍某宁、柏某林、闵某华。");

        Assert.True(HasRole(graph, "鲍某宁", "执行主席"));
        Assert.True(HasRole(graph, "闵某华", "执行主席"));
    }
}
