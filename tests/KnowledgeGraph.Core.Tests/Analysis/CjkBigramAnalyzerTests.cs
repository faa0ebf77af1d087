using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Core.Tests.Analysis;

public class CjkBigramAnalyzerTests
{
    [Fact]
    public void Han_text_becomes_overlapping_bigrams_with_their_offsets()
    {
        using var analyzer = new CjkBigramAnalyzer();

        AnalyzerAssert.AnalyzesTo(
            analyzer,
            "码上议平台",
            ("码上", 0, 2), ("上议", 1, 3), ("议平", 2, 4), ("平台", 3, 5));
    }

    [Fact]
    public void Numbers_and_latin_words_stay_whole_and_full_width_is_folded()
    {
        using var analyzer = new CjkBigramAnalyzer();

        AnalyzerAssert.AnalyzesTo(
            analyzer,
            "走访企业６０３家 CPPCC",
            ("走访", 0, 2), ("访企", 1, 3), ("企业", 2, 4), ("603", 4, 7), ("家", 7, 8), ("cppcc", 9, 14));
    }

    [Fact]
    public void Chinese_quotation_marks_inside_a_name_do_not_break_it_and_offsets_stay_in_the_original()
    {
        using var analyzer = new CjkBigramAnalyzer();

        AnalyzerAssert.AnalyzesTo(
            analyzer,
            "“码”上议",
            ("码上", 1, 4), ("上议", 3, 5));
    }
}
