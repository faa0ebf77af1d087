using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// The forms of an honour's name beyond its verb and its honour word: the divisions in brackets
/// that a title conferred on places carries (示范市（县）, 模范城（县）), a ranking that is an honour
/// without an honour word (十大考古新发现, 最佳旅游乡村), a quoted word inside a longer name
/// (联合国全球可持续“地球家园”范例奖) or modifying one (“两山”实践创新基地: no honour), and a
/// national title striven for (创建全国…示范市) named with what came of it (…全覆盖).
/// </summary>
internal sealed partial class AwardFinder
{
    // Verbs of striving for a title: their object is an honour only when it is a national title
    // (创建全国法治政府建设示范地区), not any model area a place sets out to build.
    private static readonly string[] StrivingVerbs = ["创建", "创成"];

    // What a report says came of a title striven for: not part of the title's name.
    private static readonly string[] OutcomeWords = ["全覆盖", "取得", "实现", "数量", "成果", "创成率"];

    private static readonly string[] ProgrammeHeads = ["计划", "工程", "行动", "项目", "活动", "基地"];

    // Words after a quote that do not continue its name (“全国文明城市”以来, “五个一工程”奖、…).
    private const string NotContinuing = "奖称荣和及与等第一二三以后时中之的并是为了";

    /// <summary>A quote followed by a word that continues it names part of something longer.</summary>
    private static bool ModifiesNounAfter(string text, int end) =>
        end < text.Length && text[end] is >= '\u4E00' and <= '\u9FFF' && !NotContinuing.Contains(text[end], StringComparison.Ordinal);

    /// <summary>The divisions in brackets right after <paramref name="at"/> (（县）, （州）, （县、区）), or empty.</summary>
    private static string DivisionsAfter(string text, int at)
    {
        var match = DivisionsAt().Match(text, at);
        return match.Success && match.Index == at ? match.Value : "";
    }

    [GeneratedRegex("（[县市区州旗、]{1,5}）")]
    private static partial Regex DivisionsAt();

    [GeneratedRegex("（[县市区州旗、]{1,5}）$")]
    private static partial Regex DivisionsAtEnd();

    // Verbs after which a choice of the best is conferred (获评, 入选 a list); after 获得 or 获 the
    // same words are ordinary praise (获得最佳体验) unless an honour's head ends the name.
    private static readonly string[] ChoosingVerbs = ["获评", "入选", "荣获", "被评为", "评为", "评选为"];

    // Heads that make a choice of the best an honour after any verb (十佳营商环境城市, 十大年度人物).
    private static readonly string[] HonourLikeHeads = ["奖", "称号", "单位", "城市", "人物", "案例", "集体", "个人", "乡村", "村", "县", "品牌", "榜"];

    /// <summary>
    /// A choice of the best named as such (十大, 十佳, 最佳 …) is an honour unless it heads a programme;
    /// a ranking by size (百强, 500强) is a ranking, not an honour. It is one only after a verb of
    /// choosing or with an honour's head, and never with 的 in it (最美的风景 is praise) unless the
    /// quote marks where the name ends (“十佳乡村旅游目的地”).
    /// </summary>
    private static bool IsRanking(string name, string verb, bool quoted) =>
        RankingWord().IsMatch(name) && (quoted || !name.Contains('的', StringComparison.Ordinal))
            && (ChoosingVerbs.Contains(verb) || HonourLikeHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal)))
            && !ProgrammeHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal));

    [GeneratedRegex("十大|十佳|百佳|最佳|最美")]
    private static partial Regex RankingWord();

    /// <summary>
    /// The name without its quotation marks, except where a quote stands inside it before a head of
    /// its own (联合国全球可持续“地球家园”范例奖): those are written as part of the name.
    /// </summary>
    private static string NameOf(string raw)
    {
        var close = raw.LastIndexOf('”');
        var inner = raw.IndexOf('“') > 0 && close > 0 && raw.Length - close - 1 >= 2 && raw[(close + 1)..] is not ("称号" or "荣誉称号");
        return inner
            ? QuotedNameReader.Clean(raw.Replace("“", "\u0001", StringComparison.Ordinal).Replace("”", "\u0002", StringComparison.Ordinal))
                .Replace('\u0001', '“').Replace('\u0002', '”')
            : QuotedNameReader.Clean(raw.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal));
    }

    /// <summary>
    /// 授予某省优秀委员荣誉称号: the word 称号 says the title is what stands before it, as after a
    /// quote (“时代楷模”称号); a title with no name of its own before it (荣誉称号) is left whole.
    /// </summary>
    private static string WithoutTitleWord(string name, ref bool marked)
    {
        foreach (var word in new[] { "荣誉称号", "称号" })
        {
            if (name.EndsWith(word, StringComparison.Ordinal) && name.Length - word.Length >= 4)
            {
                marked = true;
                return name[..^word.Length];
            }
        }

        return name;
    }

    /// <summary>The title without what came of it (全国民族团结进步示范市（州）全覆盖 → …示范市（州）).</summary>
    private string WithoutOutcome(string name)
    {
        foreach (var outcome in OutcomeWords)
        {
            var at = name.IndexOf(outcome, StringComparison.Ordinal);
            if (at > 0)
            {
                var title = name[..at];
                var bare = title[..^DivisionsAtEnd().Match(title).Length];
                if (cues.Suffixes.Any(s => bare.EndsWith(s, StringComparison.Ordinal)))
                {
                    return title;
                }
            }
        }

        return name;
    }
}
