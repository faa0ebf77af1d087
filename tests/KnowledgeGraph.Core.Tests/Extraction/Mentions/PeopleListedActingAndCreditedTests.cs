using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named without a title before each name: listed before the group they belong to (某甲、某乙等市政协委员),
// opening a clause before what they do (某甲出席并讲话, 某乙作工作报告), in credit lines and brackets, and the words
// that only look like names after a title (委员满怀喜悦). Sentences written for these tests: made-up names, the
// genre's patterns.
public class PeopleListedActingAndCreditedTests
{
    private const string County = "涟水县政协工作动态\n";
    private const string Lianshui = "committee:政协涟水县委员会";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IReadOnlyList<string> People(string text) => [.. Read(text).OfLabel("Person").Select(n => n.Name)];

    private static IReadOnlyList<string> Roles(DocumentGraph graph, string name) =>
        [.. graph.OfLabel("Person").Where(n => n.Name == name).SelectMany(n => n.Properties.GetValueOrDefault("roles") as string[] ?? [])];

    private static bool HasRole(DocumentGraph graph, string name, string role, string body) =>
        graph.Relations.Any(r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == role && r.To == body);

    [Theory]
    [InlineData("会议期间，张某明、何某丽、田某宝等县政协委员提交了提案。", new[] { "张某明", "何某丽", "田某宝" })]
    [InlineData("农工党县委和李某海、付某红等委员提出的建议被采纳。", new[] { "李某海", "付某红" })]
    [InlineData("会上，对孙某中等41名优秀政协委员进行了表彰。", new[] { "孙某中" })]
    [InlineData("进行表彰,马向东等112名委员获奖。", new[] { "马向东" })]
    [InlineData("杜某、胡某婷两名委员就贯彻落实作了发言。", new[] { "杜某", "胡某婷" })]
    [InlineData("会上，罗某、徐某娟委员提交了提案。", new[] { "罗某", "徐某娟" })]
    public void Names_listed_before_the_members_group_they_lead_are_members_of_the_committee(string sentence, string[] names)
    {
        var graph = Read(County + sentence);

        Assert.All(names, name => Assert.True(HasRole(graph, name, "委员", Lianshui), name));
    }

    [Fact]
    public void Names_before_a_count_of_people_are_people_without_a_title()
    {
        var graph = Read(County + "其中，周某晔等5人提交的提案被评为优秀提案。");

        Assert.Contains("周某晔", graph.OfLabel("Person").Select(n => n.Name));
        Assert.Empty(Roles(graph, "周某晔"));
    }

    [Theory]
    [InlineData("教育、卫生等委员会参加了会议。")]
    [InlineData("高校、科研院所等委员单位参加。")]
    [InlineData("对于政协委员的意见建议，县委高度重视。")]
    [InlineData("建立台账并向镇委员联络站反映。")]
    public void Committees_units_and_prepositions_before_a_members_word_are_no_people(string sentence)
    {
        Assert.Empty(People(County + sentence));
    }

    [Theory]
    [InlineData("县政协工作会议召开 孙某伟出席并讲话\n会议由副主席主持。", new[] { "孙某伟" })]
    [InlineData("县政协全体会议闭幕 张某军 王某厚 王某联 出席会议\n会议听取了报告。", new[] { "张某军", "王某厚", "王某联" })]
    [InlineData("在城建方面，滕某提交了《关于建设口袋公园的提案》。", new[] { "滕某" })]
    [InlineData("上午，盛某林作县政协常委会工作报告。", new[] { "盛某林" })]
    [InlineData("“真让人揪心。”个体户罗某斌说。", new[] { "罗某斌" })]
    [InlineData("（2023年1月11日） 钱某明 各位委员：现在，我代表常务委员会作报告。", new[] { "钱某明" })]
    public void Names_opening_a_clause_before_what_people_do_are_people(string text, string[] names)
    {
        var people = People(County + text);

        Assert.All(names, name => Assert.Contains(name, people));
    }

    [Theory]
    [InlineData("会上，金融办作专题报告。卫健委介绍了情况。")]
    [InlineData("大家听后，齐声说，好。提到这些，高兴地说：“很满意。”")]
    [InlineData("常务委员会，向大会作工作报告，请予审议。")]
    [InlineData("全体出席会议。周末出席活动。")]
    [InlineData("他说，大家说，有人说：好。有关负责人表示，工作顺利。")]
    public void Prepositions_and_common_words_before_those_verbs_are_no_people(string sentence)
    {
        Assert.Empty(People(County + sentence));
    }

    [Theory]
    [InlineData("委员们建言献策。\n【责任编辑】:包某瑞", "包某瑞", "责任编辑")]
    [InlineData("委员们建言献策。\n(网络编辑:贺某军)", "贺某军", "网络编辑")]
    [InlineData("委员们建言献策。\n编辑:李某璇    统筹:汪某伟", "汪某伟", "统筹")]
    [InlineData("2017-01-11 撰稿人:韦某征 信息来源:本站\n委员们建言献策。", "韦某征", "撰稿人")]
    [InlineData("委员们建言献策。（中共涟水县委宣传部 张某 李某玥）", "李某玥", "作者")]
    [InlineData("委员们建言献策。（王建联 李晓东）", "王建联", "作者")]
    [InlineData("1月30日讯(分站记者 阳某忠 陈某 通讯员 彭某迪)11月29日，县政协召开会议。", "陈某", "分站记者")]
    [InlineData("本报讯 (采访人员 江某中 潘某峰)县政协召开会议。", "潘某峰", "采访人员")]
    public void Credit_lines_and_brackets_give_their_names_the_credits_role(string text, string name, string role)
    {
        Assert.Contains(role, Roles(Read(County + text), name));
    }

    [Theory]
    // 和 or 一 closing a name before a mark (和 before 在 is "with": 王某和在场的委员交流).
    [InlineData("市委书记王强和在场的委员亲切交流。", "王强", "王强和")]
    [InlineData("县长马某奇，原政协主席李某一，县委副书记李某东出席。", "李某一", "原政协")]
    // 所 stops a name: 所作的报告.
    [InlineData("会议听取了县委副书记、县长刘某所作的政府工作报告。", "刘某", "刘某所")]
    public void A_name_ends_where_the_clause_says_it_does(string sentence, string name, string notName)
    {
        var people = People(County + sentence);

        Assert.Contains(name, people);
        Assert.DoesNotContain(notName, people);
    }

    [Theory]
    // A word of the dictionary (tagged a name or not) and a character opening the next word are two words.
    [InlineData("来自各界的政协委员满怀喜悦之情，欢聚一堂。")]
    [InlineData("民建会员满怀履职热情，肩负使命。")]
    [InlineData("作为县政协常委会领导班子督办的提案。")]
    // A dotted heading of two words is no transliterated name.
    [InlineData("内蒙古晨报    两会·回顾    News")]
    public void Words_after_a_title_or_around_a_dot_are_no_names(string sentence)
    {
        Assert.Empty(People(County + sentence));
    }

    [Theory]
    // A name whose last character opens a word with the next one, a verb a name is followed by cutting that word.
    [InlineData("县政协副主席王明华表示，要认真履职。", "王明华")]
    [InlineData("县政协主席王国民主持会议。", "王国民")]
    public void A_name_before_a_verb_keeps_its_last_character(string sentence, string name)
    {
        Assert.Contains(name, People(County + sentence));
    }

    [Fact]
    public void A_partys_officers_and_members_with_no_party_before_them_are_of_the_party_named_last_or_issuing()
    {
        const string party = "body:中国民主同盟涟水县委员会";
        var graph = Read("民盟涟水县委召开全委会\n3月5日，民盟涟水县委召开全体委员会议。副主委齐某玲、黄某出席会议。曹某峻、李某等会员参加。");

        Assert.True(HasRole(graph, "齐某玲", "副主委", party));
        Assert.True(HasRole(graph, "黄某", "副主委", party));
        Assert.True(HasRole(graph, "李某", "会员", party));
    }

    [Theory]
    // Surnames of the table's latest lines (占, 宣, 怀, 綦, 矫, 初, 粘, 弭, 腾).
    [InlineData("县政协副主席宣某成向大会作工作报告。", "宣某成")]
    [InlineData("县委副书记怀某鹏出席会议。", "怀某鹏")]
    [InlineData("县政协副主席初某主持会议。", "初某")]
    public void Rarer_surnames_after_a_title_are_read(string sentence, string name)
    {
        Assert.Contains(name, People(County + sentence));
    }
}
