namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People in forms met on unseen session news (the names are made up; the patterns are the genre's).
public class PeopleInUnseenFormsTests
{
    private const string City = "政协安康市委员会\n";

    private static DocumentGraphView Read(string text) => new(TestExtraction.Read(text).Graph);

    [Theory]
    // A verb a name is followed by ends it, even one opening with a character of no word (致欢迎词).
    [InlineData(City + "市政协副主席姜梁致欢迎词。", "姜梁")]
    [InlineData(City + "市政协副主席孔敏致辞。", "孔敏")]
    // Names of four characters without a Han surname's shape (Tibetan, Dai names) before such a verb.
    [InlineData(City + "州委常委、副州长农布卓玛致辞。", "农布卓玛")]
    // Less common surnames.
    [InlineData(City + "市政协副主席周某，秘书长贝晓岚及市政协常委在主席台就座。", "贝晓岚")]
    [InlineData(City + "县委书记洪立新出席会议。", "洪立新")]
    [InlineData(City + "市政协副主席傅建华主持会议。", "傅建华")]
    [InlineData(City + "旗政协副主席秦某峰、张某富、奇某，秘书长高某国在主席台就座。", "奇某")]
    // 和, a surname that is also a conjunction, before a verb a name is followed by.
    [InlineData(City + "省政协民宗委副主任和某培出席会议。", "和某培")]
    // Historical figures with the title after the name (a memoir of a committee's early years).
    [InlineData(City + "县城解放。陈赓将军率部路过此地。", "陈赓")]
    public void A_name_is_read_in_forms_of_unseen_news(string text, string name)
    {
        Assert.Contains(name, Read(text).People);
    }

    [Theory]
    // 和 joining a title or a name to another is no surname.
    [InlineData(City + "县委书记和县长出席会议。", "和县长")]
    [InlineData(City + "副县长和王某出席会议。", "和王某")]
    [InlineData(City + "县政协副主席和群众代表出席会议。", "和群众")]
    // 王小明亦出席: an adverb after a name is not a fourth character of it.
    [InlineData(City + "副市长王小明亦出席会议。", "王小明亦")]
    // A web page's source line opening with a surname-like character is no speaker.
    [InlineData(City + "原文地址:访问原文地址", "原文地址")]
    [InlineData(City + "原文网址:\n市政协召开主席会议。", "原文网址")]
    // 原标题: the headline a repost keeps under its label (标题 is a noun too rare in the dictionary to count as common).
    [InlineData("原标题：某某县政协召开提案审查工作会议\n6月6日，县政协召开提案审查会议。", "原标题")]
    public void Words_after_a_name_or_lines_like_names_are_not_read_as_names(string text, string notName)
    {
        Assert.DoesNotContain(notName, Read(text).People);
    }

    // An interview's speakers whose given names are common nouns (光明, 文化) are names all the same.
    [Theory]
    [InlineData("陈光明")]
    [InlineData("张文化")]
    public void Speakers_of_an_interview_whose_given_names_are_common_nouns_are_read(string name)
    {
        var text = $"市政协委员访谈\n记者：您今年关注哪些问题？\n{name}：我重点关注基层医疗和乡村教育。";
        Assert.Contains(name, Read(text).People);
    }

    [Fact]
    public void A_speaker_named_before_a_colon_at_the_head_of_a_text_is_still_read()
    {
        Assert.Contains("李建华", Read(City + "李建华：各位委员，同志们，我代表常务委员会向大会报告工作。").People);
    }

    [Fact]
    public void A_list_of_names_closed_by_deng_and_a_title_gives_each_the_title()
    {
        var graph = TestExtraction.Read(City + "会上，黄一鸣、李芳华、吴建平、刘晓兵等委员围绕城市更新建言献策。").Graph;

        foreach (var name in new[] { "黄一鸣", "李芳华", "吴建平", "刘晓兵" })
        {
            Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:" + name && r.Key == "委员" && r.To == "committee:政协安康市委员会");
        }
    }

    [Fact]
    public void A_bare_member_title_in_a_committees_story_is_a_member_of_that_committee()
    {
        var graph = TestExtraction.Read(City + "分组讨论中，文史委年龄最小的“90后”委员李文洁感慨道：“收获很大。”").Graph;

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:李文洁" && r.Key == "委员" && r.To == "committee:政协安康市委员会");
    }

    [Fact]
    public void A_member_of_a_party_discipline_committee_is_not_made_a_member_of_the_committee_speaking()
    {
        var graph = TestExtraction.Read(City + "会议邀请市纪委委员张立强列席。").Graph;

        Assert.DoesNotContain(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:张立强" && r.To == "committee:政协安康市委员会");
    }

    private sealed class DocumentGraphView(KnowledgeGraph.Core.Graph.DocumentGraph graph)
    {
        public IReadOnlyList<string> People { get; } = [.. graph.OfLabel("Person").Select(n => n.Name)];
    }
}
