using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

/// <summary>
/// <see cref="TopicWords.Of"/> keeps the words that count (two letters or more, no stop word),
/// lower-cased, in order: the same as cutting every word into a string and filtering them.
/// </summary>
public class TopicWordsTests
{
    private static readonly Lazy<TopicWords> Words = new(() => new TopicWords(TestSegmenters.Cppcc, ["我们", "的", "在"]));

    [Fact]
    public void Keeps_words_of_letters_lower_cased_and_drops_stop_words_figures_and_single_characters()
    {
        var words = Words.Value.Of("委员们在2024年的座谈会上讨论AI与乡村振兴，我们提出3条建议。");

        Assert.Contains("座谈会", words);
        Assert.Contains("ai", words);
        Assert.DoesNotContain("我们", words);
        Assert.DoesNotContain("AI", words);
        Assert.DoesNotContain(words, w => w.Length < 2 || w.Any(char.IsDigit));
    }

    [Fact]
    public void Gives_every_seed_line_the_words_a_cut_into_strings_then_filtered_gives()
    {
        var words = Words.Value;
        var lines = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            foreach (var line in File.ReadAllText(file).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var expected = TestSegmenters.Cppcc.Cut(line).Where(words.Counts).Select(w => w.ToLowerInvariant()).ToList();
                Assert.Equal(expected, words.Of(line));
                lines++;
            }
        }

        Assert.True(lines > 100, $"only {lines} lines compared");
    }

    [Fact]
    public void A_text_longer_than_the_kept_list_is_cut_whole_and_the_next_text_alone()
    {
        var words = Words.Value;
        var text = string.Concat(Enumerable.Repeat("委员 调研 ", 40_000));
        Assert.Equal(80_000, words.Of(text).Count);
        Assert.Equal(["座谈会"], words.Of("座谈会"));
    }
}
