using KnowledgeGraph.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace KnowledgeGraph.Core.Tests.Analysis;

public class WidthFoldingTests
{
    [Theory]
    [InlineData("“码”上议平台２０２５年上线，ＡＢＣ委员\u3000发言")]
    [InlineData("“”开头就是两个引号")]
    [InlineData("结尾是引号“码上议”")]
    [InlineData("「有事好商量」『协商』‘小’“大”，Ｎｏ．１２")]
    [InlineData("没有要改的字")]
    [InlineData("")]
    public void Folds_and_drops_as_Lucenes_mapping_filters_did_with_the_same_offsets(string text)
    {
        var reference = new MappingCharFilter(QuoteMap(), new MappingCharFilter(WidthMap(), new StringReader(text)));
        var ours = (CharFilter)WidthFolding.WrapDroppingQuotes(new StringReader(text));

        var expected = ReadAll(reference);
        Assert.Equal(expected, ReadAll(ours));
        for (var offset = 0; offset <= expected.Length; offset++)
        {
            Assert.Equal(reference.CorrectOffset(offset), ours.CorrectOffset(offset));
        }
    }

    [Fact]
    public void Input_read_a_few_characters_at_a_time_gives_the_same_text_and_offsets()
    {
        const string text = "“”“”政协“码”上议，ＡＢＣ「数字政协」”";
        var whole = (CharFilter)WidthFolding.WrapDroppingQuotes(new StringReader(text));
        var trickled = (CharFilter)WidthFolding.WrapDroppingQuotes(new TricklingReader(text, most: 3));

        var expected = ReadAll(whole);

        Assert.Equal("政协码上议,ABC数字政协", expected);
        Assert.Equal(expected, ReadAll(trickled, 3));
        for (var offset = 0; offset <= expected.Length; offset++)
        {
            Assert.Equal(whole.CorrectOffset(offset), trickled.CorrectOffset(offset));
        }
    }

    [Fact]
    public void Without_dropping_quotes_only_the_width_is_folded()
    {
        using var folded = WidthFolding.Wrap(new StringReader("“ＡＢＣ”\u3000１２"));

        Assert.Equal("“ABC” 12", ReadAll(folded));
    }

    // Lucene's char filters end with -1, .NET readers with 0: reads until either.
    private static string ReadAll(TextReader reader, int chunk = 64)
    {
        var buffer = new char[chunk];
        var read = new System.Text.StringBuilder();
        for (int n; (n = reader.Read(buffer, 0, buffer.Length)) > 0;)
        {
            read.Append(buffer, 0, n);
        }

        return read.ToString();
    }

    private static NormalizeCharMap WidthMap()
    {
        var builder = new NormalizeCharMap.Builder();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            builder.Add(c.ToString(), ((char)(c - 0xFEE0)).ToString());
        }

        builder.Add("\u3000", " ");
        return builder.Build();
    }

    private static NormalizeCharMap QuoteMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var quote in "“”‘’「」『』")
        {
            builder.Add(quote.ToString(), "");
        }

        return builder.Build();
    }
}
