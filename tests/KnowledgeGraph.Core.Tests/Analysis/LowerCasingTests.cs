using KnowledgeGraph.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Tests.Analysis;

public class LowerCasingTests
{
    [Theory]
    [InlineData("政协委员 CPPCC 提案 No.12 Beijing 〈码上议〉 平台")]
    [InlineData("ΑΘΗΝΑ Straße İstanbul ÀÉÎ Ωmega")]
    [InlineData("𠀋𠀋 ABC𝐀 ＡＢＣ ｆｕｌｌ")]
    [InlineData("二〇二五年 “民营经济” 座谈会 GDP增长5.2%")]
    public void Tokens_come_out_as_Lucenes_lower_case_filter_makes_them(string text)
    {
        var expected = Terms(text, tokenizer => new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));

        var actual = Terms(text, tokenizer => new LowerCasing(tokenizer));

        Assert.Equal(expected, actual);
        Assert.Contains(actual, t => t.Any(char.IsLetter));
    }

    private static List<string> Terms(string text, Func<Tokenizer, TokenStream> filter)
    {
        using var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        using var stream = filter(tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
