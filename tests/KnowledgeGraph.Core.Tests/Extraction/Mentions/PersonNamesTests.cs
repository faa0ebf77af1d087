namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Names in the shapes unseen pages write them (the names are made up; the patterns are the genre's).
public class PersonNamesTests
{
    private const string County = "政协三门县委员会工作动态\n";

    private static IEnumerable<string> People(string text) =>
        TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal);

    [Theory]
    // A stop character that opens no word is a given name's (会作, 先琦); one that opens a word is not (会见).
    [InlineData(County + "县政协主席郑庆会作工作报告。", "郑庆会")]
    [InlineData(County + "县政协主席李先琛主持会议。", "李先琛")]
    [InlineData(County + "县政协主席王建民会见了客商。", "王建民")]
    // A verb after the first given character takes it (应邀, 分别); a rare one does not (明说).
    [InlineData(County + "县委副书记姜涛应邀出席会议。", "姜涛")]
    [InlineData(County + "县政协副主席刘振分别参加讨论。", "刘振")]
    // A name the dictionary holds as a place is a person after a title, unless a place opens it.
    [InlineData(County + "县政协副主席王治国分别参加讨论。", "王治国")]
    // A surname that is also a preposition (于) before a character and a verb (强|调研) is a name.
    [InlineData(County + "副县长于强调研春耕生产。", "于强")]
    [InlineData(County + "县政协副主席向明视察乡村学校。", "向明")]
    public void A_name_after_a_title_ends_where_the_sentence_goes_on(string text, string name)
    {
        Assert.Equal([name], People(text));
    }

    [Fact]
    public void Names_closed_by_a_list_mark_are_read_whole_even_when_a_stop_character_or_a_long_name_is_inside()
    {
        var people = People(County + "历届县政协主席李先琛、徐会力、吴善明应邀出席。旗人大常委会主任佟格日乐、政协主席周建华出席会议。");

        Assert.Equal(["佟格日乐", "吴善明", "周建华", "徐会力", "李先琛"], people);
    }

    [Fact]
    public void A_list_after_a_colon_keeps_a_name_without_a_known_surname_but_not_firms_or_slogans()
    {
        Assert.Contains("敖其日格", People(County + "本次大会的执行主席是：周建华、敖其日格、李贤、何志坤。"));
        Assert.Empty(People(County + "走访了华宇纺织、中兴农业、福顺商贸等企业。坚持兴产业、强企业、惠民生。"));
    }

    [Theory]
    // A surname that is also a preposition, its one given character cutting a common word (大会), is the preposition.
    [InlineData(County + "总监票人向大会报告计票结果。", new string[0])]
    [InlineData(County + "会后，记者于会场外采访了委员。", new string[0])]
    // A name whose given characters are read whole keeps its surname (于大海, 向阳红).
    [InlineData(County + "县政协副主席于大海出席会议。", new[] { "于大海" })]
    [InlineData(County + "县政协副主席向明主持会议。", new[] { "向明" })]
    public void A_preposition_before_a_common_word_is_no_surname(string text, string[] expected)
    {
        Assert.Equal(expected, People(text));
    }

    [Fact]
    public void A_list_after_the_word_for_its_group_is_of_people_without_a_title()
    {
        var graph = TestExtraction.Read("党和国家领导人蒯某平、晁某东、祁某川出席茶话会。").Graph;

        Assert.Equal(["晁某东", "祁某川", "蒯某平"], graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.All(graph.OfLabel("Person"), p => Assert.Empty((IEnumerable<string>)p.Properties["roles"]!));
        // The group word before slogans is no list of names.
        Assert.Empty(People("领导人强调兴产业、强企业、惠民生。"));
    }

    [Fact]
    public void A_party_secretary_is_read_even_where_no_place_resolves_the_party_committee()
    {
        var graph = TestExtraction.Read("会上，县委书记陈晓东讲话。").Graph;

        Assert.Contains(graph.OfLabel("Person"), n => n.Name == "陈晓东");
    }

    [Fact]
    public void A_municipality_party_committee_is_the_municipality_s()
    {
        var graph = TestExtraction.Read("政协上海市委员会工作动态\n市委书记陈国明出席会议。").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:陈国明" && r.To == "body:中共上海市委员会");
    }

    [Theory]
    // A county-level city's page: 市委 is the city's own; a county's page: its prefecture's.
    [InlineData("政协义乌市委员会工作动态\n市委书记陈国明出席会议。", "body:中共义乌市委员会")]
    [InlineData("政协浦江县委员会工作动态\n市委书记陈国明出席会议。", "body:中共金华市委员会")]
    [InlineData("政协金华市委员会工作动态\n市委书记陈国明出席会议。", "body:中共金华市委员会")]
    public void A_city_party_committee_is_the_city_of_the_page_at_county_level_else_the_prefecture(string text, string body)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:陈国明" && r.To == body);
    }

    [Fact]
    public void Reporters_the_page_separates_by_spaces_are_each_a_person_though_the_repaired_text_joins_them()
    {
        var people = People("记者:尹佳 李莉 李恒 关婷\n今天上午，委员们陆续到大会报到处报到。");

        Assert.Equal(["关婷", "尹佳", "李恒", "李莉"], people);
    }

    [Fact]
    public void A_photo_credit_ending_in_摄影报道_names_the_photographer()
    {
        var graph = TestExtraction.Read(County + "委员们在分组讨论中踊跃发言。\n\n井丽摄影报道").Graph;

        var person = Assert.Single(graph.OfLabel("Person"));
        Assert.Equal("井丽", person.Name);
        Assert.Contains("摄影", (string[])person.Properties["roles"]);
    }

    [Theory]
    // 于 before a common word whose second character opens no verb stays a preposition (大会|期间, 会上).
    [InlineData(County + "委员们于大会期间提交提案。")]
    [InlineData(County + "县政协副主席于会上通报情况。")]
    public void A_preposition_surname_before_a_noun_is_no_name(string text)
    {
        Assert.DoesNotContain(People(text), n => n[0] == '于');
    }
}

// Titles the genre writes before names that are not the usual committee or government ones.
public class GenreTitlesTests
{
    [Theory]
    [InlineData("政协乌拉特中旗委员会工作动态\n市纪检委派驻纪检组组长刘建文到会指导。", "刘建文", "组长")]
    [InlineData("政协鄂托克前旗委员会工作动态\n旗委书记、二级巡视员王建强出席会议。", "王建强", "二级巡视员")]
    [InlineData("政协广州市白云区委员会工作动态\n民盟区基层委员会副主委张明出席活动。", "张明", "副主委")]
    public void A_group_leader_an_inspector_or_a_party_vice_chair_is_read_with_the_title(string text, string name, string title)
    {
        var person = Assert.Single(TestExtraction.Read(text).Graph.OfLabel("Person"), n => n.Name == name);

        Assert.Contains((string[])person.Properties["roles"], r => r.EndsWith(title, StringComparison.Ordinal));
    }
}
