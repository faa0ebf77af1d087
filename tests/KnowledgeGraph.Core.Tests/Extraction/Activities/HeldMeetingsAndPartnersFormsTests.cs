namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Meetings counted after a verb of holding (共召开5次常委会议) against a session's number (十三届五次常委会议), events in 场(次), bulletins compiled and
// printed (编印了8期信息简报), whom the committee acts with between a count and its verb (就22个提案与承办单位面对面进行协商), and
// tallies that are no steps: what the handling bodies solved (47件提案所提问题已经解决) and proposals of one field after the total
// (就…等领域提出提案188件; a field named in the clause before). Sentences ours, the patterns those of yearly reviews, session news
// and proposal-work reports.
public class HeldMeetingsAndPartnersFormsTests
{
    private const string County = "临泽县政协工作综述\n2月18日，政协临泽县第九届委员会常务委员会工作报告回顾了一年来的工作。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Theory]
    [InlineData("一年来，县政协共召开5次常委会议，10次主席会议。")]
    [InlineData("一年来，县政协召开了5次常委会议、10次主席会议。")]
    public void Meetings_counted_after_a_verb_of_holding_are_held(string sentence)
    {
        Assert.Equal([("召开", 5.0, "次", "常委会议"), ("召开", 10.0, "次", "主席会议")], Counts(County + sentence));
    }

    [Theory]
    [InlineData("3月5日，县政协召开九届五次常委会议。")]
    [InlineData("3月5日，县政协召开第五次常委会议。")]
    public void A_meeting_s_number_is_no_count(string sentence)
    {
        Assert.DoesNotContain(Counts(County + sentence), c => c.Value == 5.0);
    }

    [Theory]
    [InlineData("一年来，县政协开展协商议事活动26场(次)。")]
    [InlineData("一年来，县政协开展协商议事活动 26 场（次）。")]
    public void Events_counted_in_场_次_with_brackets_are_场次(string sentence)
    {
        Assert.Equal([("协商", 26.0, "场次", "协商议事活动")], Counts(County + sentence));
    }

    [Fact]
    public void Bulletins_compiled_and_printed_are_counted()
    {
        var count = Assert.Single(Counts(County + "会议期间，大会秘书处编印了8期会议简报。"));
        Assert.Equal(("编撰", 8.0, "期"), (count.Kind, count.Value, count.Unit));
    }

    [Theory]
    [InlineData("县政协就12个提案与承办单位面对面进行协商。", "协商", "提案")]
    [InlineData("县政协对12件重点提案同相关部门一起开展督办。", "督办", "重点提案")]
    public void Whom_the_committee_acts_with_stands_between_the_count_and_its_verb(string sentence, string kind, string noun)
    {
        Assert.Equal([(kind, 12.0, noun == "提案" ? "个" : "件", noun)], Counts(County + sentence));
    }

    [Fact]
    public void Bodies_acting_with_the_committee_are_no_count_of_its()
    {
        Assert.Empty(Counts(County + "12个承办单位与县政协进行协商。"));
    }

    [Fact]
    public void What_the_handling_bodies_solved_is_no_step()
    {
        Assert.DoesNotContain(Counts(County + "全年办理提案96件，47件提案所提问题已经解决或基本解决，占比48%。"), c => c.Value == 47.0);
    }

    [Theory]
    [InlineData("本届以来共提出提案727件，其中就区域协同发展、科技创新等领域提出提案188件。")]
    [InlineData("本届以来共提出提案727件。委员们围绕科技创新、发展旅游业等方面，五年来共提出提案188件。")]
    public void Proposals_of_one_field_after_the_total_are_its_part(string sentence)
    {
        Assert.Equal([("提出", 727.0, "件", "提案")], Counts(County + sentence));
    }
}
