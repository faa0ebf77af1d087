using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Recognises the page controls and navigation text that Chinese government sites put around an
/// article: 【打印】【关闭窗口】, 字号：大 中 小, 分享到：微信 微博, 当前位置：首页 &gt; 政协要闻.
/// </summary>
internal static partial class HtmlBoilerplate
{
    // Longest first, so that 关闭窗口 is taken whole before 关闭 is tried.
    private static readonly string[] ControlWords = new[]
    {
        "打印本页", "打印此页", "打印文章", "打印", "全屏阅读", "全屏", "字号", "字体", "大", "中", "小", "默认",
        "关闭窗口", "关闭本页", "关闭", "返回顶部", "返回", "收藏本页", "收藏", "分享到", "分享", "微信", "朋友圈",
        "新浪微博", "腾讯微博", "微博", "QQ空间", "QQ好友", "QQ", "手机扫一扫", "扫一扫", "二维码", "我要纠错", "纠错",
        "复制链接",
    }.OrderByDescending(w => w.Length).ToArray();

    private static readonly string[] BoilerplateLineStarts =
    [
        "分享到", "当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前所在位置",
    ];

    /// <summary>
    /// True when <paramref name="text"/> is made only of control words and separators (an empty
    /// text counts too: it holds nothing to keep).
    /// </summary>
    public static bool IsControlText(string text)
    {
        var rest = Separators().Replace(text, "");
        var position = 0;
        while (position < rest.Length)
        {
            var word = Array.Find(ControlWords, w => rest.AsSpan(position).StartsWith(w, StringComparison.OrdinalIgnoreCase));
            if (word is null)
            {
                return false;
            }

            position += word.Length;
        }

        return true;
    }

    /// <summary>
    /// The line without bracketed controls such as 【打印】, or null when nothing but boilerplate
    /// is left.
    /// </summary>
    public static string? CleanLine(string line)
    {
        var cleaned = BracketedGroup().Replace(line, m => IsControlText(m.Groups[1].Value) ? "" : m.Value).Trim();
        if (IsControlText(cleaned) || BoilerplateLineStarts.Any(start => cleaned.StartsWith(start, StringComparison.Ordinal)))
        {
            return null;
        }

        return cleaned;
    }

    [GeneratedRegex(@"[\s【】\[\]()（）〔〕|｜/:：·•、，,.。\-—>»›<«]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[【\[]([^【】\[\]]*)[】\]]")]
    private static partial Regex BracketedGroup();
}
