namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Proposal reports as news retells them: a leader's report quoted after a colon (its counts are the
// committee's), a member's account opening the sentence in the first person (我们共征集…, set 45), and
// the figures that are not steps of their own: shares of a named total, the whole restated as the frame
// of its parts, counts by subject, and what the whole city built. Sentences written for these tests.
public class ReportSpeechAndPartsFormsTests
{
    private const string City = "政协淮安市委员会提案工作情况\n\n";

    private static double[] Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Select(a => a.Properties.GetValueOrDefault("value")).OfType<double>().Order()];

    [Fact]
    public void Counts_in_a_report_quoted_after_a_colon_are_read()
    {
        var counted = Counted(City + "市政协副主席刘晓明向大会报告提案工作情况：“2023年，市政协共收到提案620件，经审查立案512件。其中，委员提案400件。”");

        Assert.Equal([512.0, 620.0], counted);
    }

    [Fact]
    public void Counts_a_speaker_gives_in_the_first_person_opening_the_sentence_are_read()
    {
        var counted = Counted(City + "“通过委员联络室，我们共征集社情民意信息18条，形成提案9件，推动解决了一批群众关心的问题。”市政协委员、某某县政协提案委负责人王某某说。");

        Assert.Equal([9.0, 18.0], counted);
    }

    [Fact]
    public void Figures_in_a_quote_opening_the_sentence_without_a_speakers_we_are_not_read()
    {
        var counted = Counted(City + "“目前，全区已建成社区食堂16个、老年助餐点86个，实现了助餐服务全覆盖。”区民政局负责人说。");

        Assert.Empty(counted);
    }

    [Fact]
    public void A_quoted_name_still_hides_its_figures()
    {
        var counted = Counted(City + "市政协开展“三进五帮”活动，共走访企业30家。");

        Assert.Equal([30.0], counted);
    }

    [Fact]
    public void A_share_of_a_named_total_is_no_activity()
    {
        var counted = Counted(City + "五年来，市政协共收到提案900件。共计解决和基本解决700件，占立案总数80.2%；列入计划逐步解决的150件，占立案总数的15%。");

        Assert.Equal([900.0], counted);
    }

    [Fact]
    public void A_whole_restated_as_the_frame_of_its_parts_is_no_new_step()
    {
        var counted = Counted(City + "本届以来，委员们累计提交提案300件。在立案办复的280件提案中，已经得到解决的有250件，占提案总数的83%。");

        Assert.Equal([300.0], counted);
    }

    [Fact]
    public void Counts_by_subject_are_parts_of_a_total()
    {
        var counted = Counted(City + "刘晓明介绍，市政协共提出提案235件，分别在推动生态保护方面提出提案80件、乡村振兴方面95件、城市更新方面60件。");

        Assert.Equal([235.0], counted);
    }

    [Fact]
    public void An_outline_of_one_count_is_no_breakdown()
    {
        var counted = Counted(City + "市政协组织委员分析产业发展问题，形成四个方面共30条建议。");

        Assert.Equal([30.0], counted);
    }

    [Fact]
    public void What_the_whole_city_built_is_not_the_committees()
    {
        var counted = Counted(City + "市政协召开专题协商会，有关建议得到采纳。目前，全市已建成20家村级卫生服务站。");

        Assert.Empty(counted);
    }

    [Fact]
    public void The_whole_city_after_its_committees_are_named_is_their_system()
    {
        var counted = Counted(City + "去年以来，依托6个专委会和9个县级政协，全市共打造了20个“委员驿站”。");

        Assert.Contains(20.0, counted);
    }

    // Review of the rules above (rv11): the committee's own steps that look like their forms.

    [Fact]
    public void A_step_of_the_committees_own_measured_against_a_named_total_is_still_counted()
    {
        var counted = Counted(City + "一年来，市政协共收到提案480件，经审查立案436件，占提案总数的90.8%。组织委员走访规上企业120家，占全市规上企业总数的三分之一。");

        Assert.Equal([120.0, 436.0, 480.0], counted);
    }

    [Fact]
    public void The_committees_own_events_named_as_a_frame_are_counted()
    {
        var counted = Counted(City + "今年，市政协在组织的12次专题调研中，形成调研报告10篇。");

        Assert.Contains(12.0, counted);
    }

    [Fact]
    public void Steps_listed_under_one_subject_are_counted()
    {
        var counted = Counted(City + "在服务经济发展方面开展专题调研15次、视察8次，提出意见建议60条。");

        Assert.Contains(15.0, counted);
    }

    [Fact]
    public void What_the_whole_county_built_for_its_members_is_the_committees()
    {
        var counted = Counted("政协涟水县委员会工作报告\n\n全县共建成委员工作室25个。");

        Assert.Equal([25.0], counted);
    }
}
