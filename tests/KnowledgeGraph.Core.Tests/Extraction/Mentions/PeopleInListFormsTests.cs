using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Items of a list of names that would not read as names in running text: the last one closing the
// clause, one a place shares between two names after a title, and a reporter whose name 受
// follows; sentences written for these tests (made-up names, the genre's patterns).
public class PeopleInListFormsTests
{
    private const string County = "涟水县政协工作动态\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static List<string> People(string text) => Read(County + text).OfLabel("Person").Select(p => p.Name).ToList();

    [Theory]
    // A character that stops a name in running text (开) is the name's at the end of a list before a comma.
    [InlineData("大会主席团常务主席祁某川、鲍某宁、胡开颜，副主席柏某林在主席台就座。", "胡开颜")]
    [InlineData("出席的有祁某川、鲍某宁、柏某林、胡开颜。", "胡开颜")]
    // A name a place shares (乌兰), between two names after a title.
    [InlineData("市政协副主席祁某川、鲍某宁、乌兰、柏某林在主席台前排就座。", "乌兰")]
    // 受 after a two-character name is the clause's (受…委托).
    [InlineData("王平受政协涟水县委员会常务委员会委托，向大会报告工作。", "王平")]
    public void A_list_or_clause_says_where_a_name_stands(string sentence, string name)
    {
        var people = People(sentence);

        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p != name && (p.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_list_item_between_names_takes_the_title_before_the_list()
    {
        var graph = Read(County + "县政协副主席祁某川、鲍某宁、乌兰、柏某林出席。");

        Assert.Contains(graph.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:乌兰" && r.Key == "副主席");
    }

    [Theory]
    // Places at the end of a list, or two places together, are no names.
    [InlineData("会见了祁某川、鲍某宁、张家口，", "张家口")]
    [InlineData("出席的有祁某川、鲍某宁、南京、上海、柏某林。", "南京")]
    [InlineData("出席的有祁某川、鲍某宁、南京、上海、柏某林。", "上海")]
    // Without a title, a place between two readings that look like names is a place (lists of places
    // in reports), and the list is no list of names.
    [InlineData("出席的有祁某川、鲍某宁、江阴、柏某林。", "江阴")]
    [InlineData("推进苏锡常、江阴、宁镇扬协同发展。", "宁镇扬")]
    // A list of words, not names, before a comma.
    [InlineData("围绕稳就业、促发展、惠民生，开展调研。", "惠民生")]
    public void Places_and_words_in_a_list_are_no_names(string sentence, string word)
    {
        Assert.DoesNotContain(word, People(sentence));
    }
}
