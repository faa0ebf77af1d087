namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// A trade between a member's title and the name, and a surname that is a preposition before a place
// (the names and places of the sentences are made up or common; the patterns are the genre's).
public class PeopleAroundTradesAndPrepositionsTests
{
    private const string County = "政协三门县委员会工作动态\n";

    private static IReadOnlyList<string> People(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(County + "5月12日，市政协委员、企业家刘建国来到三门县考察。", "刘建国")]
    [InlineData(County + "省政协委员、民营企业家陈晓东参加活动。", "陈晓东")]
    [InlineData(County + "县政协常委、律师赵某敏作交流发言。", "赵某敏")]
    [InlineData(County + "县政协委员、乡村医生孙某芳为群众义诊。", "孙某芳")]
    public void A_name_after_a_members_title_and_a_trade_is_a_member(string text, string name)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Contains(name, graph.OfLabel("Person").Select(n => n.Name));
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == $"person:{name}" && r.Key is "委员" or "常委");
    }

    [Theory]
    [InlineData("会议现场 作者 白云区政府 供图\n区政协召开全体会议。", "白云区")]
    [InlineData("太原市政协主席操某诚、吕梁市政协主席乔某峰参加会议。", "吕梁市")]
    public void A_division_read_where_a_name_could_stand_is_no_person(string text, string place)
    {
        var people = People(text);

        Assert.DoesNotContain(place, people);
        Assert.DoesNotContain(place[..2], people);
    }

    [Theory]
    [InlineData("太原市政协主席操某诚、吕梁市政协主席乔某峰参加会议。", "操某诚")]
    [InlineData("市政协主席苏某佳主持会议。副主席平某光、贡某珍出席。", "平某光")]
    [InlineData("市政协主席苏某佳主持会议。副主席平某光、贡某珍出席。", "贡某珍")]
    public void Names_of_the_rarer_surnames_after_a_title_are_read(string text, string name)
    {
        Assert.Contains(name, People(text));
    }

    [Fact]
    public void Words_that_open_with_a_rarer_surname_after_a_title_are_no_names()
    {
        Assert.Empty(People("县政协主任平时注重学习。委员平台建设加快，会长贡献突出，政协委员平等参与协商，主席平安抵达。"));
    }

    [Theory]
    [InlineData("市政协副主席王伟区政协主席李某华出席会议。", "王伟")]
    [InlineData("出席会议的有县政协主席张伟县政协副主席李强。", "张伟")]
    public void A_name_run_on_into_the_next_bodys_level_keeps_its_two_characters(string text, string name)
    {
        // 王伟区 is no place: the list lost its separator and 区政协 is the next person's body.
        Assert.Contains(name, People(text));
    }

    [Fact]
    public void A_trade_with_no_name_after_it_makes_no_person()
    {
        Assert.Empty(People(County + "县政协委员、企业家代表等参加座谈。"));
    }

    [Theory]
    // 企业家向灾区捐款: a preposition and a common word after the trade are the sentence's, not a name.
    [InlineData(County + "县政协委员、企业家向灾区捐款。", "向灾区")]
    [InlineData(County + "县政协委员、民营企业家于近日回乡投资。", "于近日")]
    // 国家卫健委: the state opens a body's name and is no trade.
    [InlineData(County + "全国政协委员、国家卫健委副主任王某某出席。", "卫健委")]
    public void A_phrase_or_a_body_after_a_members_title_is_no_traders_name(string text, string notAName)
    {
        Assert.DoesNotContain(notAName, People(text));
    }

    [Theory]
    [InlineData(County + "县政协委员向三门县慈善协会捐赠物资。", "向三门")]
    [InlineData(County + "县政协委员向县慈善协会捐赠物资。", "向县慈")]
    [InlineData(County + "县政协委员向全县群众发出倡议。", "向全县")]
    [InlineData(County + "县政协委员向各级组织反映情况。", "向各级")]
    [InlineData(County + "市政协委员于三门县召开座谈会。", "于三门")]
    // A common noun, time or place word the sentence goes on from is the preposition's object.
    [InlineData(County + "县政协委员向灾区捐款5万元。", "向灾区")]
    [InlineData(County + "市政协委员向社会各界发出倡议。", "向社会")]
    [InlineData(County + "县政协委员于近日回乡调研。", "于近日")]
    [InlineData(County + "县政协委员于上午参加活动。", "于上午")]
    [InlineData(County + "县政协常委向群众宣讲政策。", "向群众")]
    public void A_preposition_before_a_place_or_a_body_is_no_surname(string text, string notAName)
    {
        Assert.DoesNotContain(notAName, People(text));
    }

    [Theory]
    // A place without its division is too often a given name to be read as a preposition's object.
    [InlineData(County + "副县长于长春主持会议。", "于长春")]
    [InlineData(County + "县政协委员向明华出席会议。", "向明华")]
    // A verb a name is followed by after three characters keeps the name.
    [InlineData(County + "县政协副主席于全胜主持会议。", "于全胜")]
    // A rare noun after 全 or 本 is a given name as often as a phrase (全福, 本源), here closed by a comma.
    [InlineData(County + "县政协常委向全福，县政协委员张丽参加活动。", "向全福")]
    [InlineData(County + "县政协副主席向本源，委员于乡宁参加调研。", "向本源")]
    // A county's or district's name before 长 is a name before its title (于宁 县长, 向东 区长).
    [InlineData(County + "座谈会上，于宁县长介绍了全县发展情况。", "于宁")]
    [InlineData(County + "会上，向东区长作动员讲话。", "向东")]
    // A given name that is a common word, before a list, 等, a stop or a verb a name is followed by.
    [InlineData(County + "县政协委员于海军、向红梅等参加活动。", "于海军")]
    [InlineData(County + "县政协委员于海军在会上发言。", "于海军")]
    [InlineData(County + "县政协主席于国庆主持会议。", "于国庆")]
    [InlineData(County + "县政协委员于春雷作交流发言。", "于春雷")]
    [InlineData(County + "县政协副主席于春天主持会议。", "于春天")]
    // A byline holds names only.
    [InlineData(County + "作者：于近日 来源：本站原创\n县政协召开常委会议。", "于近日")]
    public void A_preposition_surname_before_a_given_name_stays_a_name(string text, string name)
    {
        Assert.Contains(name, People(text));
    }
}
