namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of counted activities met on CPPCC texts from other provinces (coordinated counts, parts
// of a total, counts of people, counts of others' answers); sentences written for these tests.
public class CountedActivityFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static double[] Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Select(a => a.Properties.GetValueOrDefault("value")).OfType<double>().Order()];

    [Fact]
    public void A_part_of_a_total_is_no_activity_but_the_next_step_of_the_total_is()
    {
        var counted = Counted(County + "委员们积极建言献策，共提交提案原件210件，其中会后12件，经审查立案196件。");

        Assert.Equal([196.0, 210.0], counted);
    }

    [Fact]
    public void Things_and_counts_after_one_verb_share_it()
    {
        var graph = TestExtraction.Read(County + "县政协已建成委员工作站18个，委员工作室9个，社情民意联系点25个。").Graph;

        var built = graph.OfLabel("Activity").Where(a => a.Properties.GetValueOrDefault("kind") as string == "建立").ToList();
        Assert.Equal([9.0, 18.0, 25.0], built.Select(a => (double)a.Properties["value"]).Order());
        Assert.Contains(built, a => a.Properties.GetValueOrDefault("object") as string == "社情民意联系点");
    }

    [Fact]
    public void Counts_listed_before_one_verb_are_each_that_verbs()
    {
        var graph = TestExtraction.Read(County + "8个委员小组与30家企业、6个村和4个社区结对共建。").Graph;

        var paired = graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).ToList();
        Assert.Equal([4.0, 6.0, 30.0], paired.Select(a => (double)a.Properties["value"]).Order());
        Assert.All(paired, a => Assert.Equal("结对", a.Properties["kind"]));
    }

    [Theory]
    [InlineData("县政协组织委员和医务骨干共40余人到集市开展义诊。")]
    [InlineData("县政协开展读书活动，28名委员报名参加。")]
    [InlineData("县政协收到部门答复15件。")]
    public void Counts_of_people_and_of_others_answers_are_no_activities(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Theory]
    [InlineData("主席会议对领衔督办的5个重点提案开展评议。", "督办", 5, "重点提案")]
    [InlineData("委员们累计征集到各类意见建议300余条。", "征集", 300, "意见建议")]
    [InlineData("委员们共收集情况反映和意见建议64条。", "征集", 64, "情况反映和意见建议")]
    public void A_count_after_its_verb_in_a_relative_or_resultative_form_is_that_verbs(string sentence, string kind, double value, string objectText)
    {
        var activity = Assert.Single(TestExtraction.Read(County + sentence).Graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == value);

        Assert.Equal(kind, activity.Properties["kind"]);
        Assert.Equal(objectText, activity.Properties["object"]);
    }

    [Fact]
    public void A_committee_the_text_never_places_keeps_its_counts_without_a_conductor()
    {
        var graph = TestExtraction.Read("市政协十届三次会议以来，广大政协委员共提出提案240件，经审查立案221件。").Graph;

        var counted = graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).ToList();
        Assert.Equal([221.0, 240.0], counted.Select(a => (double)a.Properties["value"]).Order());
        Assert.DoesNotContain(graph.Relations, r => r.Type == "CONDUCTED");
    }

    [Fact]
    public void A_text_of_no_committee_keeps_its_figures_out()
    {
        var graph = TestExtraction.Read("今年以来，全区新建项目40个，新增企业120家。").Graph;

        Assert.DoesNotContain(graph.OfLabel("Activity"), a => a.Properties.ContainsKey("value"));
    }

    [Fact]
    public void An_organisation_is_not_the_verb_after_a_count()
    {
        Assert.Empty(Counted(County + "市政协决定对试点外表现突出的6个县区政协组织和12个委员工作室予以通报表扬。"));
    }

    [Fact]
    public void A_clause_without_a_subject_goes_on_with_the_other_actor_before_it()
    {
        var counted = Counted(County + "去年委员线上参与协商860次，群众参与52000次，提出建议3100条。");

        Assert.DoesNotContain(3100.0, counted);
        Assert.DoesNotContain(52000.0, counted);
    }

    [Fact]
    public void A_headline_that_repeats_a_count_is_the_same_activity()
    {
        var graph = TestExtraction.Read("县政协举办5场界别协商活动\n\n政协涟水县委员会\n\n5日晚，县政协在各界别举办特色履职活动5场，委员与群众面对面交流。").Graph;

        var counted = graph.OfLabel("Activity").Where(a => a.Properties.GetValueOrDefault("value") is double v && v == 5).ToList();
        Assert.Single(counted);
    }
}

