using System.Text;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Ingest.Commands;

namespace KnowledgeGraph.Ingest.Tests.Commands;

public class SegmentCommandTests
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() => JiebaSegmenter.Load());

    private static string Run(string input, SegmentMode mode = SegmentMode.Default, bool tags = false)
    {
        using var output = new MemoryStream();
        var exit = SegmentCommand.Run(Segmenter.Value, mode, tags, hmm: true, new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        Assert.Equal(0, exit);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Each_input_line_gives_one_line_of_words_separated_by_single_spaces()
    {
        var output = Run("市政协主席走访民营企业603家。\n\n涟水县政协  开展活动\n");

        Assert.Equal("市政协 主席 走访 民营企业 603 家 。\n\n涟水县 政协 开展 活动\n", output);
    }

    [Fact]
    public void Pos_writes_each_word_with_its_tag()
    {
        Assert.Equal("淮安/ns 码上议/nz\n", Run("淮安码上议\n", tags: true));
    }

    [Fact]
    public void Search_mode_writes_inner_words_before_the_word()
    {
        Assert.Equal("民营 企业 民营企业\n", Run("民营企业", SegmentMode.Search));
    }
}
