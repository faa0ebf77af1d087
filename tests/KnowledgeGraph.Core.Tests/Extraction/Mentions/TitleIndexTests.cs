using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// The index of titles the person rules look up at every position: the longest title there, the
// first of its length in the order given; sentences written for these tests.
public class TitleIndexTests
{
    private static readonly TitleIndex<string> Titles = TitleIndex.Of(["主席", "副主席", "常务副主席", "主任", "副主任", "主席团成员", "委员", "主席"]);

    [Theory]
    [InlineData("县政协主席某甲出席", 3, "主席")]
    [InlineData("县政协主席团成员某乙", 3, "主席团成员")]
    [InlineData("市政协常务副主席某丙", 3, "常务副主席")]
    [InlineData("市政协常务副主席某丙", 5, "副主席")]
    [InlineData("委员", 0, "委员")]
    public void The_longest_title_at_a_position_is_found(string text, int at, string title) =>
        Assert.Equal(title, Titles.LongestAt(text, at));

    [Theory]
    [InlineData("县政协主席某甲出席", 0)]
    [InlineData("县政协主席某甲出席", 4)]
    [InlineData("县政协常务委员会", 3)]
    [InlineData("副主", 0)]
    [InlineData("主席", 2)]
    [InlineData("", 0)]
    public void No_title_where_none_starts(string text, int at) => Assert.Null(Titles.LongestAt(text, at));

    [Fact]
    public void Items_of_one_title_length_keep_the_order_given()
    {
        var cues = new[] { ("记者", "first"), ("编辑", "other"), ("记者", "second"), ("本报记者", "longer") };
        var index = new TitleIndex<Tuple<string, string>>(cues.Select(c => Tuple.Create(c.Item1, c.Item2)), c => c.Item1);

        Assert.Equal(["first", "second"], index.OpeningWith('记').ToArray().Select(c => c.Item2));
        Assert.Equal("first", index.LongestAt("通讯员记者某甲", 3)!.Item2);
        Assert.Equal("longer", index.LongestAt("本报记者某乙", 0)!.Item2);
        Assert.True(index.OpeningWith('摄').IsEmpty);
    }

    [Fact]
    public void Contains_holds_exactly_the_titles()
    {
        Assert.True(Titles.Contains("副主席"));
        Assert.True(Titles.Contains("委员"));
        Assert.False(Titles.Contains("副主"));
        Assert.False(Titles.Contains("常务副主席会议"));
        Assert.False(Titles.Contains(""));
    }

    [Fact]
    public void An_empty_title_is_refused() =>
        Assert.Throws<ArgumentException>(() => TitleIndex.Of(["主席", ""]));
}
