using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public class NormalizedTextTests
{
    private static NormalizedText NormalizeSeed(string prefix) => new TextNormalizer().Normalize(SeedDocuments.Read(prefix));

    [Fact]
    public void The_repaired_year_maps_to_the_whole_doubled_run_starting_at_its_first_digit()
    {
        var normalized = NormalizeSeed("000");
        var at = normalized.Text.IndexOf("\n2023年\n", StringComparison.Ordinal) + 1;

        var (start, end) = normalized.ToOriginal(at, at + "2023年".Length);

        Assert.Equal(normalized.Original.IndexOf("20232023年年", StringComparison.Ordinal), start);
        Assert.Equal("20232023年年", normalized.Original[start..end]);
    }

    [Fact]
    public void The_digits_of_a_repaired_year_map_to_the_first_copy_and_the_character_to_both()
    {
        var normalized = new TextNormalizer().Normalize("20242024年年");

        Assert.Equal("2024", normalized.OriginalSlice(0, 4));
        Assert.Equal("年年", normalized.OriginalSlice(4, 5));
        Assert.Equal("20242024年年".Length, normalized.ToOriginal(5));
    }

    [Fact]
    public void A_joined_word_maps_back_over_the_removed_line_break()
    {
        var normalized = NormalizeSeed("000");
        var at = normalized.Text.IndexOf("淮安在现代化", StringComparison.Ordinal);

        Assert.Equal("淮\n安", normalized.OriginalSlice(at, at + 2));
    }

    [Fact]
    public void A_word_joined_across_a_page_break_maps_back_over_the_blank_line()
    {
        var normalized = NormalizeSeed("002");
        var at = normalized.Text.IndexOf("组织委员学习", StringComparison.Ordinal);

        Assert.Equal("组\n\n织", normalized.OriginalSlice(at, at + 2));
    }

    [Fact]
    public void A_merged_crlf_maps_to_both_characters()
    {
        var normalized = new TextNormalizer().Normalize("甲。\r\n乙。");

        Assert.Equal("甲。\n乙。", normalized.Text);
        Assert.Equal("\r\n", normalized.OriginalSlice(2, 3));
    }

    [Fact]
    public void A_replaced_character_maps_to_the_character_it_replaced()
    {
        var normalized = new TextNormalizer().Normalize("共计１２３项,完成");

        Assert.Equal("１２３", normalized.OriginalSlice(2, 5));
        Assert.Equal(",", normalized.OriginalSlice(6, 7));
    }

    [Fact]
    public void The_end_offset_maps_to_the_end_of_the_last_characters_source()
    {
        var normalized = new TextNormalizer().Normalize("\n\n政协。\r\n\r\n");

        Assert.Equal("政协。", normalized.Text);
        Assert.Equal(2, normalized.ToOriginal(0));
        Assert.Equal(5, normalized.ToOriginal(3));
        Assert.Equal((5, 5), normalized.ToOriginal(3, 3));
    }

    [Fact]
    public void Offsets_outside_the_text_are_rejected()
    {
        var normalized = new TextNormalizer().Normalize("政协。");

        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(0, 4));
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void The_map_of_every_seed_is_non_decreasing_and_within_the_original(string seed)
    {
        var normalized = NormalizeSeed(seed);

        var previous = 0;
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            var mapped = normalized.ToOriginal(i);
            Assert.InRange(mapped, previous, normalized.Original.Length);
            previous = mapped;
        }
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void Every_section_paragraph_and_sentence_of_a_seed_maps_back_to_the_same_words(string seed)
    {
        var normalized = NormalizeSeed(seed);
        var structure = new DocumentStructureParser().Parse(seed, normalized);
        var spans = structure.Sections.Select(s => (s.Start, s.End))
            .Concat(structure.Sections.SelectMany(s => s.Paragraphs).Select(p => (p.Start, p.End)))
            .Concat(structure.Sentences.Select(t => (t.Start, t.End)));

        foreach (var (start, end) in spans)
        {
            AssertMapsToSameWords(normalized, start, end);
        }
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Prefixes), MemberType = typeof(SeedDocuments))]
    public void Random_spans_of_a_seed_map_back_to_the_same_words(string seed)
    {
        var normalized = NormalizeSeed(seed);
        var random = new Random(20240115);
        var length = normalized.Text.Length;
        var checkedSpans = 0;
        while (checkedSpans < 2000)
        {
            var start = random.Next(length + 1);
            var end = Math.Min(length, start + random.Next(1, 120));
            if (!SourceSpans.IsWordBoundary(normalized.Text, start) || !SourceSpans.IsWordBoundary(normalized.Text, end))
            {
                continue;
            }

            AssertMapsToSameWords(normalized, start, end);
            checkedSpans++;
        }
    }

    [Theory]
    [InlineData("也是淮\n安在现代化\n\n新征程上，政 协 工 作\r\n报告20232023年年发布。")]
    [InlineData("　　一、总体要求\r\n\r\n共计１２３项,完成率１００％;县(市、区)政协 ，“两个确立” “两个维护”。")]
    [InlineData("1010月月1515日日\n召开会议。")]
    public void Random_spans_of_noisy_text_map_back_to_the_same_words(string original)
    {
        var normalized = new TextNormalizer().Normalize(original);
        for (var start = 0; start <= normalized.Text.Length; start++)
        {
            for (var end = start; end <= normalized.Text.Length; end++)
            {
                if (SourceSpans.IsWordBoundary(normalized.Text, start) && SourceSpans.IsWordBoundary(normalized.Text, end))
                {
                    AssertMapsToSameWords(normalized, start, end);
                }
            }
        }
    }

    private static void AssertMapsToSameWords(NormalizedText normalized, int start, int end)
    {
        var expected = SourceSpans.Canonical(normalized.Text[start..end]);
        var actual = SourceSpans.Canonical(normalized.OriginalSlice(start, end));
        Assert.True(expected == actual, $"[{start},{end}) \"{normalized.Text[start..end]}\" maps to \"{normalized.OriginalSlice(start, end)}\"");
    }
}
