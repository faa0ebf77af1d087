namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Plans and averages that run on through the clauses of a sentence (将开展…8次，视察5次; 人均…3件，…8次), items a meeting studied (召开会议研究
// 事项28项), reports a survey wrote (报送调研报告8篇: 报送, not 调研), information compiled and sent up (编报),
// and a clause naming its own activity after a specific step (调研8次，协商4次). Sentences written for these tests.
public class PlanListAndMeetingItemFormsTests
{
    private const string County = "政协临洮县委员会常务委员会工作报告\n\n";

    private static List<(string Kind, double Value, string Object)> Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => ((string)a.Properties["kind"], (double)a.Properties["value"], a.Properties.GetValueOrDefault("object") as string ?? ""))
            .OrderBy(a => a.Item2)];

    [Theory]
    [InlineData("2024年，县政协将开展专题调研8次，视察5次，协商4次。")]
    [InlineData("新的一年，计划组织委员视察6次，走访企业100家。")]
    [InlineData("下一步，市政协将围绕中心工作，开展调研视察10次，推动解决问题20个。")]
    [InlineData("目标是走访企业不少于200家，召开座谈会10场。")]
    [InlineData("力争全年编报社情民意信息100条以上，提交高质量提案80件。")]
    [InlineData("今年，县政协拟安排重点协商议题6个，调研课题12个。")]
    public void The_clauses_that_go_on_with_a_plan_are_planned(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Fact]
    public void A_plan_for_next_year_after_a_count_is_no_step()
    {
        var counted = Counted(County + "全年共开展调研16次，计划明年开展20次。");

        Assert.Equal([16.0], counted.Select(c => c.Value));
    }

    [Theory]
    [InlineData("一年来，县政协开展专题调研8次，视察5次，协商4次。", 3)]
    [InlineData("县政协围绕中心工作，开展调研视察10次，推动解决问题20个。", 2)]
    [InlineData("县政协按照年初计划，组织开展专题调研12次，视察8次。", 2)]
    [InlineData("根据计划安排，县政协开展调研12次。", 1)]
    [InlineData("县政协将委员意见汇总整理，报送县委县政府，推动解决问题20个。", 1)]
    public void Steps_taken_in_a_list_still_count(string sentence, int count)
    {
        Assert.Equal(count, Counted(County + sentence).Count);
    }

    [Fact]
    public void A_clause_naming_its_own_activity_is_that_activity()
    {
        var counted = Counted(County + "一年来，县政协开展专题调研8次，视察5次，协商4次。");

        Assert.Equal(["协商", "视察", "调研"], counted.Select(c => c.Kind));
    }

    [Fact]
    public void Items_a_meeting_studied_are_no_meetings_held()
    {
        Assert.Empty(Counted(County + "县政协党组召开会议研究重要事项28项。"));
        Assert.Equal([12.0], Counted(County + "县政协党组召开党组会议学习12次。").Select(c => c.Value));
    }

    [Fact]
    public void Survey_reports_sent_up_are_sent_not_surveyed()
    {
        var counted = Assert.Single(Counted(County + "县政协向县委报送调研报告8篇，其中5篇获县委主要领导批示。"));

        Assert.Equal(("报送", 8.0, "调研报告"), counted);
    }

    [Fact]
    public void Information_compiled_and_sent_up_is_counted()
    {
        var counted = Assert.Single(Counted(County + "全年编报社情民意信息156期，被省政协采用12条。"));

        Assert.Equal(("报送", 156.0, "社情民意信息"), counted);
    }

    [Theory]
    [InlineData("2023年，平均每名委员提交提案2.3件，参加活动8.5次。")]
    [InlineData("2023年，市政协委员人均提交提案3件，参加活动8次。")]
    public void An_average_per_member_is_no_count(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Fact]
    public void A_total_in_ten_thousands_still_counts()
    {
        var counted = Counted(County + "2023年，县政协委员共提交提案350件，参加活动1.2万人次。");

        Assert.Equal([350.0, 12000.0], counted.Select(c => c.Value));
    }
}
