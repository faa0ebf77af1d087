namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// A committee's own report or review whose committee the text never places (政协某某市委员会常务委员会工作报告, 某某市政协
// …工作总结): its sentences with no subject of their own are its committee's (今年将…，一年来共开展…; 按照年度计划，开展…),
// a meeting counted in its own clause (召开协商会3场) is a count like any other, and a sentence a clause of which opens
// with another subject (今年以来，全县共接待…) is that subject's. A one-character preposition is stripped from an object
// only when it is a word (对口协商, 为民服务 keep it). Sentences written for these tests.
public class UnnamedCommitteeReportFormsTests
{
    private const string Report = "政协某某市委员会常务委员会工作报告\n\n";
    private const string Review = "某某县政协2024年工作总结\n\n";
    private const string County = "政协临洮县委员会常务委员会工作报告\n\n";

    private static List<(double Value, string Object)> Counted(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => ((double)a.Properties["value"], a.Properties.GetValueOrDefault("object") as string ?? ""))
            .OrderBy(a => a.Item1)];

    private static List<double> Values(string text) => [.. Counted(text).Select(c => c.Value)];

    [Theory]
    [InlineData(Report + "今年将继续深化调研，一年来共开展专题调研11次，视察7次。", new[] { 7.0, 11.0 })]
    [InlineData(Report + "按照年度协商计划，开展专题协商6次。", new[] { 6.0 })]
    [InlineData(Report + "根据年初工作安排，组织开展专题视察9次。", new[] { 9.0 })]
    [InlineData(Review + "下一步将持续深化监督，去年以来共开展民主监督14次。", new[] { 14.0 })]
    public void A_clause_of_the_committees_own_report_counts_for_it(string text, double[] values)
    {
        Assert.Equal(values, Values(text));
    }

    [Theory]
    [InlineData(Report + "组织委员调研15次，召开协商会4场，举办报告会3场。", new[] { 3.0, 4.0, 15.0 })]
    [InlineData(Report + "全年平均每月召开主席会议2次，共召开主席会议25次。", new[] { 25.0 })]
    [InlineData(Review + "县政协举办专题讲座5期。", new[] { 5.0 })]
    public void A_meeting_counted_in_its_own_clause_is_a_count(string text, double[] values)
    {
        Assert.Equal(values, Values(text));
    }

    [Theory]
    [InlineData(Report + "今年将开展调研10次。")]
    [InlineData(Report + "计划开展专题调研10次，视察5次。")]
    [InlineData(Report + "力争全年走访企业100家。")]
    [InlineData(Report + "今年，市政协将继续深化调研，开展专题调研12次，召开协商会4场。")]
    [InlineData(Report + "会议讨论了提交常委会议审议的两个调研报告。")]
    [InlineData(Report + "今年以来，全市共接待游客200万人次，举办节会活动30场。")]
    public void Plans_and_others_counts_stay_out(string text)
    {
        Assert.Empty(Values(text));
    }

    [Theory]
    [InlineData(County + "今年，县政协将继续深化调研，组织委员视察12次，召开协商会4场。", new double[0])]
    [InlineData(County + "县政协将深化监督，开展专题视察6次。", new double[0])]
    [InlineData(County + "今年将继续深化调研，一年来开展专题调研12次，召开协商会4场。", new[] { 4.0, 12.0 })]
    [InlineData(County + "县政协将委员的意见汇总，开展专题调研12次。", new[] { 12.0 })]
    public void A_plan_whose_verb_the_tagger_misreads_still_runs_on(string text, double[] values)
    {
        Assert.Equal(values, Values(text));
    }

    [Fact]
    public void A_clause_opening_with_another_subject_is_not_the_committees()
    {
        Assert.Empty(Values("市政协委员深入景区调研。今年以来，全县共接待游客180万人次，举办节会活动25场。"));
    }

    [Theory]
    [InlineData("县政协开展对口协商8次。", "对口协商")]
    [InlineData("县政协开展为民服务活动12次。", "为民服务活动")]
    [InlineData("县政协开展对外交流活动6次。", "对外交流活动")]
    [InlineData("县政协全年共开展视察12次。", "视察")]
    [InlineData("县政协向县委报送信息50条。", "信息")]
    public void A_preposition_is_stripped_only_as_a_word(string sentence, string objectText)
    {
        Assert.Equal(objectText, Assert.Single(Counted(County + sentence)).Object);
    }
}

// Read on a committee's title alone, a clause that opens with another body or place acting (人大常委会, 文旅局,
// 委员企业, 该市, 去年全县) counts for that subject; the committee's own subject-less clauses, even ones whose object
// is an enterprise (深入企业开展调研, 走访企业50家), still count. Sentences written for these tests.
public class TitledReportOtherSubjectFormsTests
{
    private static List<double> Values(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .Select(a => (double)a.Properties["value"]).OrderBy(v => v)];

    [Theory]
    [InlineData("政协某某市委员会常务委员会工作报告\n\n市人大常委会开展执法检查6次。")]
    [InlineData("市政协2024年工作回顾\n\n委员企业累计开展技术培训40场次。")]
    [InlineData("某某县政协召开常委会会议\n\n据介绍，今年以来，该市累计举办招商推介活动15场，走访企业200余家。")]
    [InlineData("某某县政协召开常委会会议\n\n市文旅局举办文化活动56场，接待游客30万人次。")]
    [InlineData("某某县政协召开常委会会议\n\n会上通报，去年全县举办招商活动20场。")]
    public void Another_bodys_count_quoted_in_a_committees_text_stays_out(string text)
    {
        Assert.Empty(Values(text));
    }

    [Theory]
    [InlineData("政协某某市委员会常务委员会工作报告\n\n深入企业开展调研，走访企业60余家，召开座谈会15场。", new[] { 15.0, 60.0 })]
    [InlineData("政协某某市委员会常务委员会工作报告\n\n组织委员走访企业50家，服务群众300人次。", new[] { 50.0 })]
    [InlineData("市政协2024年工作回顾\n\n围绕优化营商环境，走访企业80家，收集意见建议120条。", new[] { 80.0, 120.0 })]
    [InlineData("政协某某市委员会常务委员会工作报告\n\n动员委员企业开展结对帮扶活动12次。", new[] { 12.0 })]
    public void The_committees_own_clauses_still_count(string text, double[] values)
    {
        Assert.Equal(values, Values(text));
    }
}
