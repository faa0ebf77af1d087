using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named before their title after 同意 (which jieba's dictionary tags an adverb) and before 秘书长, with 向 as their
// first given character (李向伟委员, 记者吴向正), in brackets after a title and a count (14名区政协委员（某甲、某乙）), in a
// byline after a county's 融媒 (漳州融媒记者 某某), after a procurator's and a deputy curator's titles, and with the surnames
// 容 and, in bylines, 回. Sentences ours (made-up names), the patterns those of committee news and session reports.
public class TitlesAfterNamesAndBracketedRostersTests
{
    private const string County = "涟水县政协工作动态\n发布时间：2025-06-12 来源：县政协办公室\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IEnumerable<string> People(string text) => Read(County + text).OfLabel("Person").Select(p => p.Name).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Roles(string text, string name) =>
        Read(County + text).OfLabel("Person").Single(p => p.Name == name).Properties["roles"] as IEnumerable<string> ?? [];

    [Theory]
    [InlineData("会议同意柏宏国主席的意见。", "柏宏国", "主席")]
    [InlineData("会议同意柏宏国主席所作的常委会工作报告。", "柏宏国", "主席")]
    [InlineData("滕元江秘书长参加会议。", "滕元江", "秘书长")]
    [InlineData("李向伟委员作了发言。", "李向伟", "委员")]
    public void A_title_after_a_name_gives_the_name_its_role(string sentence, string name, string role)
    {
        Assert.Contains(role, Roles(sentence, name));
    }

    [Theory]
    [InlineData("会议一致同意。")]
    [InlineData("张向委员们介绍了情况。")]
    [InlineData("委员们向县政协提交提案。")]
    [InlineData("会议由县政协秘书长主持。")]
    public void No_name_is_read_from_a_verb_a_preposition_or_a_bare_title(string sentence)
    {
        Assert.Empty(People(sentence));
    }

    [Fact]
    public void A_name_with_xiang_before_the_next_word_keeps_its_own_end()
    {
        Assert.Equal(["王建国"], People("县政协主席王建国向大会作工作报告。"));
    }

    [Fact]
    public void Names_in_brackets_after_a_title_hold_it()
    {
        const string sentence = "14名区政协委员（徐某锋、胡某平、殷方兰）参加会议。";

        Assert.Equal(["徐某锋", "殷方兰", "胡某平"], People(sentence));
        Assert.Contains("委员", Roles(sentence, "殷方兰"));
    }

    [Fact]
    public void Words_in_brackets_after_a_title_are_no_names()
    {
        Assert.Empty(People("县政协委员（按姓氏笔画排序）名单如下。"));
    }

    [Theory]
    [InlineData("本报讯（漳州融媒记者 黄某航）近日，县政协召开会议。", "黄某航")]
    [InlineData("宁波日报记者吴向正", "吴向正")]
    [InlineData("本报讯 (记者回佳佳)1月29日，市政协召开会议。", "回佳佳")]
    public void Bylines_after_a_medium_or_with_a_rare_surname_name_their_reporter(string line, string name)
    {
        Assert.Contains("记者", Roles(line, name));
    }

    [Theory]
    [InlineData("区人民检察院检察长孙某玲出席会议。", "孙某玲", "检察长")]
    [InlineData("市人民检察院副检察长王某春出席会议。", "王某春", "副检察长")]
    [InlineData("区文化馆副馆长张瑞作为群众代表发言。", "张瑞", "副馆长")]
    public void A_procurator_s_and_a_deputy_curator_s_titles_name_their_holders(string sentence, string name, string role)
    {
        Assert.Contains(role, Roles(sentence, name));
    }

    [Fact]
    public void A_chair_named_after_two_titles_with_the_surname_rong_is_read()
    {
        Assert.Equal(["容丽萍"], People("11月2日下午，市政协主席、党组书记容丽萍主持召开市政协主席会议。"));
    }

    [Fact]
    public void Hui_opening_a_common_word_is_no_surname_outside_a_byline()
    {
        Assert.Empty(People("委员们回顾了一年来的工作。"));
    }
}
