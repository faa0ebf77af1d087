using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Text;
using static KnowledgeGraph.Core.Extraction.Context.Datelines;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// How each line of a page's head is told apart: labelled source and date lines, date lines, captions,
/// chrome (toolbars, breadcrumbs, menus, page labels, e-paper navigation), bylines, lines that can be a
/// headline, and the line where the body begins.
/// </summary>
internal static partial class HeadLineKinds
{
    // 您现在的位置:首页 - 全委会会议 - …, 当前位置：首页: a breadcrumb, however long; 您的位置 首页 时政: one whose
    // separators the page lost, the spaces joined away; 当前所在:首页 > ….
    [GeneratedRegex(@"^(?:您|你)?(?:现在|当前|所在)?的?位置\s*(?:[:：]|首页)|^当前所在\s*[:：]")]
    internal static partial Regex BreadcrumbStart();

    [GeneratedRegex(@"^第\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]+\s*版")]
    private static partial Regex PageLabel();

    // 首页市县政协某县, 首页要闻区县图片: a breadcrumb or a menu from the site's home page on, its separators
    // lost and its items joined; nothing a headline holds (no stop, colon or quotation mark).
    [GeneratedRegex(@"^首\s?页[^，。：:！？“”、,!?]{0,38}$")]
    private static partial Regex JoinedCrumb();

    // 中新社某某分社 • 正文, 首页 | 要闻 | 正文: the last step of a breadcrumb, the page's body, after its separator.
    [GeneratedRegex(@"[•·|｜/›]\s*正文\s*$")]
    private static partial Regex BreadcrumbEnd();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,20}?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|书记|主任)\s*(?<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12})$")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff]{1,2}(?:\s?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12})$")]
    private static partial Regex BareName();

    // A line that is a date and time, perhaps with a source or a page (2022-08-20 | 来源：广西政协报;
    // 《人民政协报》（2022年09月07日 第12版）; 发布时间：2025-07-10 余杭政协).
    internal static bool IsDateLine(string line, (string Iso, int Start, int End) date)
    {
        var rest = line.Remove(date.Start, date.End - date.Start);
        var at = rest.IndexOf("来源", StringComparison.Ordinal);
        if (at >= 0)
        {
            rest = rest[..at];
        }

        // 2018年11月06日 10:12 | 作者:王某某 李某某 | 来源:…: the names a labelled author part gives are no words of a sentence.
        rest = AuthorPart().Replace(rest, "");

        // 2024年10月30日 10:00:49 某园区 浏览量:1次: a page's counter of views is no word of a sentence.
        rest = CounterPart().Replace(rest, "");
        var words = new string(rest.Where(CjkChars.IsIdeograph).ToArray());
        words = Regex.Replace(words, "[时分秒版第星期一二三四五六日]", "");
        var parts = rest.Split(['·', '|', '｜'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // 中国人民政治协商会议某市委员会| 2018-08-14: the site's body and the day, set apart by a bar.
        if (parts.Length == 1 && rest.AsSpan().IndexOfAny('|', '｜') >= 0 && SiteBody().IsMatch(parts[0]))
        {
            return true;
        }

        // A clause anywhere, or a meeting before the source's part, is a sentence's (the source may be 中国人民政治协商会议某某委员会).
        if (line.Contains('，') || line.Contains('。') || rest.Contains("会议", StringComparison.Ordinal))
        {
            return false;
        }

        // 上海发布 · 公众号 · 上海 · 2021-01-23 12:42: an account's line of short labelled parts.
        return words.Length <= 8 || (parts.Length >= 3 && parts.All(p => p.Count(CjkChars.IsIdeograph) <= 6));
    }

    /// <summary>A line of digits only that is a date line (2024-01-24 08:48:15), or one whose only words are a truncated
    /// address the layout joined to the date (http://www.某网    2022年03月09日 13:03    来源:某网): its date, or null.</summary>
    internal static (string Iso, int Start, int End)? BareDateLine(string line)
    {
        var unaddressed = Address().Replace(line, " ").Trim();
        return (CjkCount(line) == 0 || unaddressed.Length < line.Trim().Length) && DateText.Find(unaddressed) is { } date && IsDateLine(unaddressed, date)
            ? date
            : null;
    }

    // http://www.gd.某网, www.某网.cn/…: a web address, perhaps cut short.
    [GeneratedRegex(@"(?:https?://|www\.)[!-~]*")]
    private static partial Regex Address();

    // 浏览量:1次, 阅读 356, 点击数：12: a page's counter of views.
    [GeneratedRegex(@"(?:浏览量|浏览次数|浏览|阅读量|阅读数|阅读|点击量|点击数|点击|访问量)\s*[:：]?\s*[0-9]+\s*次?")]
    private static partial Regex CounterPart();

    // 中国人民政治协商会议某市委员会, 某某区政协, 某某市政协办公室: a committee or its office named as a site's body.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,30}(?:委员会|政协|政协办公室)$")]
    private static partial Regex SiteBody();

    // 作者：王某某 李某某, 责任编辑：… up to the next bar: a labelled part of a date line; so are a reporter's byline
    // (记者 王某某) and a media cloud's mark of its own story (©原创) on the line of a county's media centre.
    [GeneratedRegex(@"(?:作者|责任编辑|编辑|责编)\s*[:：][^|｜]*|(?:本台|本报)?记者(?:\s*[\u4e00-\u9fff]{2,4})+\s*$|©?\s*原创")]
    private static partial Regex AuthorPart();

    internal static bool IsDateOrSource(string line) =>
        Label(line) is not null || DateText.Find(line) is { } date && IsDateLine(line, date);

    internal static bool IsCaption(string line) =>
        (line.EndsWith('摄') || line.EndsWith("摄）", StringComparison.Ordinal) || line.EndsWith("摄)", StringComparison.Ordinal)) && line.Length <= 120
        || line.StartsWith("图为", StringComparison.Ordinal) || line.StartsWith("图片", StringComparison.Ordinal) || line.Contains("（资料图）", StringComparison.Ordinal);

    // 您现在的位置: 靖江政协->工作动态->正文: a breadcrumb whose first step is the committee that runs the site (not a
    // channel of committees: 首页 > 基层政协 > 正文).
    [GeneratedRegex(@"位置\s*[:：]\s*(?:首页\s*(?:-?>|＞|»|›)\s*)?(?!基层|市县|县区|区县|地方|各地|全国各地)(?<site>[\u4e00-\u9fff]{2,12}政协)\s*(?:-?>|＞|»|›)")]
    private static partial Regex SiteCrumb();

    // 聊城政协->县区动态->正文: a channel of the committees below the site's carries their stories, not the site's.
    [GeneratedRegex(@"县区|区县|市县|县市|基层|各地|镇街|乡镇")]
    private static partial Regex LowerChannel();

    /// <summary>True when the text names a channel of the committees below a site's (县区动态, _市县工作).</summary>
    internal static bool IsLowerChannel(string text) => LowerChannel().IsMatch(text);

    /// <summary>The committee a breadcrumb's first step names as the site's (靖江政协), or null.</summary>
    internal static string? BreadcrumbSite(string line) =>
        SiteCrumb().Match(line) is { Success: true } m && !LowerChannel().IsMatch(line[(m.Index + m.Length)..]) ? m.Groups["site"].Value : null;

    // 当前位置:某某日报 第2018-05-02期 第A6版:某某观察: an e-paper's breadcrumb naming the issue by its day.
    [GeneratedRegex(@"第\s?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s?期")]
    private static partial Regex PaperIssue();

    /// <summary>True when the line names a paper's issue by its day (第2018-05-02期).</summary>
    internal static bool IsPaperIssue(string line) => PaperIssue().IsMatch(line);

    internal static readonly string[] Greetings = ["欢迎光临", "欢迎访问", "欢迎进入", "欢迎来到", "欢迎您"];

    // 今天是：2020年5月8日 星期五, 当前日期：2024-03-02: the site's clock, shown over every page on the day it is read.
    [GeneratedRegex(@"^\W{0,2}(?:今天是|今日是|今天|今日|当前日期|当前时间|现在是)\s*[：:]?\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*[年\-/.]")]
    internal static partial Regex SiteClock();

    internal static bool IsChrome(string line) =>
        BreadcrumbStart().IsMatch(line) || BreadcrumbEnd().IsMatch(line)
        || line.Contains('>') || line.Contains('＞') || line.Contains('»') || line.Contains('›')
        || (line.StartsWith('【') && !Tag().IsMatch(line) && !ColumnTagged().IsMatch(line)) || line.StartsWith('】') || line.StartsWith("•", StringComparison.Ordinal)
        || PageLabel().IsMatch(line) || JoinedCrumb().IsMatch(line)
        || ChromeWords.Any(w => line.Contains(w, StringComparison.Ordinal)) && CjkCount(line) <= 14
        || PortalWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        || line.Any(char.IsAsciiLetter) && line.Count(char.IsAsciiLetter) > CjkCount(line);

    // The page's menu lines as the head reads them: the normalizer joins Han characters across the
    // spaces that set a menu's items apart (首页 要闻 区县 图片 → 首页要闻区县图片), so the menus are found
    // on the original lines.
    internal static HashSet<string> Menus(string head, int minItems = 4)
    {
        var normalizer = new TextNormalizer(new TextNormalizerOptions { JoinWrappedLines = false });
        var lines = head.Split('\n');
        var column = MenuColumn(lines);
        return [.. lines.Where((l, i) => IsNavigationBar(l, minItems) || InLinkList(lines, i) || column[i]).Select(l => normalizer.Normalize(l).Text.TrimStart('#').Trim())];
    }

    // 首 页 / 基本情况 / 要闻简报 / … / 专委会工作 / 文史苑: a site's menu laid out one item a line, eight or more
    // short lines in a row with no stop, digit or date, is furniture, however headline-like one item looks.
    // A byline (记者 王平) or a line right over a dated line (a short headline over its date or byline) is no item.
    // Each line is looked at once: the runs are measured in one pass.
    private static bool[] MenuColumn(string[] lines)
    {
        var item = new bool[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            var t = lines[k].Trim();
            item[k] = t.Length is > 0 and <= 10 && t.IndexOfAny(['，', '。', '：', ':', ',', '、', '！', '？']) < 0 && !t.Any(char.IsAsciiDigit)
                && !Byline().IsMatch(t) && !(k + 1 < lines.Length && (Byline().IsMatch(lines[k + 1].Trim()) || DateText.Find(lines[k + 1]) is not null));
        }

        var inColumn = new bool[lines.Length];
        for (var from = 0; from < lines.Length;)
        {
            var to = from;
            while (to < lines.Length && item[to])
            {
                to++;
            }

            if (to - from >= 8)
            {
                Array.Fill(inColumn, true, from, to - from);
            }

            from = Math.Max(to, from + 1);
        }

        return inColumn;
    }

    [GeneratedRegex(@"^(?:本报)?(?:记者|通讯员|作者|撰稿|摄影|编辑|文|图)(?:\s+|\s*[/／]\s*)[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$")]
    private static partial Regex Byline();

    // 热门新闻 / - 某某深入某地调研… / - …在某会上提出… / - …: a side list of other stories' links, three or more lines in a
    // row each opening with a dash or bullet, is the site's furniture, not the page's headline.
    private static bool InLinkList(string[] lines, int i)
    {
        static bool Item(string line) => line.TrimStart() is var item && HeadingMarkers.IsListItem(item, 0, item.Length);
        if (!Item(lines[i]))
        {
            return false;
        }

        var (from, to) = (i, i);
        while (from > 0 && Item(lines[from - 1]))
        {
            from--;
        }

        while (to + 1 < lines.Length && Item(lines[to + 1]))
        {
            to++;
        }

        return to - from >= 2;
    }

    // 首 页 要闻 区县 协商 委员 图片 视频: six or more short items are a site's menu even once the normalizer has
    // joined them into one line; a headline of four spaced phrases (a slogan's shape) may have been joined
    // the same way, so fewer items are told apart on the joined line alone.
    internal const int SiteMenuItems = 6;

    // 搜狐 ChinaRen 17173 焦点房地产 搜狗: four or more short items side by side are a site's menu, not a headline.
    internal static bool IsNavigationBar(string line) => IsNavigationBar(line, 4);

    private static bool IsNavigationBar(string line, int minItems)
    {
        var items = line.Split([' ', '　', '|', '｜'], StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= minItems && items.All(item => item.Length <= 8) && !line.Contains('，');
    }

    internal static bool IsByline(string line, Surnames surnames)
    {
        if (BylineStarts.Any(b => line.StartsWith(b, StringComparison.Ordinal)) && line.Length <= 40)
        {
            return true;
        }

        // A name is a surname and one to three characters, or a name of several parts joined by ·.
        var match = TitledName().Match(line);
        match = match.Success ? match : BareName().Match(line);
        return match.Success && (match.Groups["name"].Value.Contains('·') || surnames.Match(match.Groups["name"].Value) > 0);
    }

    internal static bool IsTitleLike(string line)
    {
        if (CjkCount(line) < 5 || line.Length > 80 || line[^1] is '：' or ':' or '；' or '。' or '，')
        {
            return false;
        }

        return !CommitteeLevelsColumn().IsMatch(line) && !(line.Length <= 12 && SiteEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal)) && (!line.EndsWith("手机版", StringComparison.Ordinal) || IsMobileSiteName(line))
            && !(line.Length > PaperNameLength && PaperEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal))));
    }

    // 人民政协报, 鄂尔多斯日报: a paper's bare name is a place and its kind, a few characters; a longer line ending so
    // (委员建言见诸日报) is a headline that names a paper.
    private const int PaperNameLength = 7;

    private static readonly string[] PaperEndings = ["政协报", "日报", "晚报", "时报"];

    private static readonly string[] MobileSiteWords = ["网", "报", "电视台", "广播台", "客户端", "在线", "新闻"];

    // 某省新闻网手机版: a site's name before 手机版; 政协履职平台推出手机版 is a headline about one.
    private static bool IsMobileSiteName(string line) =>
        MobileSiteWords.Any(w => line.AsSpan(0, line.Length - 3).EndsWith(w, StringComparison.Ordinal));

    private static readonly string[] ArchiveWords = ["选择其他日期", "往期回顾", "往期检索", "按日期搜索", "按日期检索"];

    // 选择其他日期报纸, 往期回顾 | 往期检索: an e-paper's archive links, on a short line or each a whole menu item;
    // 往期回顾：市政协十年提案办理成果展 and 某某往期检索平台正式上线 are headlines.
    internal static bool IsArchiveNavigation(string line) =>
        ArchiveWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        && (line.Length <= 10 || line.Split([' ', '　', '|', '｜', '•', '·'], StringSplitOptions.RemoveEmptyEntries).Any(item => ArchiveWords.Contains(item)));

    internal static int CjkCount(string line) => line.Count(CjkChars.IsIdeograph);

    internal static (string Kind, string Value)? Label(string line)
    {
        foreach (var (labels, kind) in new[] { (SourceLabels, "source"), (DateLabels, "date") })
        {
            foreach (var label in labels)
            {
                var at = line.IndexOf(label, StringComparison.Ordinal);
                if (at < 0 || at > 3)
                {
                    continue;
                }

                var rest = line[(at + label.Length)..].TrimStart();
                if (rest.Length == 0 || rest[0] is '：' or ':')
                {
                    var value = rest.TrimStart('：', ':').Trim();
                    if (kind == "source")
                    {
                        value = SourceValue(value);
                    }

                    return (kind, value);
                }
            }
        }

        return null;
    }

    // 2023年01月11日 15:08:34 来源：大众日报 → 大众日报; 阅读次数:作者:某某新闻网信息来源:某某新闻网发布时间:… → 某某新闻网.
    internal static string? SourceAfter(string line)
    {
        foreach (var label in SourceLabels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at > 0)
            {
                var value = SourceValue(line[(at + label.Length)..].TrimStart('：', ':', ' ').Trim());
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    // 来源：重庆政协报 作者：…: the source ends at a space or bar; 来源：某某在线作者：2018-12-23 (the spaces taken out)
    // at the next label or a date.
    private static string SourceValue(string value)
    {
        var end = value.IndexOfAny([' ', '　', '|', '｜']);
        value = end > 0 ? value[..end] : value;
        var next = SourceStops.Select(w => value.IndexOf(w, StringComparison.Ordinal)).Append(value.IndexOfAny("0123456789".ToCharArray()))
            .Where(at => at > 0).DefaultIfEmpty(value.Length).Min();
        return value[..next];
    }

    // 某某专区，某某在线，某某精品，某某高清: four or more short phrases between commas and nothing else, a
    // spam mirror's keyword line over the story, not a headline (a headline has a phrase or two).
    internal static bool IsKeywordList(string line)
    {
        var parts = line.Split(['，', ','], StringSplitOptions.TrimEntries);
        return parts.Length >= 4 && parts.All(p => p.Length is > 0 and <= 16) && !line.Contains('：') && !line.Contains('“');
    }

    /// <summary>True when the line is a sentence or a salutation: the body has begun.</summary>
    internal static bool IsBodyStart(string line) =>
        Salutations.Any(s => line.StartsWith(s, StringComparison.Ordinal) || (line.IndexOf(s, StringComparison.Ordinal) is > 0 and <= 12))
        || Dateline().IsMatch(line) && line.Length > 20
        || line.Length > 100
        || (line.Length >= 16 && (line[^1] is '。' or '！' or '？' || (line[^1] == '”' && (line[^2] is '。' or '！' or '？' || QuotedSpeechEnd().IsMatch(line)))) && line.Contains('，'))
        || (line.Length >= 10 && line[^1] is '，' or '、' or '；');

    // 委员们纷纷表示，“要把群众的事当作自己的事来办”: words quoted after a comma or a verb of saying end a
    // sentence even without their stop (a headline quotes a phrase it has a verb for: 交出“履职答卷”).
    [GeneratedRegex(@"(?:，|(?:说|表示|指出|强调|认为|坦言|感慨|谈到)[：:])“[^“”]*”$")]
    private static partial Regex QuotedSpeechEnd();

    private static readonly string[] SourceLabels = ["稿件来源", "信息来源", "文章来源", "新闻来源", "来源", "稿源"];

    private static readonly string[] DateLabels = ["发布时间", "发表时间", "发布日期", "更新时间", "时间", "日期"];

    private static readonly string[] ChromeWords =
    [
        "字号", "字体", "分享", "打印", "收藏", "阅读量", "访问量", "浏览量", "浏览次数", "点击数", "点击量", "扫一扫", "当前位置",
        "所在位置", "现在的位置", "关闭窗口", "返回顶部", "责任编辑", "编辑：", "校对", "审核", "来源：", "原标题", "微信", "二维码", "读完约",
        "阅读时间", "推荐读物", "专栏名称", "下载APP", "APP下载", "关注公众号", "无标题文档", "无标题页", "刊号",
        "网站地图", "无障碍浏览", "无障碍阅读", "扫码阅读", "扫码关注", "扫码下载", "手机扫码", "新闻列表", "中华人民共和国国徽",
    ];

    internal static readonly string[] NavigationWords = ["上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "标题导航", "本期共", "放大 缩小"];

    private static readonly string[] SiteEndings = ["数字报", "数字报纸", "政协报", "日报", "晚报", "时报", "客户端", "新闻网", "门户网", "网站", "频道", "首页", "要闻", "新闻", "动态", "专栏", "专题", "正文", "手机版", "本网原创"];

    // The labels that may follow a source on its line; 发布 only as 发布时间 or 发布日期, for an account's name ends in
    // 发布 (来源：上海发布).
    private static readonly string[] SourceStops = ["作者", "编辑", "发布时间", "发布日期", "时间", "日期", "浏览", "点击"];

    internal static readonly string[] Salutations = ["各位代表", "各位委员", "同志们"];

    private static readonly string[] BylineStarts = ["本报记者", "本报通讯员", "本报讯", "记者", "全媒体记者", "融媒体记者", "首席记者", "见习记者", "实习记者", "特约记者", "通讯员", "作者", "文/", "文：", "撰稿", "供稿"];

    // 区县市政协, 县市区政协, 县(市)区政协: a site's column for the committees below it, named by their levels
    // alone; a committee's own name (道外区政协) has its place.
    [GeneratedRegex(@"^(?:[省市区县旗]|[（(][省市区县旗][）)]){2,}政协$")]
    private static partial Regex CommitteeLevelsColumn();

    /// <summary>
    /// 天冷了，某某联合…，给困难家庭送温暖！ over 时间：2021-12-26: a one-sentence headline ending in ！ or ？ is the
    /// title when the page's date or source line follows it; without that line such a sentence is the body's.
    /// </summary>
    internal static bool IsExclaimedHeadline(List<string> lines, int at) =>
        lines[at].Length <= 40 && lines[at][^1] is '！' or '？' or '!' or '?' && !lines[at].Contains('。')
        && at + 1 < lines.Count && IsDateOrSource(lines[at + 1]);

    // 【聚焦2026全州两会】州政协…隆重开幕, 【同舟共济 共战疫情】某县政协委员…: a column's tag (holding a year, or
    // two phrases set apart by a space), then the headline.
    [GeneratedRegex(@"^【[\u4e00-\u9fff0-9]{2,14}(?:\s[\u4e00-\u9fff0-9]{2,8})?】[\u4e00-\u9fff“]{5,}")]
    private static partial Regex ColumnTagged();

    [GeneratedRegex(@"【(?<tag>[\u4e00-\u9fff]{2,10})】")]
    internal static partial Regex Tag();
}
