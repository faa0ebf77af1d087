using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Words compared with a text at a position; sentences written for these tests.
public class WordsAtTests
{
    private static readonly string[] Verbs = ["被授予", "获得", "获"];

    [Theory]
    [InlineData("某甲获得一等奖", 2, "获得")]
    [InlineData("某甲获三等奖", 2, "获")]
    [InlineData("某甲被授予称号", 2, "被授予")]
    public void The_first_word_in_order_that_stands_there_is_found(string text, int at, string word) =>
        Assert.Equal(word, WordsAt.First(text, at, Verbs));

    [Theory]
    [InlineData("某甲出席会议", 2)]
    [InlineData("某甲获", 3)]
    [InlineData("某甲被授", 2)]
    public void No_word_where_none_stands(string text, int at)
    {
        Assert.Null(WordsAt.First(text, at, Verbs));
        Assert.False(WordsAt.StartsAny(text, at, Verbs));
    }

    [Fact]
    public void A_word_running_past_the_text_does_not_stand_there() =>
        Assert.False(WordsAt.Starts("某甲获", 2, "获得"));
}
