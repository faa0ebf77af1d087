using KnowledgeGraph.Core.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class PassageHighlighterTests
{
    private static List<string> Marked(string text, IReadOnlyList<TextSpan> spans) => spans.Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Every_occurrence_of_every_word_is_marked_and_touching_ones_merge()
    {
        const string text = "市县两级政协共走访民营企业603家，民营经济健康发展。";

        var spans = PassageHighlighter.Highlight(text, ["民营经济", "民营", "走访"]);

        Assert.Equal(["走访民营", "民营经济"], Marked(text, spans));
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.End < p.Second.Start));
    }

    [Fact]
    public void Case_and_width_are_ignored_and_offsets_stay_those_of_the_original_text()
    {
        const string text = "上线ＡＩ“慧”提案系统2.0版";

        var spans = PassageHighlighter.Highlight(text, ["ai", "系统"]);

        Assert.Equal(["ＡＩ", "系统"], Marked(text, spans));
    }

    [Fact]
    public void Bigrams_mark_a_text_that_holds_none_of_the_words()
    {
        const string text = "委员为民服务超市开业。";

        var spans = PassageHighlighter.Highlight(text, ["服务站"], ["服务", "务站"]);

        Assert.Equal(["服务"], Marked(text, spans));
    }
}
