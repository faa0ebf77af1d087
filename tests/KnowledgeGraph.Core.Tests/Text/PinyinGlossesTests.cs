using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

// Converting mirrors put a pinyin syllable in brackets after characters of a page; the syllables
// go, everything else stays, and every kept character still maps to its own place in the page.
public class PinyinGlossesTests
{
    private static NormalizedText Normalize(string original) => new TextNormalizer().Normalize(original);

    [Fact]
    public void A_tone_marked_syllable_in_brackets_after_a_character_is_dropped()
    {
        Assert.Equal("區政協委員會主任到某地調研", Normalize("區(qū)政協(xié)委員會(huì)主任到某地調(diào)研").Text);
    }

    [Fact]
    public void Full_width_brackets_hold_a_gloss_too()
    {
        Assert.Equal("内蒙古自治区政协", Normalize("内（nèi）蒙古自治区（qū）政协").Text);
    }

    [Theory]
    [InlineData("附件(a)列出三项")]
    [InlineData("政协(CPPCC)委员")]
    [InlineData("委员(de)工作")]
    [InlineData("2024 (xié) 年")]
    public void Brackets_that_are_not_a_gloss_stay(string text)
    {
        Assert.Contains("(", Normalize(text).Text.Replace('（', '('), StringComparison.Ordinal);
    }

    [Fact]
    public void Toneless_syllables_go_where_the_text_glosses_so_inside_words_again_and_again()
    {
        Assert.Equal("委员提案中，立案提案4500件，开展调研活动", Normalize("委员提（ti）案中，立（li）案提（ti）案4500件，开展调（diao）研活动").Text);
    }

    [Theory]
    [InlineData("委员(de)工作，立(li)案")]
    [InlineData("附件(a)列出三项，提(ti)案和立(li)案")]
    public void Toneless_syllables_stay_in_a_text_that_glosses_so_less_than_three_times(string text)
    {
        Assert.Contains("(", Normalize(text).Text.Replace('（', '('), StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_after_a_dropped_gloss_keep_their_offsets_in_the_page()
    {
        const string page = "協(xié)商會(huì)議";
        var normalized = Normalize(page);
        var at = normalized.Text.IndexOf('議', StringComparison.Ordinal);

        Assert.Equal("協商會議", normalized.Text);
        Assert.Equal(page.Length - 1, normalized.ToOriginal(at, at + 1).Start);
        Assert.Equal("議", normalized.OriginalSlice(at, at + 1));
    }
}
