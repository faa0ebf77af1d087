using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Committees of the democratic parties, which share their level words (市委, 省委) with the CPC's
// (the names are made up; the forms are the genre's).
public class DemocraticPartyBodiesTests
{
    private const string City = "政协镇江市委员会\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static Node Body(DocumentGraph graph, string name) => Assert.Single(graph.OfLabel("Body"), n => n.Name == name);

    [Fact]
    public void A_party_committee_named_by_its_level_is_the_partys_in_the_place_speaking_and_its_chair_holds_the_role_there()
    {
        var graph = Read(City + "市政协副主席、致公党市委主委张某娣代表市各民主党派致辞。");

        Assert.Equal("党派", Body(graph, "中国致公党镇江市委员会").Properties["kind"]);
        Assert.DoesNotContain(graph.OfLabel("Body"), n => n.Name == "中共镇江市委员会");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:张某娣" && r.Key == "主委" && r.To == "body:中国致公党镇江市委员会");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:张某娣" && r.Key == "副主席" && r.To == "committee:政协镇江市委员会");
    }

    [Theory]
    [InlineData("民盟江苏省委会副主委李某华出席会议。", "中国民主同盟江苏省委员会", "李某华")]
    [InlineData("民进镇江市委主委周某出席会议。", "中国民主促进会镇江市委员会", "周某")]
    [InlineData("九三学社市委副主委孙某明参加调研。", "九三学社镇江市委员会", "孙某明")]
    [InlineData("农工党市委会主委吴某出席会议。", "中国农工民主党镇江市委员会", "吴某")]
    [InlineData("民盟润州区基层委员会副主委赵某参加活动。", "中国民主同盟镇江市润州区基层委员会", "赵某")]
    public void A_party_committee_with_its_place_or_level_is_named_in_full_and_holds_its_officers_roles(string line, string body, string person)
    {
        var graph = Read(City + line);

        Body(graph, body);
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:" + person && r.To == "body:" + body);
    }

    [Fact]
    public void A_partys_central_committee_is_named_as_written()
    {
        var graph = Read(City + "全国政协副主席、台盟中央主席苏某出席会议。");

        Body(graph, "台盟中央");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:苏某" && r.Key == "主席" && r.To == "body:台盟中央");
    }

    [Fact]
    public void Parties_listed_by_their_short_names_are_party_bodies_and_the_cpc_committee_stays_the_cpcs()
    {
        var graph = Read(City + "民革、民盟、民建、民进、农工党、致公党、九三学社市委负责人和市委统战部负责同志参加座谈。");
        var parties = graph.OfLabel("Body").Where(n => (string?)n.Properties.GetValueOrDefault("kind") == "党派").Select(n => n.Name).ToList();

        Assert.Contains("民革", parties);
        Assert.Contains("农工党", parties);
        Assert.Contains("九三学社镇江市委员会", parties);
        Assert.Contains(graph.OfLabel("Body"), n => n.Name == "中共镇江市委员会统一战线工作部");
    }

    [Theory]
    // The short names inside other words are no parties.
    [InlineData("委员们积极为民建言献策。")]
    [InlineData("两岸交流中民进党当局设置障碍。")]
    public void Short_names_inside_other_words_are_no_party_bodies(string line)
    {
        Assert.DoesNotContain(Read(City + line).OfLabel("Body"), n => (string?)n.Properties.GetValueOrDefault("kind") == "党派");
    }

    [Fact]
    public void A_party_committee_written_short_or_in_full_is_one_body()
    {
        var shortly = Read(City + "民盟镇江市委主委周某出席会议。");
        var fully = Read(City + "中国民主同盟镇江市委员会主委周某出席会议。");

        Assert.Equal(Body(shortly, "中国民主同盟镇江市委员会").Id, Body(fully, "中国民主同盟镇江市委员会").Id);
        Assert.Contains("民盟镇江市委员会", Body(shortly, "中国民主同盟镇江市委员会").Aliases);
    }
}
