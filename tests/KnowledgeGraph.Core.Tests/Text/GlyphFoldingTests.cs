using System.Text;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public class GlyphFoldingTests
{
    [Theory]
    [InlineData("⼈⺠政协报", "人民政协报")]
    [InlineData("助⼒⺠营经济健康发展", "助力民营经济健康发展")]
    [InlineData("⾩宁县政协", "阜宁县政协")]
    [InlineData("⻓江⼤保护", "长江大保护")]
    [InlineData("ﬁle:///tmp/report.html", "file:///tmp/report.html")]
    [InlineData("ﬂow ﬀ ﬃ ﬄ", "flow ff ffi ffl")]
    [InlineData("\uF9A8政", "令政")]
    [InlineData("\U0002F80F", "\u5154")]
    public void Radicals_compatibility_ideographs_and_ligatures_become_what_they_stand_for(string input, string expected)
    {
        Assert.Equal(expected, GlyphFolding.Fold(input));
    }

    [Fact]
    public void Every_radical_of_both_blocks_that_unicode_maps_folds_to_a_unified_ideograph()
    {
        var folded = 0;
        for (var codePoint = 0x2E80; codePoint <= 0x2FDF; codePoint++)
        {
            if (GlyphFolding.Replacement(codePoint) is { } replacement)
            {
                Assert.Equal(System.Globalization.UnicodeCategory.OtherLetter, UnicodeCategory(replacement));
                Assert.True(Rune.GetRuneAt(replacement, 0).Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000);
                folded++;
            }
        }

        // 214 Kangxi radicals and most of the 115 supplement radicals (a few have no unified equivalent).
        Assert.InRange(folded, 300, 329);
        Assert.Equal("民", GlyphFolding.Replacement(0x2EA0));
    }

    [Fact]
    public void Kangxi_radicals_agree_with_their_compatibility_decompositions()
    {
        for (var codePoint = 0x2F00; codePoint <= 0x2FD5; codePoint++)
        {
            var nfkc = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKC);
            Assert.Equal(nfkc, GlyphFolding.Replacement(codePoint));
        }
    }

    [Theory]
    [InlineData("人民政协报")]
    [InlineData("ＡＢＣ，１２３")]
    [InlineData("①②③")]
    [InlineData("\uFA0E\uFA0F")]
    [InlineData("😀𠀀")]
    public void Ordinary_text_and_unified_ideographs_of_the_compatibility_block_are_left_alone(string input)
    {
        Assert.Same(input, GlyphFolding.Fold(input));
        Assert.Equal(0, GlyphFolding.CountFolded(input));
    }

    [Fact]
    public void Counting_counts_code_points_not_code_units()
    {
        Assert.Equal(3, GlyphFolding.CountFolded("⼈⺠\U0002F80F政协ﬁ"[..^1]));
        Assert.Equal(4, GlyphFolding.CountFolded("⼈⺠\U0002F80F政协ﬁ"));
    }

    [Fact]
    public void The_normalizer_folds_them_and_maps_every_character_back_to_its_glyph()
    {
        const string original = "⼈⺠政协报ﬁle";

        var normalized = new TextNormalizer().Normalize(original);

        Assert.Equal("人民政协报file", normalized.Text);
        Assert.Equal("⺠", normalized.OriginalSlice(1, 2));
        Assert.Equal("ﬁ", normalized.OriginalSlice(5, 6));
        Assert.Equal("ﬁ", normalized.OriginalSlice(6, 7));
        Assert.Equal("ﬁle", normalized.OriginalSlice(5, 9));
        Assert.Equal(original.Length, normalized.ToOriginal(normalized.Text.Length));
    }

    [Theory]
    [InlineData("――图解工作报告", "——图解工作报告")]
    [InlineData("第1∕2页", "第1/2页")]
    [InlineData("\u2329建议\u232A", "〈建议〉")]
    public void Look_alike_punctuation_becomes_the_mark_chinese_text_uses_and_full_width_folds_after_it(string original, string expected)
    {
        Assert.Equal(expected, new TextNormalizer().Normalize(original).Text);
    }

    [Fact]
    public void A_compatibility_ideograph_beyond_the_bmp_maps_back_to_both_halves_of_its_pair()
    {
        const string original = "委员\U0002F80F会";

        var normalized = new TextNormalizer().Normalize(original);

        Assert.Equal("委员\u5154会", normalized.Text);
        Assert.Equal("\U0002F80F", normalized.OriginalSlice(2, 3));
        Assert.Equal("会", normalized.OriginalSlice(3, 4));
    }

    private static System.Globalization.UnicodeCategory UnicodeCategory(string text) =>
        Rune.GetUnicodeCategory(Rune.GetRuneAt(text, 0));
}
