namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People in the forms news pages of committees write them (the names are made up; the patterns are the genre's).
public class PeopleInNewsFormsTests
{
    private const string County = "政协三门县委员会工作动态\n";

    private static IReadOnlyList<string> People(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal)];

    [Theory]
    // A third character that seemed to open a word (民主, 跃出) is the name's when a verb follows it.
    [InlineData(County + "县政协副主席张兆民主持召开座谈会。", "张兆民")]
    [InlineData(County + "县政协秘书长李顺跃出席会议。", "李顺跃")]
    // A department's short name runs into the title (统战部长): the name after it is still read.
    [InlineData(County + "会议期间，县委常委、县委统战部长江海松参加讨论。", "江海松")]
    // Ranks and offices of a committee's staff are titles too.
    [InlineData(County + "县政协四级调研员曹云飞参加讨论。", "曹云飞")]
    [InlineData(County + "县政协社会文教处处长胡某某陪同考察。", "胡某某")]
    // Less common surnames.
    [InlineData(County + "县人大常委会主任丘海出席会议。", "丘海")]
    public void A_name_after_a_title_is_read_in_the_forms_news_pages_write(string text, string name)
    {
        Assert.Contains(name, People(text));
    }

    [Fact]
    public void Titles_after_names_give_the_role_and_the_committee_speaking()
    {
        var graph = TestExtraction.Read(County + "在县政协会议上，丁大恒主席作工作报告，王兆钢副主席作提案工作报告，中共三门县委汪某书记作重要讲话，方世忠县长作政府工作报告。").Graph;
        var people = graph.OfLabel("Person").Select(n => n.Name).ToList();

        Assert.Contains("丁大恒", people);
        Assert.Contains("汪某", people);
        Assert.Contains("方世忠", people);
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:王兆钢" && r.Key == "副主席" && r.To == "committee:政协三门县委员会");
    }

    [Fact]
    public void A_speaker_named_before_comrade_at_the_head_of_a_report_is_a_person()
    {
        Assert.Contains("杨某", People("杨某同志在政协某某市第十三届委员会常务委员会工作报告\n各位委员：\n我代表常务委员会，向大会报告工作。"));
    }

    [Fact]
    public void Writers_in_brackets_after_a_wire_dateline_and_a_credit_sent_by_a_committee_are_people()
    {
        var people = People(County + "某某网某某新闻8月3日电(杨某雄 吴小兰)7月29日，县政协组织委员开展视察活动。\n县政协相关人员陪同调研。\n（三门县政协  周诗泉  供稿）");

        Assert.Contains("杨某雄", people);
        Assert.Contains("吴小兰", people);
        Assert.Contains("周诗泉", people);
    }

    [Fact]
    public void A_closing_author_before_an_editors_line_is_read()
    {
        var people = People(County + "县政协还增设了新的界别。(苏某凤)\n[ 责任编辑:张某静 ]");

        Assert.Contains("苏某凤", people);
    }

    [Fact]
    public void A_list_of_names_ending_with_he_and_a_count_of_members_gives_each_the_members_title()
    {
        var graph = TestExtraction.Read(County + "王瑞、王明珠、毛瑞、刘萍和谢俊斌5名县政协委员踊跃发言。").Graph;

        Assert.Contains(graph.OfLabel("Person"), n => n.Name == "谢俊斌");
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:毛瑞" && r.Key == "委员");
    }

    [Fact]
    public void Slogans_in_a_list_that_goes_on_from_a_verb_phrase_are_no_people()
    {
        Assert.Empty(People(County + "推动县域经济发展。坚持兴产业、强企业、壮财源、惠民生，加力培育主导产业。"));
        Assert.Empty(People(County + "坚持以下原则：强企业、壮财源、惠民生、富百姓。"));
    }

    [Fact]
    public void A_character_that_usually_stops_a_name_is_the_names_before_a_verb_a_name_is_followed_by()
    {
        Assert.Contains("田向利", People(County + "四川省政协主席田向利代表常务委员会作工作报告。"));
        Assert.Equal(["王平"], People(County + "县政协主席王平向大会报告工作。"));
    }

    [Fact]
    public void A_photo_credits_mark_is_never_part_of_a_name()
    {
        var people = People(County + "委员们认真听取报告。\n某某日报全媒体记者 肖某杨 郝飞 摄");

        Assert.Contains("郝飞", people);
        Assert.DoesNotContain("郝飞摄", people);
    }

    [Fact]
    public void A_paragraph_opening_with_a_name_and_a_verb_of_saying_names_a_person()
    {
        Assert.Contains("杨俊峰", People(County + "杨俊峰表示，今后五年，县政协将充分发挥委员作用。"));
        Assert.Contains("徐某军", People(County + "餐饮店负责人徐某军的话音刚落，委员就接过话茬。"));
    }

    [Fact]
    public void A_list_going_on_from_a_name_after_an_unknown_title_is_read()
    {
        var people = People(County + "指导组成员刘强、白建光、孔令祥、海晓榕、刘洋到会指导。");

        Assert.Contains("白建光", people);
        Assert.Contains("海晓榕", people);
    }

    [Fact]
    public void Names_ending_described_items_of_a_list_closed_by_deng_are_people_and_slogans_are_not()
    {
        var people = People(County + "大力培育文明风尚，涌现出人民警察英雄杨春明、最美退役军人贾建华、见义勇为少年李佳琪等一批先进模范。");

        Assert.Equal(["李佳琪", "杨春明", "贾建华"], people);
        Assert.Empty(People(County + "坚持兴产业、强企业、壮财源、惠民生等重点任务。"));
    }

    [Fact]
    public void An_editors_name_on_the_line_under_the_label_is_the_editor()
    {
        var graph = TestExtraction.Read(County + "县政协召开常委会议。\n责任编辑：\n李莎莎\n扫一扫在手机打开当前页").Graph;

        Assert.Contains(graph.OfLabel("Person"), n => n.Name == "李莎莎");
    }
}
