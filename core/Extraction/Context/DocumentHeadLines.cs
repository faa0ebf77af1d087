using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// How each line of a page's head is told apart: date lines, captions, chrome (toolbars, breadcrumbs,
/// menus), bylines, and lines that can be a headline.
/// </summary>
internal static partial class DocumentHeadReader
{
    // 您现在的位置:首页 - 全委会会议 - …, 当前位置：首页: a breadcrumb, however long.
    [GeneratedRegex(@"^(?:您|你)?(?:现在|当前|所在)?的?位置\s*[:：]")]
    private static partial Regex BreadcrumbStart();

    [GeneratedRegex(@"^第\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]+\s*版")]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"^[（(]?(?:——|—|--|－－)?[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年.{1,12}日.{0,3}在.+(?:会议|大会|会)(?:上|开幕)")]
    private static partial Regex DeliveryPattern();

    [GeneratedRegex(@"^[（(]?(?:——|—|--)?[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年.{1,12}日.{0,3}在")]
    private static partial Regex DeliveryStart();

    // （2018年1月4日某市政协十三届二次会议审议通过）, (2020年3月2日县政协常委会议修订): a whole line in brackets,
    // a full date, the meeting and the word of adoption — how an agenda, a resolution or rules give their day.
    [GeneratedRegex(@"^[（(]\s*(?<date>[0-9〇○零一二三四五六七八九]{4}\s*年[^（）()]{1,8}?日)[^（）()，。]{0,40}?(?:通过|批准|修订|修正)\s*[）)]$")]
    private static partial Regex AdoptionLine();

    // 中新社某某分社 • 正文, 首页 | 要闻 | 正文: the last step of a breadcrumb, the page's body, after its separator.
    [GeneratedRegex(@"[•·|｜/›]\s*正文\s*$")]
    private static partial Regex BreadcrumbEnd();

    // 西林讯, 新甘谷讯 (新 is the paper's, not the place's), 中新网广州1月19日电: where the story is from;
    // 竹溪新闻网讯: the place of the site or paper that dates the story.
    private static IEnumerable<string> DatelineHints(string line)
    {
        if (DatelinePlace().Match(line) is not { Success: true } dateline)
        {
            yield break;
        }

        var place = dateline.Groups["place"].Value;
        foreach (var medium in DatelineMedia)
        {
            if (place.Length > medium.Length + 1 && place.EndsWith(medium, StringComparison.Ordinal))
            {
                place = place[..^medium.Length];
                break;
            }
        }

        yield return place + "讯";
        if (place.Length > 2 && place[0] == '新')
        {
            yield return place[1..] + "讯";
        }
    }

    // 说, 表示, 指出 …: the verb that ends a sentence introducing what someone said.
    private static readonly string[] SpeechVerbs = ["说", "表示", "指出", "强调", "认为", "谈到", "建议"];

    // 今年首位报到的委员某某某： over “把群众的事放在心上”: a headline whose speaker and colon stand on one
    // line and whose quoted words, a whole short line in quotation marks, on the next. Not a salutation
    // (各位委员：), a label (编者按：, 摘要：) or a sentence, which have fewer words or a stop before the colon,
    // nor a report of a speech (委员某某在小组讨论时说：), whose verb of speech leads into the quote.
    private static string? QuotedAfterColon(List<string> lines, int i)
    {
        if (i + 1 >= lines.Count || lines[i] is not [.. var speaker, '：' or ':'] || CjkCount(speaker) < 8 || speaker.Length > 40
            || speaker.IndexOfAny(['，', '。', '；', '：', ':']) >= 0 || Salutations.Any(s => speaker.Contains(s, StringComparison.Ordinal))
            || SpeechVerbs.Any(v => speaker.EndsWith(v, StringComparison.Ordinal)))
        {
            return null;
        }

        var quoted = lines[i + 1];
        return quoted.Length is >= 6 and <= 60 && quoted[0] == '“' && quoted[^1] == '”' && quoted.IndexOf('“', 1) < 0 && !quoted.Contains('。')
            ? lines[i] + quoted
            : null;
    }

    /// <summary>True when <paramref name="line"/> is a delivery line (——2026年1月26日在…会议上).</summary>
    public static bool IsDeliveryLine(string line) => DeliveryStart().IsMatch(line.Trim());

    /// <summary>True when <paramref name="line"/> is an adoption line (（2018年1月4日…会议审议通过）).</summary>
    public static bool IsAdoptionLine(string? line) => line is not null && AdoptionLine().IsMatch(line);

    // The day of an adoption line, or null.
    private static string? AdoptedOn(string line) =>
        AdoptionLine().Match(line) is { Success: true } adopted ? DateText.Parse(adopted.Groups["date"].Value) : null;

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,20}?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|书记|主任)\s*(?<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12})$")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff]{1,2}(?:\s?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12})$")]
    private static partial Regex BareName();

    // A line that is a date and time, perhaps with a source or a page (2022-08-20 | 来源：广西政协报;
    // 《人民政协报》（2022年09月07日 第12版）; 发布时间：2025-07-10 余杭政协).
    private static bool IsDateLine(string line, (string Iso, int Start, int End) date)
    {
        var rest = line.Remove(date.Start, date.End - date.Start);
        var at = rest.IndexOf("来源", StringComparison.Ordinal);
        if (at >= 0)
        {
            rest = rest[..at];
        }

        var words = new string(rest.Where(CjkChars.IsIdeograph).ToArray());
        words = Regex.Replace(words, "[时分秒版第星期一二三四五六日]", "");
        if (line.Contains('，') || line.Contains('。') || line.Contains("会议", StringComparison.Ordinal))
        {
            return false;
        }

        // 上海发布 · 公众号 · 上海 · 2021-01-23 12:42: an account's line of short labelled parts.
        var parts = rest.Split(['·', '|', '｜'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length <= 8 || (parts.Length >= 3 && parts.All(p => p.Count(CjkChars.IsIdeograph) <= 6));
    }

    // True when the line after the title (or the one after that) is a date, source or byline line:
    // a headline confirmed by the page's layout.
    private static bool Confirmed(List<string> lines, string? title)
    {
        if (title is null)
        {
            return false;
        }

        var at = lines.FindIndex(l => l.Contains(title, StringComparison.Ordinal));
        return at >= 0 && Enumerable.Range(at + 1, 2).Where(j => j < lines.Count).Any(j => IsDateOrSource(lines[j]));
    }

    // A headline within the next lines that a date or source line follows (after at most one deck
    // line), before any dateline: where the story starts when what came first was the site's blurb.
    private static (int Line, int DateLine)? LaterHeadline(List<string> lines, int from, Surnames surnames)
    {
        for (var j = from; j < Math.Min(lines.Count, from + 8); j++)
        {
            var line = lines[j];
            if (Dateline().IsMatch(line) || Salutations.Any(s => line.StartsWith(s, StringComparison.Ordinal)))
            {
                return null;
            }

            if (!IsTitleLike(line) || IsChrome(line) || IsByline(line, surnames) || IsDateOrSource(line) || IsBodyStart(line))
            {
                continue;
            }

            for (var k = j + 1; k <= j + 2 && k < lines.Count; k++)
            {
                // A page's date line: labelled (发布时间：…, 来源：…), opening with its date or of labelled parts (上海发布 · 公众号 · …),
                // not a sentence's 截至2016年12月13日.
                if (IsDateOrSource(lines[k]) && DateText.Find(lines[k]) is { } date && (Label(lines[k]) is not null || date.Start == 0 || lines[k].Split(['·', '|', '｜']).Length >= 3))
                {
                    return (j, k);
                }
            }
        }

        return null;
    }

    private static bool IsDateOrSource(string line) =>
        Label(line) is not null || DateText.Find(line) is { } date && IsDateLine(line, date);

    private static bool IsCaption(string line) =>
        (line.EndsWith('摄') || line.EndsWith("摄）", StringComparison.Ordinal) || line.EndsWith("摄)", StringComparison.Ordinal)) && line.Length <= 120
        || line.StartsWith("图为", StringComparison.Ordinal) || line.StartsWith("图片", StringComparison.Ordinal) || line.Contains("（资料图）", StringComparison.Ordinal);

    private static bool IsChrome(string line) =>
        BreadcrumbStart().IsMatch(line) || BreadcrumbEnd().IsMatch(line)
        || line.Contains('>') || line.Contains('＞') || line.Contains('»') || line.Contains('›')
        || (line.StartsWith('【') && !Tag().IsMatch(line)) || line.StartsWith('】') || line.StartsWith("•", StringComparison.Ordinal)
        || PageLabel().IsMatch(line)
        || ChromeWords.Any(w => line.Contains(w, StringComparison.Ordinal)) && CjkCount(line) <= 14
        || line.Any(char.IsAsciiLetter) && line.Count(char.IsAsciiLetter) > CjkCount(line);

    // The page's menu lines as the head reads them: the normalizer joins Han characters across the
    // spaces that set a menu's items apart (首页 要闻 区县 图片 → 首页要闻区县图片), so the menus are found
    // on the original lines.
    private static HashSet<string> Menus(string head)
    {
        var normalizer = new TextNormalizer(new TextNormalizerOptions { JoinWrappedLines = false });
        return [.. head.Split('\n').Where(IsNavigationBar).Select(l => normalizer.Normalize(l).Text.TrimStart('#').Trim())];
    }

    // 搜狐 ChinaRen 17173 焦点房地产 搜狗: four or more short items side by side are a site's menu, not a headline.
    private static bool IsNavigationBar(string line)
    {
        var items = line.Split([' ', '　', '|', '｜'], StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= 4 && items.All(item => item.Length <= 8) && !line.Contains('，');
    }

    // 市政协开展委员进社区活动 丁志友率队 - 社会 - 法治天天报: a page title's column and site after the
    // headline, each a short part after " - " or "_" (two of them, or one that names a site), are left out.
    private static string WithoutSiteSuffix(string line)
    {
        foreach (var separator in new[] { " - ", "_", " | " })
        {
            var parts = line.Split(separator);
            if (parts.Length >= 2 && CjkCount(parts[0]) >= 5 && parts[1..].All(p => p.Trim().Length is > 0 and <= 10)
                && (parts.Length >= 3 || SiteWords.Any(w => parts[^1].Trim().EndsWith(w, StringComparison.Ordinal))))
            {
                return parts[0].Trim();
            }
        }

        return line;
    }

    private static bool IsByline(string line, Surnames surnames)
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

    private static bool IsTitleLike(string line)
    {
        if (CjkCount(line) < 5 || line.Length > 80 || line[^1] is '：' or ':' or '；' or '。' or '，')
        {
            return false;
        }

        return !(line.Length <= 12 && SiteEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal)) && (!line.EndsWith("手机版", StringComparison.Ordinal) || IsMobileSiteName(line)));
    }

    private static readonly string[] MobileSiteWords = ["网", "报", "电视台", "广播台", "客户端", "在线", "新闻"];

    // 某省新闻网手机版: a site's name before 手机版; 政协履职平台推出手机版 is a headline about one.
    private static bool IsMobileSiteName(string line) =>
        MobileSiteWords.Any(w => line.AsSpan(0, line.Length - 3).EndsWith(w, StringComparison.Ordinal));

    private static readonly string[] ArchiveWords = ["选择其他日期", "往期回顾", "往期检索"];

    // 选择其他日期报纸, 往期回顾 | 往期检索: an e-paper's archive links, on a short line or each a whole menu item;
    // 往期回顾：市政协十年提案办理成果展 and 某某往期检索平台正式上线 are headlines.
    private static bool IsArchiveNavigation(string line) =>
        ArchiveWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        && (line.Length <= 10 || line.Split([' ', '　', '|', '｜', '•', '·'], StringSplitOptions.RemoveEmptyEntries).Any(item => ArchiveWords.Contains(item)));

    private static int CjkCount(string line) => line.Count(CjkChars.IsIdeograph);

    // 原标题：… 来源：某某日报 2024-01-12 08:30 编辑：某某: the kept headline ends where a source, editor,
    // author or time label starts.
    private static string KeptRun(string line) =>
        KeptHeadlineEnd().Match(line) is { Success: true, Index: > 0 } cut ? line[..cut.Index].Trim() : line;

    // The headline kept under 原标题： when it is too long for a headline line (a kicker, the main line and
    // subheads run together): at most 200 characters, no sentence's stop inside, at most one "，", and
    // neither a lead sentence's opening date (3月5日上午，…) nor a cut-off ending (…… or ：); else null.
    private static string? LongKeptHeadline(string run) =>
        run.Length is > 80 and <= 200 && run.IndexOfAny(['。', '！', '？', '；']) < 0 && run.Count(c => c == '，') <= 1
            && !LeadDate().IsMatch(run) && !run.EndsWith('…') && run[^1] is not ('：' or ':') ? run : null;

    // 报社总编辑：… and 副主编：… are the headline's words, not labels.
    [GeneratedRegex(@"(?<![总主副])\s*(?:来源|编辑|责任编辑|作者|发布时间)\s*[：:]")]
    private static partial Regex KeptHeadlineEnd();

    [GeneratedRegex(@"^(?:[0-9]{1,2}月)?[0-9]{1,2}日")]
    private static partial Regex LeadDate();

    private static (string Kind, string Value)? Label(string line)
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
                        // 来源：重庆政协报 作者：… — the source ends at the next label.
                        var end = value.IndexOfAny([' ', '　', '|', '｜']);
                        value = end > 0 ? value[..end] : value;

                        // 来源：某某在线作者：2018-12-23 (the spaces taken out): the source ends at the next label or a date.
                        var next = SourceStops.Select(w => value.IndexOf(w, StringComparison.Ordinal)).Append(value.IndexOfAny("0123456789".ToCharArray()))
                            .Where(at => at > 0).DefaultIfEmpty(value.Length).Min();
                        value = value[..next];
                    }

                    return (kind, value);
                }
            }
        }

        return null;
    }

    // 2023年01月11日 15:08:34 来源：大众日报 → 大众日报.
    private static string? SourceAfter(string line)
    {
        foreach (var label in SourceLabels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at > 0)
            {
                var value = line[(at + label.Length)..].TrimStart('：', ':', ' ').Trim();
                var end = value.IndexOfAny([' ', '　', '|', '｜']);
                value = end > 0 ? value[..end] : value;
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    // 第三节 县人民政协, 第二十章 政协: a chapter or section heading of a gazetteer or yearbook.
    [GeneratedRegex(@"^第\s*(?<number>[一二三四五六七八九十百零〇0-9]{1,4})\s*(?<unit>[章节编篇])\s*\S{2,}")]
    private static partial Regex SectionHeading();

    // 某某专区，某某在线，某某精品，某某高清: four or more short phrases between commas and nothing else, a
    // spam mirror's keyword line over the story, not a headline (a headline has a phrase or two).
    private static bool IsKeywordList(string line)
    {
        var parts = line.Split(['，', ','], StringSplitOptions.TrimEntries);
        return parts.Length >= 4 && parts.All(p => p.Length is > 0 and <= 16) && !line.Contains('：') && !line.Contains('“');
    }

    /// <summary>True when the line is a sentence or a salutation: the body has begun.</summary>
    private static bool IsBodyStart(string line) =>
        Salutations.Any(s => line.StartsWith(s, StringComparison.Ordinal) || (line.IndexOf(s, StringComparison.Ordinal) is > 0 and <= 12))
        || Dateline().IsMatch(line) && line.Length > 20
        || line.Length > 100
        || (line.Length >= 16 && line[^1] is '。' or '！' or '？' or '”' && line.Contains('，'))
        || (line.Length >= 10 && line[^1] is '，' or '、' or '；');

    // 第九编 政协组织 / 第二章 委员活动 / 第四节 对口联系: a gazetteer page's path of headings down to its
    // own section, so the finer heading is the page's; but a chapter's first section (第二章 … over
    // 第一节 …) opens the chapter's own page, whose heading stays the title. A part's first chapter
    // (第九编 … over 第一章 …) is finer all the same: a part's page is no chapter's.
    private static bool IsFinerSection(string line, string title)
    {
        var finer = SectionHeading().Match(line);
        var coarser = SectionHeading().Match(title);
        if (!finer.Success || !coarser.Success)
        {
            return false;
        }

        var finerRank = SectionRank(finer.Groups["unit"].Value);
        var coarserRank = SectionRank(coarser.Groups["unit"].Value);
        var opensChapter = coarserRank == 1 && finerRank == 2 && finer.Groups["number"].Value is "一" or "1";
        return finerRank > coarserRank && !opensChapter;
    }

    // 搭建开放合作平台 服务区域发展大局: a site's slogan names no body and no event, unlike a headline
    // (县政协召开十届十二次常委会议), which a deck under it must never displace.
    private static readonly string[] HeadlineWords = ["政协", "委员会", "委员", "会议", "召开", "举行", "开幕", "闭幕", "调研", "视察", "协商", "座谈"];

    // Events a headline reports; a slogan reports none, though it may name members and consultation.
    private static readonly string[] EventWords = ["会议", "召开", "举行", "开幕", "闭幕", "座谈"];

    private static bool IsSloganShaped(string? line) =>
        line is not null
        && (!HeadlineWords.Any(w => line.Contains(w, StringComparison.Ordinal)) || IsBalancedPhrases(line));

    // 委员履职为民 协商凝聚共识: two or more phrases of 4 to 8 Chinese characters set apart by spaces,
    // reporting no event and holding no figure, as a site's motto is written.
    private static bool IsBalancedPhrases(string line)
    {
        var phrases = line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        return phrases.Length >= 2
            && phrases.All(p => p.Length is >= 4 and <= 8 && p.All(c => c is >= '\u4e00' and <= '\u9fff'))
            && !EventWords.Any(w => line.Contains(w, StringComparison.Ordinal));
    }

    // 编 and 篇 hold chapters (章), chapters hold sections (节).
    private static int SectionRank(string unit) => unit switch
    {
        "编" or "篇" => 0,
        "章" => 1,
        _ => 2,
    };
}
