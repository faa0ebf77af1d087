using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Analysis;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.CharFilters;

namespace KnowledgeGraph.Core.Tests.Analysis;

public class JiebaAnalyzerTests
{
    private static JiebaAnalyzer Default() => new(TestSegmenters.Cppcc, SegmentMode.Default);

    [Fact]
    public void A_seed_sentence_gives_its_words_with_their_offsets()
    {
        using var analyzer = Default();

        AnalyzerAssert.AnalyzesTo(
            analyzer,
            "市政协主席走访民营企业603家，“码”上议。",
            ("市政协", 0, 3), ("主席", 3, 5), ("走访", 5, 7), ("民营企业", 7, 11), ("603", 11, 14), ("家", 14, 15),
            ("码", 17, 18), ("上议", 19, 21));
    }

    [Fact]
    public void Search_mode_puts_inner_words_at_the_position_of_the_word_that_holds_them()
    {
        using var analyzer = new JiebaAnalyzer(TestSegmenters.Cppcc, SegmentMode.Search);

        var tokens = AnalyzerAssert.Analyze(analyzer, "走访民营企业，中国科学院");

        Assert.Equal(
            [
                ("走访", 0, 2, 1), ("民营", 2, 4, 1), ("民营企业", 2, 6, 0), ("企业", 4, 6, 0),
                ("中国", 7, 9, 1), ("中国科学院", 7, 12, 0), ("科学", 9, 11, 0), ("科学院", 9, 12, 0), ("学院", 10, 12, 0),
            ],
            tokens.Select(t => (t.Term, t.Start, t.End, t.PositionIncrement)));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_folded_and_lower_cased()
    {
        using var analyzer = Default();

        AnalyzerAssert.AnalyzesTo(analyzer, "２０２３年ＣＰＰＣＣ", ("2023", 0, 4), ("年", 4, 5), ("cppcc", 5, 10));
    }

    [Fact]
    public void Offsets_go_through_the_char_filters_back_to_the_original_text()
    {
        using var analyzer = new HtmlJiebaAnalyzer();
        const string html = "<p>省政协</p><b>主席</b>张义珍";

        var tokens = AnalyzerAssert.Analyze(analyzer, html);

        // An end offset just before removed markup maps past it, as Lucene's char filters do.
        Assert.Equal([("省政协", 3, 6), ("主席", 13, 19), ("张义珍", 19, 22)], tokens.Select(t => (t.Term, t.Start, t.End)));
        Assert.All(tokens, t => Assert.Equal(t.Term, Regex.Replace(html[t.Start..t.End], "<[^>]*>", "")));
    }

    [Fact]
    public void Stop_words_are_dropped_and_the_tag_is_the_token_type()
    {
        var stopWords = JiebaAnalyzer.LoadStopWords(Path.Combine(SegmenterOptions.DefaultDataFolder, "jieba", "stop_words.utf8"));
        using var analyzer = new JiebaAnalyzer(TestSegmenters.Cppcc, SegmentMode.Default, stopWords);

        var tokens = AnalyzerAssert.Analyze(analyzer, "政协的委员在淮安");

        Assert.Equal([("政协", "nt"), ("委员", "n"), ("淮安", "ns")], tokens.Select(t => (t.Term, t.Type)));
    }

    [Fact]
    public void The_analyzer_is_reused_across_texts_without_carrying_state()
    {
        using var analyzer = Default();

        var first = AnalyzerAssert.Analyze(analyzer, "涟水县政协开展文史四进活动，效果很好");
        var second = AnalyzerAssert.Analyze(analyzer, "姜堰区");
        var firstAgain = AnalyzerAssert.Analyze(analyzer, "涟水县政协开展文史四进活动，效果很好");

        Assert.Equal([("姜堰", 0, 2, 1), ("区", 2, 3, 1)], second.Select(t => (t.Term, t.Start, t.End, t.PositionIncrement)));
        Assert.Equal(first, firstAgain);
    }

    [Fact]
    public void A_text_longer_than_a_chunk_gives_the_words_of_segmenting_it_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => TestSegmenters.Seed($"00{i}")));
        Assert.True(text.Length > 10_000);
        using var analyzer = Default();

        var tokens = AnalyzerAssert.Analyze(analyzer, text);

        var expected = TestSegmenters.Cppcc.Tokenize(text)
            .Where(t => t.Word.Any(char.IsLetterOrDigit))
            .Select(t => (t.Word.ToLowerInvariant(), t.Start, t.End));
        Assert.Equal(expected, tokens.Select(t => (t.Term, t.Start, t.End)));
    }

    [Fact]
    public void Ideographs_beyond_the_basic_plane_in_names_are_kept()
    {
        using var analyzer = Default();

        var tokens = AnalyzerAssert.Analyze(analyzer, "陶𬭎委员");

        Assert.Equal([("陶", 0, 1), ("𬭎", 1, 3), ("委员", 3, 5)], tokens.Select(t => (t.Term, t.Start, t.End)));
    }

    [Fact]
    public void Input_trickling_in_a_few_characters_at_a_time_gives_the_same_tokens()
    {
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => TestSegmenters.Seed($"00{i}"))) + "王𬌗同志";
        using var analyzer = Default();
        var whole = AnalyzerAssert.Analyze(analyzer, text);

        using var tokenizer = new JiebaTokenizer(new TricklingReader(text, most: 7), TestSegmenters.Cppcc);
        var term = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        tokenizer.Reset();
        var trickled = new List<(string, int, int)>();
        while (tokenizer.IncrementToken())
        {
            trickled.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        tokenizer.End();
        Assert.Equal(text.Length, offset.EndOffset);
        Assert.Equal(whole.Select(t => (t.Term.ToUpperInvariant(), t.Start, t.End)), trickled.Select(t => (t.Item1.ToUpperInvariant(), t.Item2, t.Item3)));
    }

    [Property(MaxTest = 200)]
    public void Random_text_is_analysed_without_error_in_both_modes(NonNull<string> input)
    {
        foreach (var mode in new[] { SegmentMode.Default, SegmentMode.Search })
        {
            using var analyzer = new JiebaAnalyzer(TestSegmenters.Cppcc, mode);
            var tokens = AnalyzerAssert.Analyze(analyzer, input.Get + "政协委员" + input.Get);
            Assert.Contains(tokens, t => t.Term == "政协委员");
        }
    }

    /// <summary>Strips HTML before the tokenizer, so token offsets must be corrected back.</summary>
    private sealed class HtmlJiebaAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new HTMLStripCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new JiebaTokenizer(reader, TestSegmenters.Cppcc));
    }
}
