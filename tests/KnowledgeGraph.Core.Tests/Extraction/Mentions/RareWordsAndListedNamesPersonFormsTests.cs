using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Names after a title that the dictionary holds as rare words (付强 a rare verb, 先河 a rare noun after the surname), names
// before 列席 and 一同, the surnames 花 and 敬, lists of names the segmenter cut into a surname and a place (宋|海东), lists
// after 老同志 and the title 主席会议成员, and dotted names before the sentence's verb (帕巴拉·格列朗杰宣布…). Sentences ours
// (made-up names), the patterns those of committee news and session reports.
public class RareWordsAndListedNamesPersonFormsTests
{
    private const string County = "涟水县政协工作动态\n发布时间：2025-06-12 来源：县政协办公室\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(County + text).Graph;

    private static IEnumerable<string> People(string text) => Read(text).OfLabel("Person").Select(p => p.Name).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("县政协秘书长付强参加调研。", "付强")]
    [InlineData("县委副书记余先河参加会议。", "余先河")]
    [InlineData("县委组织部部长刘莉列席会议。", "刘莉")]
    [InlineData("县政协秘书长花长龙出席。", "花长龙")]
    [InlineData("县政协秘书长敬国华一同调研。", "敬国华")]
    [InlineData("自治区政协主席帕巴拉·格列朗杰宣布大会开幕。", "帕巴拉·格列朗杰")]
    [InlineData("县政协主席候选人亚森·图尔荪向大会作报告。", "亚森·图尔荪")]
    public void A_name_after_a_title_is_read_whole_and_no_further(string sentence, string name)
    {
        Assert.Equal([name], People(sentence));
    }

    [Theory]
    [InlineData("委员们谈心出席，高兴参加。")]
    [InlineData("县政协组织委员走访敬老院。")]
    [InlineData("王先生参加会议。")]
    [InlineData("县政协领导应约参加座谈。")]
    public void Verbs_words_and_common_nouns_after_a_surname_are_no_names(string sentence)
    {
        Assert.Empty(People(sentence));
    }

    [Fact]
    public void A_list_of_names_keeps_a_name_the_segmenter_cut_into_a_surname_and_a_place()
    {
        var graph = Read("宋海东、张素东、王娟出席会议。");

        Assert.Equal(["宋海东", "张素东", "王娟"], graph.OfLabel("Person").Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == "海东市");
    }

    [Fact]
    public void A_list_of_places_stays_places()
    {
        var graph = Read("委员们赴海东、西宁、格尔木等地考察。");

        Assert.Empty(graph.OfLabel("Person"));
    }

    [Fact]
    public void Names_after_主席会议成员_hold_that_title()
    {
        const string sentence = "县政协主席会议成员李上葵、罗安生、高东出席。";

        Assert.Equal(["李上葵", "罗安生", "高东"], People(sentence));
        var roles = Read(sentence).OfLabel("Person").Single(p => p.Name == "高东").Properties["roles"] as IEnumerable<string>;
        Assert.Contains(roles ?? [], r => r.EndsWith("主席会议成员", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_listed_after_老同志_are_people()
    {
        Assert.Equal(["李建平", "沈荣林", "胡菁菁"], People("在主席台就座的还有老同志沈荣林、胡菁菁、李建平。"));
    }
}
