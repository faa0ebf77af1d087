using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Core.Tests.Analysis;

public class SmartCnAnalyzerTests
{
    [Fact]
    public void Chinese_is_cut_into_words_with_their_offsets_and_punctuation_is_dropped()
    {
        using var analyzer = new SmartCnAnalyzer();

        AnalyzerAssert.AnalyzesTo(
            analyzer,
            "委员们走访了企业，收集意见。",
            ("委员", 0, 2), ("们", 2, 3), ("走访", 3, 5), ("了", 5, 6), ("企业", 6, 8), ("收集", 9, 11), ("意见", 11, 13));
    }

    [Fact]
    public void Quotation_marks_are_dropped_before_cutting_and_offsets_stay_in_the_original_text()
    {
        using var analyzer = new SmartCnAnalyzer();

        var tokens = AnalyzerAssert.Analyze(analyzer, "开通“码”上议平台");

        // SmartCn knows no 码上议: it cuts the name into characters (jieba keeps it whole with the
        // user dictionary), but each character still points at itself in the original text.
        Assert.Equal(["开通", "码", "上", "议", "平台"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(t.Term, "开通“码”上议平台"[t.Start..t.End].Replace("“", "").Replace("”", "")));
        // A dropped mark is counted into the word before it, as the bigrams field does.
        Assert.Equal((3, 5), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void Full_width_figures_are_folded_and_latin_is_lower_cased()
    {
        using var analyzer = new SmartCnAnalyzer();

        var tokens = AnalyzerAssert.Analyze(analyzer, "２０２３年CPPCC报告");

        Assert.Contains(tokens, t => t.Term == "2023" && t.Start == 0 && t.End == 4);
        Assert.Contains(tokens, t => t.Term == "cppcc" && t.Start == 5 && t.End == 10);
        Assert.Contains(tokens, t => t.Term == "报告" && t.Start == 10 && t.End == 12);
    }

    [Fact]
    public void The_segmenter_gives_every_character_of_the_line_back_in_order()
    {
        var segmenter = new SmartCnSegmenter();
        const string line = "政协委员开展调研，提出建议 12条。";

        var words = segmenter.Words(line);

        Assert.Equal(line.Replace(" ", ""), string.Concat(words));
        Assert.Contains("调研", words);
        Assert.Contains("，", words);
    }
}
