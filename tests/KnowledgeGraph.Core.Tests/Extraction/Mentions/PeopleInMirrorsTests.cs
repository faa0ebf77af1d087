namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// People on pages that converting mirrors print in traditional characters, often with a pinyin
// gloss after some characters (政協(xié), 習(xí)近平). The names and sentences are made up; the forms are
// the mirrors'.
public class PeopleInMirrorsTests
{
    [Fact]
    public void A_name_with_a_pinyin_gloss_inside_it_is_read()
    {
        var graph = TestExtraction.Read("1月2日,全國政協(xié)在北京舉行新年座談會。黨和國家領(lǐng)導(dǎo)人習(xí)近平、郭建(jiàn)華、孫立強出席座談會並觀看演出。").Graph;

        var people = graph.OfLabel("Person").Select(n => n.Name).ToList();
        Assert.Contains("习近平", people);
        Assert.Contains("郭建华", people);
    }

    [Fact]
    public void A_committee_with_a_pinyin_gloss_is_the_body_of_the_title_after_it()
    {
        var graph = TestExtraction.Read("云南省政協(xié)十二屆三次會(huì)議今天開(kāi)幕,云南省政協(xié)主席周建國作常務委員會工作報告。會議發展經濟,對為說時進業。").Graph;

        Assert.True(graph.HasRelation("HAS_ROLE", "person:周建国", "committee:政协云南省委员会"));
    }

    [Fact]
    public void A_comma_a_mirror_puts_before_the_list_mark_does_not_end_a_list_of_names()
    {
        var graph = TestExtraction.Read("政协某某市某某区委员会\n大會執行主席潘仰文,、汪秀霞,、鄧明、林建國,、趙朝陽在主席臺就座。會議發展經濟,對為說時進業。").Graph;

        var people = graph.OfLabel("Person").Select(n => n.Name).ToList();
        foreach (var name in new[] { "潘仰文", "汪秀霞", "邓明", "林建国", "赵朝阳" })
        {
            Assert.Contains(name, people);
        }
    }

    [Fact]
    public void A_comma_between_two_clauses_still_ends_a_list_of_names()
    {
        var graph = TestExtraction.Read("政协安康市委员会\n市政协副主席王立新、李红梅，会议听取了工作报告。").Graph;

        var people = graph.OfLabel("Person").Select(n => n.Name).ToList();
        Assert.Equal(["李红梅", "王立新"], people.Order(StringComparer.Ordinal));
    }
}
