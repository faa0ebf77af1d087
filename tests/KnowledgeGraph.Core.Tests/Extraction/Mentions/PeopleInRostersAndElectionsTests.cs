using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named in elections (names before 为 or 当选 and the title closing the clause), in a
// roster's lines (a title, a colon, names set apart by spaces) and in a feature's slash credits
// (某甲/文 记者 某乙/图); written for these tests (made-up names, the genre's patterns).
public class PeopleInRostersAndElectionsTests
{
    private const string Province = "政协宁夏回族自治区委员会\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static bool HasPerson(DocumentGraph graph, string name) => graph.OfLabel("Person").Any(p => p.Name == name);

    [Theory]
    [InlineData("会议以无记名投票方式，补选祁某川、鲍某宁为自治区政协副主席。", new[] { "祁某川", "鲍某宁" }, "副主席")]
    [InlineData("大会选举柏某林为协商委员会主席，委员五十人。", new[] { "柏某林" }, "主席")]
    [InlineData("全体会议上，雷某东当选自治区政协第十二届委员会主席，滕某梅当选秘书长。", new[] { "雷某东", "滕某梅" }, null)]
    [InlineData("县委成立筹备领导小组，以蔺某山为组长，闵某华为副组长。", new[] { "蔺某山", "闵某华" }, null)]
    public void Names_before_wei_or_dangxuan_and_a_closing_title_are_people(string sentence, string[] expected, string? role)
    {
        var graph = Read(Province + sentence);

        Assert.All(expected, n => Assert.True(HasPerson(graph, n), n));
        if (role is not null)
        {
            Assert.All(expected, n => Assert.Contains(graph.OfLabel("Person"), p => p.Name == n && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains(role)));
        }
    }

    [Theory]
    // A count of the people named (四位, 两名) or 同志 between the names and 为 ends the last name.
    [InlineData("会议选举孟某军、扶某东、钱一鸣、温建四位同志为县政协副主席。", new[] { "孟某军", "扶某东", "钱一鸣", "温建" }, "副主席")]
    [InlineData("大会选举祁某川、鲍某宁两名同志为县政协常务委员。", new[] { "祁某川", "鲍某宁" }, "常务委员")]
    [InlineData("会议选举滕某华同志为县政协秘书长。", new[] { "滕某华" }, "秘书长")]
    // 等 and a count in Arabic digits with 人 before 为.
    [InlineData("会议选举蔺某山、闵晓梅等36人为县政协常务委员。", new[] { "蔺某山", "闵晓梅" }, "常务委员")]
    public void Names_counted_or_called_comrades_before_wei_take_the_closing_title(string sentence, string[] expected, string role)
    {
        var graph = Read(Province + sentence);

        Assert.All(expected, n => Assert.Contains(graph.OfLabel("Person"), p => p.Name == n && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains(role)));
        Assert.DoesNotContain(graph.OfLabel("Person"), p => p.Name is "温建四" or "鲍某宁两");
    }

    [Theory]
    // Two-character names at a clause's opening, no electing verb before them.
    [InlineData("会议以举手表决方式，张平当选秘书长。", "张平", "秘书长")]
    [InlineData("全体会议举行选举，王刚当选为自治区政协主席。", "王刚", "主席")]
    [InlineData("会议选出新一届领导班子。王刚当选主席，李强当选副主席。", "王刚", "主席")]
    [InlineData("会议选出新一届领导班子。王刚当选主席，李强当选副主席。", "李强", "副主席")]
    public void A_two_character_name_opening_a_clause_is_elected(string sentence, string name, string role)
    {
        var graph = Read(Province + sentence);

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == name && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains(role));
    }

    [Fact]
    public void The_first_of_a_group_elected_and_the_session_officers_are_people()
    {
        var graph = Read(Province + "随后，翁某生等120名同志当选常务委员。主席团常务主席竺某会，主席团成员蒯某平、晁某东出席会议。总监票人仉某、佴某红。");

        Assert.All(new[] { "翁某生", "竺某会", "蒯某平", "晁某东", "仉某", "佴某红" }, n => Assert.True(HasPerson(graph, n), n));
        Assert.DoesNotContain(graph.OfLabel("Person"), p => p.Name == "竺某");
    }

    [Theory]
    // 和 opens the last item of a list after a 、.
    [InlineData("大会执行主席祁某川、鲍某宁、和雪梅在主席台前排就座。", "和雪梅", true)]
    // 和 joining two names, or a name and a group, is no name's.
    [InlineData("市政协主席蒯某和副主席晁某参加调研。", "蒯某和", false)]
    [InlineData("主任佴某和委员们一起参加调研。", "佴某和", false)]
    [InlineData("县政协副主席王平和参加调研。", "王平和", false)]
    [InlineData("县政协副主席祁某川、鲍某宁和委员代表在主席台就座。", "和委员", false)]
    [InlineData("出席的有祁某川、鲍某宁、和谐社区代表等。", "和谐社", false)]
    public void He_and_other_stop_characters_belong_to_a_name_only_where_the_structure_says_so(string sentence, string name, bool isName)
    {
        Assert.Equal(isName, HasPerson(Read(Province + sentence), name));
    }

    [Theory]
    // A two-character name followed by a function word (在, 等, 率, 的, 与, 和, 还, 为, 将, 也, 向) ends
    // before it, even where a verb a name is followed by comes next (李强和参加, 王刚为代表们).
    [InlineData("市委书记王刚在讲话中指出。", "王刚")]
    [InlineData("副市长李强等陪同调研。", "李强")]
    [InlineData("市政协主席王刚率代表团赴外地考察。", "王刚")]
    [InlineData("学习了市委书记王刚的讲话精神。", "王刚")]
    [InlineData("市政协主席王刚与代表们亲切交谈。", "王刚")]
    [InlineData("市政协主席王刚和同志们一一握手。", "王刚")]
    [InlineData("市委书记王刚还强调。", "王刚")]
    [InlineData("市长王刚为代表们作辅导报告。", "王刚")]
    [InlineData("市长王刚将出席。", "王刚")]
    [InlineData("市政协副主席张伟也参加了。", "张伟")]
    [InlineData("市政协秘书长李明向代表们介绍。", "李明")]
    [InlineData("副主席李强和参加调研的委员座谈。", "李强")]
    public void A_two_character_name_leaves_the_function_word_after_it(string sentence, string name)
    {
        var people = Read(Province + sentence).OfLabel("Person").Select(p => p.Name).ToList();

        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p.Length > name.Length && p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void An_elected_vice_chair_of_the_committee_speaking_holds_the_role_in_it()
    {
        var graph = Read(Province + "会议补选祁某川、鲍某宁为自治区政协副主席。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:祁某川" && r.Key == "副主席" && r.To.StartsWith("committee:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rosters_lines_name_each_holder_of_the_title()
    {
        var graph = Read(Province + "政协银川市第一届委员会\n主席：蔺某山\n副主席：闵某华 柏某林 祁某川\n秘书长：鲍某宁\n常   委：卓  蓉 滕某梅 欧阳某明\n第一届政协委员组成情况");

        Assert.All(new[] { "蔺某山", "闵某华", "柏某林", "祁某川", "鲍某宁", "卓蓉", "滕某梅", "欧阳某明" }, n => Assert.True(HasPerson(graph, n), n));
        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "卓蓉" && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains("常委"));
        // The committee named above the roster holds its titles, not the issuer.
        var yinchuan = graph.OfLabel("Committee").Single(c => c.Name.Contains("银川", StringComparison.Ordinal)).Id;
        Assert.Contains(graph.Relations, r => r.Type == "LEADS" && r.From == "person:蔺某山" && r.To == yinchuan);
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:闵某华" && r.Key == "副主席" && r.To == yinchuan);
        Assert.DoesNotContain(graph.Relations, r => r.From.StartsWith("person:", StringComparison.Ordinal) && r.To.Contains("宁夏", StringComparison.Ordinal));
    }

    [Fact]
    public void A_roster_under_no_committee_heading_holds_its_titles_in_the_issuer()
    {
        // The issuer's heading lies more than a few units above: the issuer holds the titles as the
        // committee speaking, not as a heading.
        var graph = Read(Province + "本会设有办公室。本会设有研究室。本会设有信息中心。本会设有机关服务中心。\n本届领导成员\n主席：蔺某山\n副主席：闵某华 柏某林");

        var issuer = graph.OfLabel("Committee").Single(c => c.Name.Contains("宁夏", StringComparison.Ordinal)).Id;
        Assert.Contains(graph.Relations, r => r.Type == "LEADS" && r.From == "person:蔺某山" && r.To == issuer);
    }

    [Fact]
    public void A_committee_an_earlier_sentence_names_holds_no_roster()
    {
        var graph = Read(Province + "2019年，县政协组织委员赴全国政协机关学习考察。\n历届领导\n主席：蔺某山\n副主席：闵某华 柏某林");

        var issuer = graph.OfLabel("Committee").Single(c => c.Name.Contains("宁夏", StringComparison.Ordinal)).Id;
        Assert.Contains(graph.Relations, r => r.Type == "LEADS" && r.From == "person:蔺某山" && r.To == issuer);
        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:闵某华" && r.Key == "副主席" && r.To == issuer);
        Assert.DoesNotContain(graph.Relations, r => r.From.StartsWith("person:", StringComparison.Ordinal) && r.To != issuer && r.To.StartsWith("committee:", StringComparison.Ordinal));
    }

    [Fact]
    public void Slash_credits_name_the_writer_and_the_photographer()
    {
        var graph = Read(Province + "委员报到首日见闻\n□ 祁某川/文 记者 鲍某宁/图\n1月25日上午，委员们陆续报到。");

        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "祁某川" && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains("作者"));
        Assert.Contains(graph.OfLabel("Person"), p => p.Name == "鲍某宁" && p.Properties["roles"] is IEnumerable<string> roles && roles.Contains("记者") && roles.Contains("摄影"));
    }

    [Theory]
    // 为 and a title that the clause goes on from, or words that are no names before 为.
    [InlineData("坚持以人民为中心，以黄河为主线推进保护。")]
    [InlineData("筹备组以骆某为组长的名义发出通知。")]
    [InlineData("筹备工作开始后，成立以骆某为组长的筹备小组。")]
    [InlineData("这次评选以群众满意为标准，以委员为主体。")]
    [InlineData("他当选后表示，将以实干为要。")]
    // A colon after words that are no title, or places and words after a title's colon: no roster.
    [InlineData("地址：银川市 兴庆区 解放街\n电话：0951-1234567")]
    [InlineData("主任：负责全面工作 统筹协调\n备注：无")]
    [InlineData("来源：宁夏日报 有删节")]
    // An interview's speaker and a one-item line of what they said: no roster.
    [InlineData("记者：请谈谈感受。\n委员：谢谢！很高兴接受采访。")]
    // Words of an election that are no names at a clause's opening.
    [InlineData("在换届中，满票当选为主席。")]
    // Slashes between words that are no names (an either-or, a unit) make no credit.
    [InlineData("会议采取线上/线下结合方式，全文/图表另附。")]
    [InlineData("价格为每吨3000元/吨，人均收入增长/文化消费两项指标。")]
    public void Forms_like_these_without_names_make_no_person(string text)
    {
        Assert.Empty(Read(Province + text).OfLabel("Person"));
    }
}
