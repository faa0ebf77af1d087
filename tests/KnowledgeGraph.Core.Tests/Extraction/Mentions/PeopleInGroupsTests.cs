namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People named as members or leaders of a group: lists with transliterated names, a name before 等
// (the names are made up; the forms are the genre's).
public class PeopleInGroupsTests
{
    private const string Region = "政协新疆维吾尔自治区委员会\n";

    private static IReadOnlyList<string> People(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Person").Select(n => n.Name)];

    [Fact]
    public void A_list_of_members_holding_transliterated_names_that_end_in_a_character_that_stops_han_names_is_read()
    {
        var people = People(Region + "开幕会前举办集体采访活动，高某军、阿依古丽·买买提、吐尔逊·艾力提、赵某、尹某5位政协委员与媒体记者面对面。");

        Assert.Contains("阿依古丽·买买提", people);
        Assert.Contains("吐尔逊·艾力提", people);
        Assert.Contains("尹某", people);
    }

    [Theory]
    // 等 closing a list is no word's end with the name's last character (平等).
    [InlineData(Region + "国家主席李建平等党和国家领导人出席大会。", "李建平")]
    [InlineData(Region + "自治区政协主席王立平等领导出席会议。", "王立平")]
    // A name leading a group of a committee.
    [InlineData(Region + "会议结束。郭某荣等自治区政协老领导应邀参加茶话会。", "郭某荣")]
    public void A_name_before_deng_closing_a_group_is_read_whole(string text, string name)
    {
        Assert.Contains(name, People(text));
    }

    [Fact]
    public void Clauses_of_nothing_but_names_in_a_row_are_a_list_of_people()
    {
        var people = People(Region + "蒋某庆，贾某、陈某，焦某锋，老领导叶某琦、陈某迪、龚某平也应邀出席大会。");

        Assert.All(new[] { "蒋某庆", "贾某", "陈某", "焦某锋" }, name => Assert.Contains(name, people));
    }

    [Fact]
    public void A_single_clause_of_names_or_clauses_of_words_are_no_list()
    {
        Assert.Empty(People(Region + "同时，高度重视，全面推进各项工作。"));
    }

    [Theory]
    // 平等 as a word after a name that is whole without it.
    [InlineData(Region + "自治区政协主席王立平等待代表团到来。", "王立平等")]
    [InlineData(Region + "各族群众一律平等，共同参与。", "一律平")]
    public void Words_ending_in_deng_stay_words(string text, string notName)
    {
        Assert.DoesNotContain(notName, People(text));
    }
}
