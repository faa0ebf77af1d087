namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Counts of the committees' consultation platforms across the whole place (全县“民生议事堂”共开展…), a count of times before a
// verb of going whose activity follows in the next clause (相继7次深入乡镇，开展专题调研), members split into groups named by
// their activity (分为四个视察组), and issues of a bulletin edited (编辑《社情民意》35期). Sentences ours, the patterns those of
// committee news and standing-committee reports; works shown at the committee's exhibitions (展出书画作品100余幅), not a museum's.
public class PlatformsChainsAndNamedGroupsFormsTests
{
    private const string County = "临泽县政协工作综述\n2月18日，政协临泽县第九届委员会常务委员会工作报告回顾了一年来的工作。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Theory]
    [InlineData("今年以来，全县“民生议事堂”共开展协商议事活动120次。")]
    [InlineData("今年以来，全县“有事好商量”协商议事室共开展协商议事活动120次。")]
    public void The_committees_platforms_across_the_place_count_as_the_committee_s(string sentence)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal(("协商", 120.0, "次"), (count.Kind, count.Value, count.Unit));
    }

    [Theory]
    [InlineData("今年以来，全县共新建道路12条，开展招商活动30次。")]
    [InlineData("全县村（社区）议事会共召开会议1200余次。")]
    [InlineData("全市协商解决历史遗留问题120件。")]
    [InlineData("全县共建成村民议事厅210个。")]
    public void The_whole_place_doing_its_own_work_or_its_villages_councils_are_no_committee_s_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协相继7次深入乡镇，开展专题调研。")]
    [InlineData("县政协先后7次赴外地，学习考察。")]
    public void Times_before_a_verb_of_going_count_the_activity_of_the_next_clause(string sentence)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal((7.0, "次"), (count.Value, count.Unit));
        Assert.Contains(count.Kind, new[] { "调研", "学习" });
    }

    [Theory]
    [InlineData("县政协相继7次深入乡镇，县长开展调研。")]
    [InlineData("县政协相继7次深入乡镇，观看文艺演出。")]
    [InlineData("县政协领导先后6次深入分包企业，帮助协调解决问题。")]
    [InlineData("县政协先后3次赴南京，参加省政协召开的座谈会。")]
    [InlineData("县政协先后3次深入企业，了解职工参加培训情况。")]
    public void Times_before_going_with_no_activity_of_the_same_subject_are_no_count(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void A_next_clause_with_a_count_of_its_own_keeps_its_count_alone()
    {
        var count = Assert.Single(Counts(County + "县政协先后3次深入企业，召开座谈会10场。"));
        Assert.Equal((10.0, "场"), (count.Value, count.Unit));
    }

    [Fact]
    public void Members_split_into_groups_named_by_their_activity_are_groups_formed()
    {
        var count = Assert.Single(Counts(County + "县政协将主席会议成员分为四个视察组，分赴各乡镇视察。"));
        Assert.Equal(("组成", 4.0, "个", "视察组"), count);
    }

    [Fact]
    public void Issues_of_a_bulletin_edited_are_counted()
    {
        var count = Assert.Single(Counts(County + "县政协编辑《社情民意》35期。"));
        Assert.Equal(("编撰", 35.0, "期"), (count.Kind, count.Value, count.Unit));
    }

    [Theory]
    [InlineData("县政协举办书画展，共展出书画作品100余幅。", 100.0, "幅")]
    [InlineData("县政协举办书画展，展出作品113件。", 113.0, "件")]
    public void Works_shown_at_the_committee_s_exhibition_are_counted(string sentence, double figure, string unit)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal(("展出", figure, unit), (count.Kind, count.Value, count.Unit));
    }

    [Fact]
    public void A_museum_showing_its_own_works_is_no_committee_s_count()
    {
        Assert.Empty(Counts(County + "县博物馆展出文物300件。"));
    }
}
