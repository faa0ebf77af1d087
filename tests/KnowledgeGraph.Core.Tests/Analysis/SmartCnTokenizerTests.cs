using KnowledgeGraph.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Tests.Analysis;

/// <summary>
/// <see cref="SmartCnAnalyzer"/> (our tokenizer and lattice) against the chain it replaced:
/// Lucene's <see cref="SmartChineseAnalyzer"/> behind the same char filter. Every token's term,
/// offsets, position increment and type must be the same.
/// </summary>
public class SmartCnTokenizerTests
{
    private static readonly char[] SentenceMarks = ['。', '！', '？', '；'];

    public static TheoryData<string> MixedTexts() =>
    [
        "",
        "   ",
        "。",
        "，、；：",
        "委员们走访了企业，收集意见。",
        "开通“码”上议平台，全年办理提案 ３５６ 件。",
        "２０２３年CPPCC报告提到 GDP 增长5.2%，居民收入增长 6.1%。",
        "政协委员王某某（市工商联副主席）提出：加快建设“智慧城市”！",
        "第一句话结束了。第二句话接着说？第三句！",
        "上午召开会议\n下午分组讨论\r\n晚上继续。",
        "Dr. Smith visited the city. He met 3 committees.",
        "英文缩写 e.g. 和 U.S.A 混在中文里。",
        "全角ＡＢＣ字母与ａｂｃ和１２３数字",
        "表情😀与补充平面字符𠀀出现在句中。",
        "一二三四五六七八九十百千万亿",
        "！！！？？？",
        "句末有空格。  ",
        "（一）加强组织领导。（二）完善工作机制。",
        string.Concat(Enumerable.Repeat("委员们围绕乡村振兴开展专题调研，", 80)),
        string.Concat(Enumerable.Repeat("长句没有句号但有逗号，", 120)) + "最后结束。",
    ];

    [Theory]
    [MemberData(nameof(MixedTexts))]
    public void Mixed_text_gives_the_tokens_of_Lucene_own_tokenizer(string text)
    {
        using var ours = new SmartCnAnalyzer();
        using var lucenes = new LuceneSmartCn();

        Assert.Equal(Tokens(lucenes, text), Tokens(ours, text));
    }

    [Fact]
    public void Every_seed_line_and_sentence_gives_the_tokens_of_Lucene_own_tokenizer()
    {
        using var ours = new SmartCnAnalyzer();
        using var lucenes = new LuceneSmartCn();
        var compared = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            // Whole lines (several sentences: the sentence iterator's path), then each sentence
            // alone, its mark kept (a passage: the lattice's path), then the whole file.
            foreach (var line in text.Split('\n'))
            {
                Assert.Equal(Tokens(lucenes, line), Tokens(ours, line));
                foreach (var sentence in Sentences(line))
                {
                    Assert.Equal(Tokens(lucenes, sentence), Tokens(ours, sentence));
                    compared++;
                }
            }

            Assert.Equal(Tokens(lucenes, text), Tokens(ours, text));
        }

        Assert.True(compared > 400, $"only {compared} sentences compared");
    }

    [Fact]
    public void A_reused_tokenizer_forgets_the_previous_text()
    {
        using var analyzer = new SmartCnAnalyzer();

        var first = Tokens(analyzer, "第一句话说的是政协委员。");
        var other = Tokens(analyzer, "有句号。也有叹号！还有问号？");
        var again = Tokens(analyzer, "第一句话说的是政协委员。");

        Assert.Equal(first, again);
        Assert.Contains(other, t => t.Term == "句号");
        Assert.DoesNotContain(again, t => t.Term == "句号");
    }

    [Theory]
    [InlineData("没有句号的一句话", true)]
    [InlineData("一句话。", true)]
    [InlineData("一句话（附注）。", true)]
    [InlineData("一句话。）", true)]
    [InlineData("一句话！？", true)]
    [InlineData("", true)]
    [InlineData("两句话。第二句", false)]
    [InlineData("数字3.5在中间", false)]
    [InlineData("换行\n之后", false)]
    [InlineData("句末换行。\n", false)]
    [InlineData("句末空格。 ", false)]
    [InlineData("补充平面𠀀字", false)]
    public void A_text_is_one_sentence_only_when_no_break_can_come_before_its_end(string text, bool oneSentence)
    {
        Assert.Equal(oneSentence, SentenceEnds.OnlyAtEnd(text));
    }

    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (Array.IndexOf(SentenceMarks, line[i]) >= 0)
            {
                yield return line[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < line.Length)
        {
            yield return line[start..];
        }
    }

    private static List<AnalyzedToken> Tokens(Analyzer analyzer, string text) => AnalyzerAssert.Analyze(analyzer, text);

    /// <summary>The chain SmartCnAnalyzer had before: Lucene's analyzer behind our char filter.</summary>
    private sealed class LuceneSmartCn : AnalyzerWrapper
    {
        private readonly SmartChineseAnalyzer _smart = new(LuceneVersion.LUCENE_48, useDefaultStopWords: true);

        public LuceneSmartCn()
            : base(GLOBAL_REUSE_STRATEGY)
        {
        }

        protected override Analyzer GetWrappedAnalyzer(string fieldName) => _smart;

        protected override TextReader WrapReader(string fieldName, TextReader reader) =>
            WidthFolding.WrapDroppingQuotes(reader);
    }
}
