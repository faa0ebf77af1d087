namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// An autonomous prefecture is usually written as its short form and 州 (恩施州, 黔东南州), also when
// that short form is a word of the dictionary. The sentences are ours.
public class PrefectureNameFormsTests
{
    [Fact]
    public void A_prefectures_州_form_inside_a_partys_committee_names_the_prefecture()
    {
        var graph = TestExtraction.Read("州政协副主席、民盟恩施州委主委李某某代表民盟恩施州委发言。\n").Graph;

        Assert.Contains(graph.OfLabel("Place"), n => n.Name == "恩施土家族苗族自治州");
        Assert.Equal("政协恩施土家族苗族自治州委员会", graph.Document.Properties["issuer"]);
    }
}
