namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Forms of counted activities met on set 13's tune half: proposals selected for supervision, 人(次)
// counts of contacts and medical help, practical deeds done, groups named by their activity opening a
// clause (also in traditional characters), households given help; and a meeting's agenda items and
// applause, which count no activity. Sentences written for these tests.
public class ServiceAndAgendaFormsTests
{
    private const string County = "政协涟水县委员会2023年工作回顾\n\n";

    // A heading that names no committee: the document's reporter is unknown.
    private const string Unnamed = "一年来的履职回顾\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string document) =>
        [.. TestExtraction.Read(document).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    [Fact]
    public void Proposals_selected_after_quoted_titles_are_selected()
    {
        var selected = Assert.Single(Counted(County + "此外，县政协会同有关部门精选“乡村道路养护”“老旧小区改造”等9件重点提案，由县领导领衔督办。"));

        Assert.Equal(9.0, selected.Properties["value"]);
        Assert.Equal("遴选", selected.Properties["kind"]);
        Assert.Equal("重点提案", selected.Properties["object"]);
    }

    [Theory]
    [InlineData("全年委员们累计联系界别群众1.2万人(次)。", 12000.0, "联系")]
    [InlineData("全年委员们累计联系界别群众3600人（次）。", 3600.0, "联系")]
    [InlineData("医卫界委员赠药送医520人(次)。", 520.0, "送医")]
    public void Counts_in_people_times_written_with_brackets_are_counted(string sentence, double figure, string kind)
    {
        var counted = Assert.Single(Counted(County + sentence));

        Assert.Equal(figure, counted.Properties["value"]);
        Assert.Equal(kind, counted.Properties["kind"]);
        Assert.Equal("人(次)", counted.Properties["unit"]);
    }

    [Fact]
    public void A_count_of_people_alone_stays_uncounted()
    {
        Assert.Empty(Counted(County + "全年委员们累计联系界别群众360人。"));
    }

    [Fact]
    public void Practical_deeds_done_for_the_people_are_counted()
    {
        var deeds = Assert.Single(Counted(County + "委员们为民办实事80余件。"));

        Assert.Equal(80.0, deeds.Properties["value"]);
        Assert.Equal("办", deeds.Properties["kind"]);
        Assert.Equal("实事", deeds.Properties["object"]);
    }

    [Theory]
    [InlineData(County + "这一年，5个视察组悉心选题、深入基层，为发展建言。")]
    [InlineData("政協漣水縣委員會2023年工作回顧\n\n這一年，5個調研組悉心選題、深入基層，為發展建言。")]
    public void Groups_named_by_their_activity_opening_a_clause_were_formed(string document)
    {
        var groups = Assert.Single(Counted(document));

        Assert.Equal(5.0, groups.Properties["value"]);
        Assert.Equal("组成", groups.Properties["kind"]);
    }

    [Theory]
    [InlineData("这一年，5个党小组认真学习、深入讨论。")]
    [InlineData("这一年，5个小组认真学习、深入讨论。")]
    public void Groups_not_named_by_an_activity_stay_uncounted(string sentence)
    {
        Assert.Empty(Counted(County + sentence));
    }

    [Fact]
    public void Households_given_help_are_visits_of_care()
    {
        var households = Assert.Single(Counted(County + "这项活动已为36户困难家庭送上米面和棉衣。"));

        Assert.Equal(36.0, households.Properties["value"]);
        Assert.Equal("慰问", households.Properties["kind"]);
    }

    [Fact]
    public void Households_helped_by_the_government_are_not_the_committees()
    {
        Assert.Empty(Counted(County + "县政府为40户困难家庭送上慰问金。"));
    }

    [Theory]
    [InlineData(County + "县政协召开全体会议。会议将完成五项议程。")]
    [InlineData(County + "县政协召开全体会议。本次会议议程分为7项。")]
    [InlineData(Unnamed + "市政协召开全体会议。会议将完成五项议程，会期两天。")]
    [InlineData(Unnamed + "委员作大会发言。他的发言获得了与会委员3次热烈的掌声。")]
    [InlineData(County + "县政协委员的发言获得了人民大会堂全场委员4次热烈的掌声。")]
    public void Agenda_items_and_applause_are_no_activities(string document)
    {
        Assert.Empty(Counted(document));
    }
}
