namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Proposal reports' figures that count no step of their own (a subject's share of the total, the parts 包括 lists, what
// was not filed or is left to handle, a committee's make-up, a topic named by a number) beside the counts that stay, and counts listed one after another, each with its
// own noun. Sentences written for these tests; the forms are the genre's.
public class ProposalBreakdownAndListFormsTests
{
    private const string City = "政协汉中市委员会\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(City + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string text) => [.. Counted(text).Select(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)).Order()];

    [Fact]
    public void A_subjects_share_after_a_list_mark_is_a_part_of_the_total()
    {
        Assert.Equal([213.0], Figures("委员共提交提案213件。委员围绕教育、养老等民生领域提出提案87件、占比41%；围绕特色产业等经济领域提出提案60件、占比28%。"));
    }

    [Fact]
    public void The_parts_listed_after_including_are_no_counts_of_their_own()
    {
        Assert.Equal([90.0, 92.0], Figures("大会提案组共收到提案92件，经审查，初步立案90件，包括委员个人和联名提案87件，党派团体、专委会提案3件。"));
    }

    [Fact]
    public void What_was_not_filed_and_what_was_withdrawn_are_no_counts()
    {
        Assert.Equal([482.0, 506.0], Figures("共收到提案506件，经审查立案482件，未予立案21件，撤案3件，立案率为95.3%。"));
    }

    [Fact]
    public void What_a_committee_is_made_of_is_no_count()
    {
        Assert.Empty(Counted("第八届委员会由30个界别组成，其中民主党派7个。"));
    }

    [Fact]
    public void Counts_listed_after_one_verb_each_keep_their_own_noun()
    {
        var objects = Counted("六名委员在深入调研的基础上，提交了16篇提案、2篇大会发言和2篇社情民意。")
            .ToDictionary(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture) + ":" + a.Properties.GetValueOrDefault("object"), a => a);

        Assert.Equal(["16:提案", "2:大会发言", "2:社情民意"], objects.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_is_left_to_handle_or_cannot_be_handled_is_no_count()
    {
        var figures = Figures("区政府承办政协某区委员会三届五次会议的提案共38件。截至目前，提案办结31件，需跨年度办理6件，无法办理1件，办结率81.6%。");

        Assert.DoesNotContain(6.0, figures);
        Assert.DoesNotContain(1.0, figures);
    }

    [Fact]
    public void A_figure_naming_an_item_of_what_a_clause_is_about_is_no_count()
    {
        var figures = Figures("11月25日，市政协组织委员开展年度集中视察活动，各视察分团围绕重点项目建设、十件民生实事、乡村振兴战略实施进行视察。");

        Assert.DoesNotContain(10.0, figures);
    }
}
