namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts that the rules for frequencies, adoption above, reporting, result verbs, merged proposals and
// other actors must leave alone, beside the cases those rules were made for. Sentences written for
// these tests.
public class ReviewedCountFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private const string Province = "政协贵州省委员会2023年工作回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string header, string text) =>
        [.. TestExtraction.Read(header + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string header, string text) => [.. Counted(header, text).Select(a => (double)a.Properties["value"]).Order()];

    [Theory]
    [InlineData("“每月一议”协商活动全年共开展9场。", 9.0)]
    [InlineData("委员“每周一访”活动今年以来累计走访群众520户。", 520.0)]
    [InlineData("“每年一讲”委员讲堂累计举办讲座14场。", 14.0)]
    [InlineData("各专委会按照每季度一次的要求共召开专题协商会10次。", 10.0)]
    public void A_total_after_a_quoted_or_modifying_frequency_is_a_count(string sentence, double total)
    {
        Assert.Equal([total], Figures(County, sentence));
    }

    [Fact]
    public void A_frequency_right_before_its_figure_is_still_no_count()
    {
        Assert.Empty(Counted(County, "委员每月到联系村走访2次。"));
    }

    [Fact]
    public void A_committee_adopting_in_its_own_report_counts_its_adoption()
    {
        Assert.Equal([315.0], Figures(Province, "省政协全年采用社情民意信息315条，其中全国政协采用28条。"));
    }

    [Fact]
    public void A_national_report_does_not_count_what_a_province_adopted()
    {
        Assert.Equal([76.0], Figures("全国政协2023年工作回顾\n\n", "全国政协全年采用社情民意信息76条，省政协采用210篇。"));
    }

    [Fact]
    public void Every_committee_above_a_county_adopts_outside_the_county_count()
    {
        Assert.Equal([118.0], Figures(County, "县政协共报送信息118条，市政协采用30篇，省政协采用12篇。"));
    }

    [Fact]
    public void Projects_sent_up_are_no_report_of_information()
    {
        Assert.DoesNotContain(Counted(County, "县政协全年上报重点项目32个。"), a => (string)a.Properties["kind"] == "报送");
    }

    [Fact]
    public void Opinions_sent_up_are_reported()
    {
        var reported = Assert.Single(Counted(County, "县政协全年上报社情民意信息45条。"));

        Assert.Equal("报送", reported.Properties["kind"]);
        Assert.Equal(45.0, reported.Properties["value"]);
    }

    [Fact]
    public void A_result_verb_inside_a_compound_noun_stays_in_the_noun()
    {
        var brand = Assert.Single(Counted(County, "县政协推出6个矛盾纠纷化解品牌。"));

        Assert.Equal("矛盾纠纷化解品牌", brand.Properties["object"]);
    }

    [Fact]
    public void Merged_proposals_handled_together_are_no_filing()
    {
        Assert.Equal([352.0, 380.0], Figures(County, "县政协共收到提案380件，经审查立案352件，并案处理18件。"));
    }

    [Theory]
    [InlineData("县政协共收到提案286件，经审查立案279件，作为来信处理的7件。")]
    [InlineData("县政协共收到提案286件，经审查立案279件，转为社情民意信息处理7件。")]
    public void Proposals_turned_into_letters_or_information_are_no_filing(string sentence)
    {
        Assert.Equal([279.0, 286.0], Figures(County, sentence));
    }

    [Fact]
    public void A_government_bureau_checking_enterprises_is_no_committee_activity()
    {
        Assert.Empty(Counted(County, "县市场监管局对120家企业开展安全检查。"));
    }
}
