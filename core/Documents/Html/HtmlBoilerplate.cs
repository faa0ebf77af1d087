using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Recognises, line by line, the page controls and furniture text that Chinese government sites
/// put around an article: 【打印】【关闭窗口】, 字号：大 中 小, 分享到：微信 微博, 当前位置：首页 &gt; 政协要闻,
/// 上一篇：…, 扫一扫在手机打开当前页, 版权所有 … 苏ICP备12345678号.
/// </summary>
internal static partial class HtmlBoilerplate
{
    // A furniture line is short: an article sentence that mentions 版权所有 is not one.
    private const int MaxFurnitureLineLength = 120;

    // Longest first, so that 关闭窗口 is taken whole before 关闭 is tried.
    private static readonly string[] ControlWords = new[]
    {
        "打印本页", "打印此页", "打印文章", "打印", "全屏阅读", "全屏", "字号", "字体", "大", "中", "小", "默认",
        "关闭窗口", "关闭本页", "关闭", "返回顶部", "返回", "收藏本页", "收藏", "分享到", "分享", "微信", "朋友圈",
        "新浪微博", "腾讯微博", "微博", "QQ空间", "QQ好友", "QQ", "手机扫一扫", "扫一扫", "二维码", "我要纠错", "纠错",
        "复制链接", "顶部", "TOP",
    }.OrderByDescending(w => w.Length).ToArray();

    private static readonly string[] FurnitureLineStarts =
    [
        "分享到", "当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前所在位置", "所在位置", "上一篇", "下一篇", "上一条",
        "下一条", "上一页", "下一页", "扫一扫", "手机扫一扫", "用手机扫", "温馨提示：本文", "网站标识码", "主办单位", "承办单位",
        "技术支持", "主办：", "承办：", "建议使用", "最佳浏览", "您是第",
    ];

    private static readonly string[] FurnitureLineWords =
    [
        "版权所有", "ICP备", "ICP证", "公网安备", "Copyright", "copyright", "COPYRIGHT", "©", "All Rights Reserved",
        "扫一扫在手机", "在手机打开当前页", "网站地图", "不得转载", "访问者",
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

    /// <summary>The line without bracketed controls such as 【打印】 or [关闭窗口].</summary>
    public static string WithoutBracketedControls(string line) =>
        BracketedGroup().Replace(line, m => IsControlText(m.Groups[1].Value) ? " " : m.Value).Trim();

    /// <summary>
    /// The line without bracketed controls, or null when nothing but furniture is left: controls,
    /// a breadcrumb, a share bar, links to the previous and next article, a copyright or ICP
    /// notice, a site's host and builder.
    /// </summary>
    public static string? CleanLine(string line)
    {
        var cleaned = RepeatedSpace().Replace(WithoutBracketedControls(line), " ");
        return IsControlText(cleaned) || IsFurnitureLine(cleaned) ? null : cleaned;
    }

    /// <summary>Whether a line (controls already taken out) is one of the site's own lines.</summary>
    public static bool IsFurnitureLine(string line)
    {
        if (Array.Exists(FurnitureLineStarts, start => line.StartsWith(start, StringComparison.Ordinal)))
        {
            return true;
        }

        return line.Length <= MaxFurnitureLineLength
            && !line.Contains('。', StringComparison.Ordinal)
            && Array.Exists(FurnitureLineWords, word => line.Contains(word, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\s【】\[\]()（）|｜/:：·•、，,.。\-—>»›<«]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[【\[]([^【】\[\]]*)[】\]]")]
    private static partial Regex BracketedGroup();

    [GeneratedRegex(" {2,}")]
    private static partial Regex RepeatedSpace();
}
