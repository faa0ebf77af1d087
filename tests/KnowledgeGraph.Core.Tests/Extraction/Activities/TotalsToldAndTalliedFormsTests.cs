namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// A total told by 有 after a relative clause (收到的提案有120件, 立案的有290件), papers counted in 份, filing told after a list
// of counts (80件个人提案和6件集体提案予以立案), and tallies that are no step of the committee's: proposals by what they are
// about (反映…的提案24件), proposals turned into something else (提案转建议6件), the grade of a handling outcome (办理结果为A类的
// 219件) and a count that opens a list of what it counts (五个平台分别是…). Sentences ours, the patterns those of proposal
// reports, session news and a member's story.
public class TotalsToldAndTalliedFormsTests
{
    private const string County = "临泽县政协九届四次会议闭幕\n2月18日，政协临泽县第九届委员会第四次会议闭幕。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Theory]
    [InlineData("本次会议期间县政协收到的提案有120件。", "收到", "提案")]
    [InlineData("本次会议期间委员们提交的提案共有120件。", "提出", "提案")]
    [InlineData("本次会议期间经审查立案的有120件。", "立案", "提案")]
    [InlineData("一年来，县政协走访的企业有120家。", "走访", "企业")]
    public void A_total_told_by_you_after_a_relative_clause_is_counted(string sentence, string kind, string noun)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal((kind, 120.0, noun), (count.Kind, count.Value, count.Object));
    }

    [Theory]
    [InlineData("本次会议收到的提案中有12件涉及教育。")]
    [InlineData("本次会议收到的提案里有12件涉及教育。")]
    [InlineData("本次会议立案的提案有12件已经办复。")]
    [InlineData("本次会议不予立案的有12件。")]
    [InlineData("县政协计划走访的企业有12家。")]
    [InlineData("参加本次会议的委员有120人。")]
    public void A_part_a_plan_a_step_not_taken_or_people_told_by_you_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协委员王某某这次提交了3份提案。", "提出")]
    [InlineData("县政协向市政协报送了3份提案。", "报送")]
    public void Proposals_counted_in_copies_are_counted(string sentence, string kind)
    {
        Assert.Equal([(kind, 3.0, "份", "提案")], Counts(County + sentence));
    }

    [Fact]
    public void Proposals_told_by_you_and_then_picked_are_picked()
    {
        Assert.Equal([("确定", 12.0, "件", "重点提案")], Counts(County + "本次会议委员提交的提案有12件被列为重点提案。"));
    }

    [Fact]
    public void Copies_of_a_questionnaire_about_proposals_are_no_proposals()
    {
        Assert.Empty(Counts(County + "县政协向社会收集了500份提案征集问卷。"));
    }

    [Theory]
    [InlineData("本次会议期间，80件个人提案和6件集体提案予以立案。")]
    [InlineData("本次会议期间，80件个人提案、6件集体提案经审查予以立案。")]
    public void Filing_told_after_a_list_of_counts_files_each_of_them(string sentence)
    {
        Assert.Equal([("立案", 6.0, "件", "集体提案"), ("立案", 80.0, "件", "个人提案")], Counts(County + sentence));
    }

    [Fact]
    public void A_forecast_filing_after_a_list_files_nothing()
    {
        Assert.Empty(Counts(County + "预计80件个人提案和6件集体提案将予以立案。"));
    }

    [Fact]
    public void Proposals_counted_by_what_they_are_about_are_parts_of_the_total()
    {
        Assert.Equal(
            [("提出", 150.0, "件", "提案")],
            Counts(County + "本次会议共提交提案150件，涉及乡村振兴的提案40件，反映生态环境保护的提案26件，聚焦民生保障的提案52件。"));
    }

    [Theory]
    [InlineData("会上共交办提案120件，提案转建议6件。")]
    [InlineData("会上共交办提案120件，转为委员来信6件。")]
    public void Proposals_turned_into_something_else_are_no_step(string sentence)
    {
        Assert.Equal([("交办", 120.0, "件", "提案")], Counts(County + sentence));
    }

    [Fact]
    public void The_grade_of_a_handling_outcome_is_no_step()
    {
        Assert.Equal(
            [("办理", 120.0, "件", "提案")],
            Counts(County + "全年共办理提案120件，其中办理结果为A类的112件，占办理总数的93.3%；办理结果为B类的8件。"));
    }

    [Fact]
    public void A_count_that_opens_a_list_of_what_it_counts_is_no_step()
    {
        Assert.Empty(Counts(County + "县政协搭建履职平台，五个平台分别是委员工作室、协商议事会、界别活动站、网络议政厅和民生直通车。"));
    }
}
