namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named where a credit or a list's place says a name stands, with surnames or characters too
// rare for the table (the names are made up; the forms are the genre's).
public class PeopleInCreditFormsTests
{
    private const string City = "政协安康市委员会\n";

    private static IEnumerable<string> People(string text) =>
        TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name);

    private static IReadOnlyList<string> Roles(string text, string name) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Person").Where(n => n.Name == name).SelectMany(n => n.Properties.GetValueOrDefault("roles") as string[] ?? [])];

    [Theory]
    // Reporters after 记者 set apart by spaces: a name of another people written in Han characters, then a Han name.
    [InlineData(City + "委员们围绕乡村振兴建言献策。(记者 平措央宗 苗禾)", new[] { "平措央宗", "苗禾" })]
    // Names of another people whose Han characters the segmenter reads as a verb and single characters
    // (达 瓦 卓 嘎) or as two place words (德吉 扎西): no phrase, so still names.
    [InlineData(City + "委员们围绕乡村振兴建言献策。(记者 达瓦卓嘎 苗禾)", new[] { "达瓦卓嘎", "苗禾" })]
    [InlineData(City + "全体会议开幕 德吉扎西 摄\n上午9时，大会开幕。", new[] { "德吉扎西" })]
    // A reporter whose surname is too rare for the table, after one read by pattern.
    [InlineData(City + "本报讯(记者 孟立群 青晓川) 5月6日，市政协召开主席会议。", new[] { "孟立群", "青晓川" })]
    // Reviewers set apart by spaces on a line the repairs joined to the next one; a given name of a rare character.
    [InlineData(City + "委员们建言献策。\n丨审核:孟肸 韩金玲\n本网长期面向社会征集稿件，欢迎投稿。", new[] { "孟肸", "韩金玲" })]
    // Credits set apart by 丨, a radical of the Han block that is no name's character.
    [InlineData(City + "委员们建言献策。\n丨责编:孟立丨校对:孟立\n丨审核:孟肸 韩金玲\n安康发布长期面向社会征集稿件,请读者朋友们积极投稿。", new[] { "孟立", "孟肸", "韩金玲" })]
    // A paper's box mark before the reporter's title.
    [InlineData(City + "□记者 陈丽 文/图\n在市政协文史馆里，老照片记录着过去。", new[] { "陈丽" })]
    public void Names_set_apart_by_spaces_after_a_bylines_title_are_read(string text, string[] expected)
    {
        Assert.All(expected, name => Assert.Contains(name, People(text)));
    }

    [Fact]
    public void Names_each_followed_by_what_they_did_in_a_closing_bracket_are_read_with_that_role()
    {
        const string text = City + "委员们围绕乡村振兴建言献策。（孟立群 文/韩海波 图）";

        Assert.Contains("作者", Roles(text, "孟立群"));
        Assert.Contains("摄影", Roles(text, "韩海波"));
    }

    [Theory]
    // A photo credit on its own line, or closing a headline, with a surname too rare for the table.
    [InlineData(City + "税亮 摄\n上午9时，大会开幕。")]
    [InlineData(City + "全体会议开幕 税亮 摄\n上午9时，大会开幕。")]
    public void A_photo_credit_set_apart_by_spaces_is_read_whatever_the_surname(string text)
    {
        Assert.Contains("税亮", People(text));
    }

    [Fact]
    public void A_list_of_names_after_a_title_whose_first_surname_is_rare_is_read_whole()
    {
        var people = People(City + "市政协副主席支国强、钱卫东、孙丽华，秘书长刘明出席会议。").ToList();

        Assert.All(new[] { "支国强", "钱卫东", "孙丽华", "刘明" }, name => Assert.Contains(name, people));
    }

    [Theory]
    // A bracket closing a story that holds no name read by pattern stays unread.
    [InlineData(City + "委员们围绕乡村振兴建言献策。（有删节）", "有删节")]
    // A first item of a list that is no name: nothing after the 、 reads as one.
    [InlineData(City + "市政协副主席出席并讲话，会议强调、部署了下一步工作。", "会议强调")]
    // 丨 between credits is no name's character.
    [InlineData(City + "委员们建言献策。\n丨责编:孟立丨校对:孟立\n", "孟立丨")]
    [InlineData(City + "委员们建言献策。\n丨责编:孟立丨校对:孟立\n", "丨审核")]
    // A photo credit's words that are ordinary words are no name.
    [InlineData(City + "全体会议开幕 现场 摄\n上午9时，大会开幕。", "现场")]
    // Four characters the segmenter cuts into two ordinary words before 摄 are a shot's description.
    [InlineData(City + "会议开幕 远景航拍 摄\n上午9时，大会开幕。", "远景航拍")]
    // A closing bracket's note on the editing, opened by a verb, beside a name read by pattern.
    [InlineData(City + "委员们围绕乡村振兴建言献策。（王明 有删节）", "有删节")]
    [InlineData(City + "委员们围绕乡村振兴建言献策。（王明 有改动）", "有改动")]
    // Abbreviated lists of places at a clause's start, no title before them, are no names.
    [InlineData(City + "会议指出，锡常泰、宁镇扬、徐淮连三大板块要协同发展。", "锡常泰")]
    [InlineData(City + "会议指出，锡常泰、宁镇扬、徐淮连三大板块要协同发展。", "宁镇扬")]
    [InlineData(City + "会议指出，锡常泰、宁镇扬、徐淮连三大板块要协同发展。", "徐淮连")]
    public void Words_in_credit_and_list_places_that_are_no_names_are_not_read(string text, string notName)
    {
        Assert.DoesNotContain(notName, People(text));
    }
}
