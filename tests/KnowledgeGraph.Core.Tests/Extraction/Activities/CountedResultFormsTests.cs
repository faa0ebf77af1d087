namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts of what a committee set up, collected or put forward, in forms met on CPPCC news (a verb after
// the counted noun, a relative clause, a one-character verb, books counted in 本); sentences written
// for these tests.
public class CountedResultFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    private static IReadOnlyDictionary<string, object> Single(string sentence, double value) =>
        Assert.Single(TestExtraction.Read(County + sentence).Graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == value).Properties;

    private static double[] Counted(string sentence) =>
        [.. TestExtraction.Read(County + sentence).Graph.OfLabel("Activity").Select(a => a.Properties.GetValueOrDefault("value")).OfType<double>().Order()];

    [Theory]
    [InlineData("县政协共征集到委员荐读书目45本。", "征集", 45, "本", "委员荐读书目")]
    [InlineData("委员们向有关部门提意见、建议38条。", "提出", 38, "条", "意见、建议")]
    [InlineData("此次挂牌成立的6个委员联络站将发挥作用。", "建立", 6, "个", "委员联络站")]
    public void A_count_of_what_the_committee_built_collected_or_put_forward_is_its_activity(string sentence, string kind, double value, string unit, string objectText)
    {
        var activity = Single(sentence, value);

        Assert.Equal(kind, activity["kind"]);
        Assert.Equal(unit, activity["unit"]);
        Assert.Equal(objectText, activity["object"]);
    }

    [Theory]
    [InlineData("到6月底,12个村(社区)政协联络站全部创建完毕,并配备了联络员。", "建立", 12, "村（社区）政协联络站")]
    [InlineData("推动绿化整治、停车场建设等30余件实事解决,群众满意。", "解决", 30, "实事")]
    public void A_verb_after_the_counted_noun_governs_it_even_past_a_bracket_a_quantity_word_or_at_the_clause_end(string sentence, string kind, double value, string objectText)
    {
        var activity = Single(sentence, value);

        Assert.Equal(kind, activity["kind"]);
        Assert.Equal(objectText, activity["object"]);
    }

    [Theory]
    [InlineData("全县生产总值比上年提高3个百分点。")]
    [InlineData("对在委员工作室建设中表现突出的新城区等6个县区政协予以通报表扬。")]
    [InlineData("县政协基本完成三本台账的整理。")]
    [InlineData("县政协举办招商推介会,共有30家企业参加。")]
    [InlineData("县政协抓好自身建设5项。")]
    [InlineData("县政协助推12个集镇提质增效。")]
    public void A_verb_inside_another_word_or_before_a_locative_counts_nothing(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void Papers_written_after_an_activity_keep_their_own_noun_and_leave_the_activity_uncounted()
    {
        var papers = Single("县政协各专委会深入开展调研视察活动，梳理存在问题，形成调研视察报告20篇。", 20);
        Assert.Equal("篇", papers["unit"]);
        Assert.Contains("报告", Assert.IsType<string>(papers["object"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_inside_the_topics_after_around_is_no_verb_of_the_count()
    {
        var topics = Single("围绕“推进产业转型，促进高质量发展”、加快充电设施配套建设、“补齐养老服务短板”3个课题开展对口协商。", 3);
        Assert.Equal("协商", topics["kind"]);
        Assert.Equal("课题", topics["object"]);
    }

    [Fact]
    public void Proposals_and_suggestions_listed_after_speeches_share_the_verb_of_putting_forward()
    {
        Assert.Equal([1.0, 4.0, 31.0], Counted("民进县委会深入基层开展调查研究，“两会”期间，共提交大会发言材料4篇，提案31件，建议1件。"));
    }

    [Fact]
    public void Groups_formed_right_after_the_verb_are_a_count()
    {
        Assert.Equal("组成", Single("今年以来，县政协组建三组调研小组，分赴各乡镇开展专题调研。", 3)["kind"]);
    }
}
