using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Tests.Segmentation;

public class JiebaSegmenterTests
{
    private static JiebaSegmenter Segmenter => TestSegmenters.Cppcc;

    [Fact]
    public void A_seed_sentence_is_cut_into_the_words_jieba_gives()
    {
        var words = TestSegmenters.JiebaOnly.Cut("2024年1月15日，政协淮安市第九届委员会第三次会议上，走访民营企业603家。");

        Assert.Equal(
            ["2024", "年", "1", "月", "15", "日", "，", "政协", "淮安市", "第九届", "委员会", "第三次", "会议", "上", "，", "走访", "民营企业", "603", "家", "。"],
            words);
    }

    [Fact]
    public void The_hmm_joins_characters_the_dictionary_does_not_know()
    {
        Assert.Contains("杭研", Segmenter.Cut("他来到了网易杭研大厦"));
        Assert.DoesNotContain("杭研", Segmenter.Cut("他来到了网易杭研大厦", hmm: false));
    }

    [Fact]
    public void Without_the_hmm_single_latin_letters_and_digits_stay_together()
    {
        Assert.Equal(["AT", "主席"], Segmenter.Cut("AT主席", hmm: false));
    }

    [Fact]
    public void Search_mode_adds_the_dictionary_words_inside_a_longer_word_before_it()
    {
        var tokens = TestSegmenters.JiebaOnly.Tokenize("中国科学院", SegmentMode.Search);

        Assert.Equal(["中国", "科学", "学院", "科学院", "中国科学院"], tokens.Select(t => t.Word));
        Assert.Equal([true, true, true, true, false], tokens.Select(t => t.IsInner));
        Assert.Equal([(0, 2), (2, 4), (3, 5), (2, 5), (0, 5)], tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Tags_come_from_the_dictionary_then_from_the_shape_of_the_word()
    {
        var tags = Segmenter.Tokenize("省政协主席张义珍在淮安调研码上议，603家企业用上Lucene")
            .ToDictionary(t => t.Word, t => t.Tag);

        Assert.Equal("nt", tags["省政协"]);
        Assert.Equal("ns", tags["淮安"]);
        Assert.Equal("nz", tags["码上议"]);
        Assert.Equal("nr", tags["张义珍"]);
        Assert.Equal("m", tags["603"]);
        Assert.Equal("eng", tags["Lucene"]);
        Assert.Equal("x", tags["，"]);
    }

    [Theory]
    [InlineData("委员为民服务超市")]
    [InlineData("专门协商机构")]
    [InlineData("社情民意信息")]
    [InlineData("全过程人民民主")]
    [InlineData("有事好商量")]
    public void The_cppcc_dictionary_keeps_domain_words_whole(string term)
    {
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => TestSegmenters.Seed($"00{i}")));
        Assert.Contains(term, text);

        Assert.Contains(term, Segmenter.Cut(text));
        Assert.DoesNotContain(term, TestSegmenters.JiebaOnly.Cut(text));
    }

    [Theory]
    [InlineData("AT&T 3 nz", "AT&T", 3L, "nz")]
    [InlineData("Hello Kitty", "Hello Kitty", null, null)]
    [InlineData("码上议 nz", "码上议", null, "nz")]
    [InlineData("委员之家  5", "委员之家 ", 5L, null)]
    [InlineData("二 0 x", "二", 0L, "x")]
    public void User_dictionary_lines_are_read_as_jieba_reads_them(string line, string word, long? frequency, string? tag)
    {
        Assert.True(JiebaSegmenter.TryParseEntry(line, out var actualWord, out var actualFrequency, out var actualTag));

        Assert.Equal((word, frequency, tag), (actualWord, actualFrequency, actualTag));
    }

    private static JiebaSegmenter WithUserDictionary(TempFolder folder, string content)
    {
        var options = new SegmenterOptions { IncludeCppccDictionary = false };
        options.UserDictionaryPaths.Add(folder.Write("user.dict.utf8", content));
        return JiebaSegmenter.Load(options);
    }

    [Fact]
    public void User_words_are_added_in_file_order_so_a_suggested_frequency_sees_only_earlier_lines()
    {
        using var folder = new TempFolder();

        var segmenter = WithUserDictionary(folder, "甲乙丙\n甲乙 100000000\n");

        Assert.Equal(["甲乙", "丙"], segmenter.Cut("甲乙丙"));
    }

    [Fact]
    public void A_user_word_with_frequency_zero_is_not_produced_by_the_hmm_either()
    {
        using var folder = new TempFolder();

        var segmenter = WithUserDictionary(folder, "比强 0\n");

        Assert.Equal(["以", "攀高", "比", "强"], segmenter.Cut("以攀高比强"));
        Assert.Equal(["以", "攀高", "比强"], TestSegmenters.JiebaOnly.Cut("以攀高比强"));
    }

    [Fact]
    public void A_user_dictionary_that_is_not_utf8_is_named_in_the_error()
    {
        using var folder = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = folder.Write("gbk.dict", System.Text.Encoding.GetEncoding(936).GetBytes("政协委员 5 n\n"));
        var options = new SegmenterOptions { IncludeCppccDictionary = false };
        options.UserDictionaryPaths.Add(path);

        var error = Assert.Throws<InvalidDataException>(() => JiebaSegmenter.Load(options));

        Assert.Contains(path, error.Message);
        Assert.Contains("not UTF-8", error.Message);
    }

    [Fact]
    public void A_user_word_without_frequency_gets_one_that_keeps_it_whole()
    {
        using var folder = new TempFolder();

        var segmenter = WithUserDictionary(folder, "\uFEFF网易杭研大厦 nt\n");

        Assert.Equal(["他", "来到", "了", "网易杭研大厦"], segmenter.Cut("他来到了网易杭研大厦"));
        Assert.Equal("nt", segmenter.Tag("网易杭研大厦"));
    }

    [Fact]
    public void A_missing_data_file_is_named_in_the_error()
    {
        var options = new SegmenterOptions { DictionaryPath = "/nonexistent/jieba.dict.utf8" };

        var error = Assert.Throws<FileNotFoundException>(() => JiebaSegmenter.Load(options));

        Assert.Contains("/nonexistent/jieba.dict.utf8", error.Message);
    }

    [Fact]
    public void A_malformed_hmm_model_is_reported_with_its_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("hmm_model.utf8", "#only a comment\n0 0 0 0\n");
        var options = new SegmenterOptions { HmmModelPath = path };

        var error = Assert.Throws<InvalidDataException>(() => JiebaSegmenter.Load(options));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Threads_sharing_one_segmenter_get_the_same_words_as_one_thread()
    {
        var lines = Enumerable.Range(0, 5).SelectMany(i => TestSegmenters.Seed($"00{i}").Split('\n')).ToArray();
        var expected = lines.Select(l => string.Join('|', Segmenter.Cut(l))).ToArray();

        var actual = new string[lines.Length];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = string.Join('|', Segmenter.Cut(lines[i])));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_long_run_of_unknown_characters_is_cut_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("龘靐齉", 20_000));

        var words = Segmenter.Cut(text);

        Assert.Equal(text, string.Concat(words));
    }

    [Property(MaxTest = 300)]
    public void Default_mode_words_cover_the_text_exactly_once(NonNull<string> input)
    {
        var text = input.Get;
        foreach (var mode in new[] { true, false })
        {
            var spans = new List<WordSpan>();
            Segmenter.Segment(text, spans, hmm: mode);

            var offset = 0;
            foreach (var span in spans)
            {
                Assert.Equal(offset, span.Start);
                Assert.True(span.Length > 0);
                offset = span.End;
            }

            Assert.Equal(text.Length, offset);
        }
    }

    [Property(MaxTest = 300)]
    public void Search_mode_words_lie_inside_the_text(NonNull<string> input)
    {
        var text = "政协委员会" + input.Get + "中国科学院";
        var spans = new List<WordSpan>();
        Segmenter.Segment(text, spans, SegmentMode.Search);

        Assert.All(spans, s => Assert.InRange(s.Start, 0, text.Length - s.Length));
        Assert.Equal(text, string.Concat(spans.Where(s => !s.IsInner).Select(s => text.Substring(s.Start, s.Length))));
    }
}
