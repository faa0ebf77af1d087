namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Where a plan or an average stops running on through its sentence: 将 taking a thing and doing something with it
// (将调研成果转化为提案, 将…列为协商议题) is no plan, and a clause that says a total (人均…2件，共收到…320件) counts the
// whole, not one member. Sentences written for these tests.
public class PlanRunEndFormsTests
{
    private const string Report = "政协某某市委员会常务委员会工作报告\n\n";

    private static List<double> Values(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => (double)a.Properties["value"]).Order()];

    [Theory]
    [InlineData("市政协将调研成果转化为提案，提交提案30件。", new[] { 30.0 })]
    [InlineData("区政协将优化营商环境列为年度重点协商议题，组织委员调研12次。", new[] { 12.0 })]
    [InlineData("县政协将调研视察作为履职的重要抓手，开展调研视察20次。", new[] { 20.0 })]
    public void Jiang_taking_a_thing_is_no_plan(string sentence, double[] values)
    {
        Assert.Equal(values, Values(Report + sentence));
    }

    [Fact]
    public void Jiang_with_an_adverb_is_still_a_plan()
    {
        Assert.Empty(Values(Report + "今年，市政协将继续把民生问题作为协商重点，开展专题调研10次。"));
    }

    [Theory]
    [InlineData("全市委员人均参加活动5次，共参加活动1200人次。", 1200.0)]
    [InlineData("委员人均提交提案2件，全年共收到提案320件。", 320.0)]
    public void A_total_after_an_average_counts(string sentence, double value)
    {
        Assert.Equal([value], Values(Report + sentence));
    }

    [Fact]
    public void A_total_after_a_plan_is_still_planned()
    {
        Assert.Empty(Values(Report + "明年，市政协将开展专题调研10次，共走访企业50家。"));
    }

    [Fact]
    public void A_report_after_another_verb_keeps_that_verb()
    {
        Assert.Equal([15.0], Values(Report + "市政协围绕数字经济组织专题调研，形成报告15篇。"));
    }
}
