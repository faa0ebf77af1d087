using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Text;
using static KnowledgeGraph.Core.Extraction.Context.Datelines;
using static KnowledgeGraph.Core.Extraction.Context.HeadLineKinds;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Which line of a page's head is its title: a headline the page's date or source line confirms over a
/// site's slogan or blurb, a headline kept under 原标题：, one broken after its colon, a gazetteer's finer
/// section heading, and the headline without the site and column a page title appends.
/// </summary>
internal static partial class HeadlineChoice
{
    // 说, 表示, 指出 …: the verb that ends a sentence introducing what someone said.
    private static readonly string[] SpeechVerbs = ["说", "表示", "指出", "强调", "认为", "谈到", "建议"];

    // 今年首位报到的委员某某某： over “把群众的事放在心上”: a headline whose speaker and colon stand on one
    // line and whose quoted words, a whole short line in quotation marks, on the next. Not a salutation
    // (各位委员：), a label (编者按：, 摘要：) or a sentence, which have fewer words or a stop before the colon,
    // nor a report of a speech (委员某某在小组讨论时说：), whose verb of speech leads into the quote.
    internal static string? QuotedAfterColon(List<string> lines, int i)
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

    // The kinds of document an official heading (关于…的决定) ends with.
    private static readonly string[] DocumentKinds = ["决定", "通知", "决议", "报告", "意见", "公告", "通报", "通告", "办法", "规定", "规则", "方案", "批复", "请示", "说明", "总结", "答复"];

    // 关于…, 2020年…: how an official heading or a year's report heading opens; 对市政协某届某次会议第N号 / 提案的答复: a
    // department's reply to a proposal.
    [GeneratedRegex(@"^(?:关于|对(?=[^，。]{0,30}(?:会议|提案|建议|议案))|[0-9]{4}年)")]
    private static partial Regex OfficialOpening();

    // 关于召开中国人民政治协商会议 / 某市第七届委员会第六次会议的决定: an official heading broken over two lines,
    // the first opening with 关于 (or a year: 2020年…提案办理工作 / 完成情况说明) and ending before the kind of
    // document, the next closing with it. Null
    // unless both are short lines, neither a sentence.
    internal static string? BrokenOfficialHeading(List<string> lines, int i)
    {
        if (i + 1 >= lines.Count || !OfficialOpening().IsMatch(lines[i]) || CjkCount(lines[i]) < 6 || EndsWithKind(lines[i])
            || lines[i + 1].StartsWith("关于", StringComparison.Ordinal))
        {
            return null;
        }

        var joined = lines[i] + lines[i + 1];
        return joined.Length <= 80 && EndsWithKind(lines[i + 1]) && joined.IndexOfAny(['，', '。', '；', '：', ':']) < 0 && CjkCount(lines[i + 1]) >= 4
            ? joined
            : null;
    }

    /// <summary>A headline broken before a conjunction (文史工作要为两个文明建设 / 和巩固发展爱国统一战线服务) as one line, or null.</summary>
    internal static string? ContinuedHeadline(List<string> lines, int i)
    {
        if (i + 1 >= lines.Count || CjkCount(lines[i]) < 5 || lines[i].Length > 30 || CjkCount(lines[i + 1]) < 4
            || !ContinuationStart().IsMatch(lines[i + 1]))
        {
            return null;
        }

        var joined = lines[i] + lines[i + 1];
        return joined.Length <= 50 && joined.IndexOfAny(['，', '。', '；', '：', ':', '！', '？', '|', '｜']) < 0 && joined.All(c => !char.IsAsciiDigit(c))
            ? joined
            : null;
    }

    /// <summary>A headline set over two lines or more (broken after its colon, before its kind of document, before a
    /// conjunction, or after the committee's full name) as one line, with how many lines after the first it takes; or null.</summary>
    internal static string? JoinedHeading(List<string> lines, int i, out int taken)
    {
        taken = 1;
        return QuotedAfterColon(lines, i) ?? BrokenOfficialHeading(lines, i) ?? ContinuedHeadline(lines, i) ?? CommitteeNameHeading(lines, i, out taken);
    }

    /// <summary>A heading set over lines after the committee's full name (中国人民政治协商会议 / 第十届某县委员会 /
    /// 第一次会议闭幕) as one line, with the lines that carry it on (two at most), or null.</summary>
    internal static string? CommitteeNameHeading(List<string> lines, int i, out int taken)
    {
        taken = 0;
        if (lines[i] != "中国人民政治协商会议" || i + 1 >= lines.Count || !NameGoesOn().IsMatch(lines[i + 1]))
        {
            return null;
        }

        // 2023年1月6日 under the name is the heading's date, not its words.
        var joined = lines[i];
        while (taken < 2 && i + taken + 1 < lines.Count && lines[i + taken + 1] is var next && next.Length <= 24
            && next.All(c => CjkChars.IsIdeograph(c) || char.IsAsciiDigit(c)) && (taken == 0 || !NameGoesOn().IsMatch(next))
            && DateText.Find(next) is null)
        {
            joined += next;
            taken++;
        }

        return joined;
    }

    // 第十届某县委员会, 某省第十三届委员会: the rest of a committee's full name on the next line.
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}届)?[\u4e00-\u9fff]{2,14}?(?:第[一二三四五六七八九十]{1,3}届)?委员会")]
    private static partial Regex NameGoesOn();

    // 和…, 与…, 暨…: a line that opens with a conjunction carries on the line above it.
    // 与会委员合影留念, 与时俱进…, 及时回应…, 和谐社区…, 并肩…: a caption or subtitle opening with a word of its own.
    [GeneratedRegex(@"^(?!与会|与时|与共|及时|及早|和谐|和平|和美|和睦|和衷|并肩|并重|并举|并进)(?:和|与|及|暨|并)[\u4e00-\u9fff]")]
    private static partial Regex ContinuationStart();

    // The kinds of speech a speech's heading ends with (…会议上的讲话, …开幕式致辞).
    private static readonly string[] SpeechKinds = ["讲话", "致辞", "发言", "讲演", "开幕词", "闭幕词", "贺词"];

    // 区委书记在区政协某届某次会议闭幕会上的讲话各位委员，同志们：…: a page that lost its line breaks runs a
    // speech's heading into its salutation; the words before the salutation, when they end with the kind of
    // speech and hold no stop, are its title. A speaker's name alone there (王某某各位委员) is a byline.
    internal static string? SpeechHeadingBeforeSalutation(string line)
    {
        var at = Salutations.Select(s => line.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (at <= 0)
        {
            return null;
        }

        var heading = line[..at].Trim();
        return CjkCount(heading) >= 8 && heading.Length <= 60 && heading.IndexOfAny(['，', '。', '；', '：', ':', '！', '？']) < 0
            && SpeechKinds.Any(k => heading.EndsWith(k, StringComparison.Ordinal))
            ? heading
            : null;
    }

    private static bool EndsWithKind(string line) => DocumentKinds.Any(k => line.EndsWith(k, StringComparison.Ordinal));

    // True when the line after the title (or the one after that) is a date, source or byline line:
    // a headline confirmed by the page's layout.
    internal static bool Confirmed(List<string> lines, string? title)
    {
        if (title is null)
        {
            return false;
        }

        // A portal's public-information record (索引号 … 发文日期 … 内容概述) right above the line confirms it as a date
        // line under it would.
        var at = lines.FindIndex(l => l.Contains(title, StringComparison.Ordinal));
        return at >= 0 && (Enumerable.Range(at + 1, 2).Where(j => j < lines.Count).Any(j => IsDateOrSource(lines[j]))
            || Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Any(j => IsPortalRecord(lines[j])));
    }

    // A headline within the next lines that a date or source line follows (after at most one deck
    // line), before any dateline: where the story starts when what came first was the site's blurb.
    internal static (int Line, int DateLine)? LaterHeadline(List<string> lines, int from, Surnames surnames)
    {
        for (var j = from; j < Math.Min(lines.Count, from + 8); j++)
        {
            var line = lines[j];
            if (Dateline().IsMatch(line) || Salutations.Any(s => line.StartsWith(s, StringComparison.Ordinal)))
            {
                return null;
            }

            // 县政协办公室 over 2025年12月20日: a notice's signature over its date, not a headline over its date line.
            if (!IsTitleLike(line) || IsChrome(line) || IsByline(line, surnames) || IsDateOrSource(line) || IsBodyStart(line) || DocumentFoot.IsSigningBody(line))
            {
                continue;
            }

            // The date line has the story after it: a line over the text's last line (某县民政局 / 2023年6月8日,
            // 附：…召开时间 / 2024年1月15日) signs or labels that date, with no story under it.
            for (var k = j + 1; k <= j + 2 && k < lines.Count - 1; k++)
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

    // 市政协开展委员进社区活动 丁志友率队 - 社会 - 法治天天报: a page title's column and site after the
    // headline, each a short part after " - " or "_" (two of them, or one that names a site), are left out.
    internal static string WithoutSiteSuffix(string line)
    {
        foreach (var separator in new[] { " - ", "_", " | " })
        {
            var parts = line.Split(separator);
            // The last part may be a committee's full name as its site calls itself (…_市县政协_中国人民政治协商会议某省委员会).
            if (parts.Length >= 2 && CjkCount(parts[0]) >= 5 && parts[1..^1].All(p => p.Trim().Length is > 0 and <= 10)
                && parts[^1].Trim() is { Length: > 0 } last && (last.Length <= 10 || last.Length <= 24 && last.EndsWith("委员会", StringComparison.Ordinal))
                && (parts.Length >= 3 || SiteWords.Any(w => last.EndsWith(w, StringComparison.Ordinal))))
            {
                return parts[0].Trim();
            }
        }

        return line;
    }

    // A page's title over the headline alone: the headline, then the site's and column's names and an author or a
    // number (某某新闻内容-某某新闻 张某 2299376; the space before them gone with the normalizer's). Not a line that only
    // begins the one above (a kicker, a caption's name, a collection's heading over its count), whose rest is words.
    internal static bool RepeatedUnderPageTitle(string title, string line)
    {
        if (title.Length <= line.Length || CjkCount(line) < 5 || !title.StartsWith(line, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = title.AsSpan(line.Length).TrimEnd();
        var digits = rest.Length - rest.TrimEnd("0123456789").Length;
        return rest.IndexOfAny("-_|｜") >= 0 || digits >= 4;
    }

    // 原标题：… 来源：某某日报 2024-01-12 08:30 编辑：某某: the kept headline ends where a source, editor,
    // author or time label starts.
    internal static string KeptRun(string line) =>
        KeptHeadlineEnd().Match(line) is { Success: true, Index: > 0 } cut ? line[..cut.Index].Trim() : line;

    // The headline kept under 原标题： when it is too long for a headline line (a kicker, the main line and
    // subheads run together): at most 200 characters, no sentence's stop inside, at most one "，", and
    // neither a lead sentence's opening date (3月5日上午，…) nor a cut-off ending (…… or ：); else null.
    internal static string? LongKeptHeadline(string run) =>
        run.Length is > 80 and <= 200 && run.IndexOfAny(['。', '！', '？', '；']) < 0 && run.Count(c => c == '，') <= 1
            && !LeadDate().IsMatch(run) && !run.EndsWith('…') && run[^1] is not ('：' or ':') ? run : null;

    // 报社总编辑：… and 副主编：… are the headline's words, not labels.
    [GeneratedRegex(@"(?<![总主副])\s*(?:来源|编辑|责任编辑|作者|发布时间)\s*[：:]")]
    private static partial Regex KeptHeadlineEnd();

    [GeneratedRegex(@"^(?:[0-9]{1,2}月)?[0-9]{1,2}日")]
    private static partial Regex LeadDate();

    // 第三节 县人民政协, 第二十章 政协: a chapter or section heading of a gazetteer or yearbook.
    [GeneratedRegex(@"^第\s*(?<number>[一二三四五六七八九十百零〇0-9]{1,4})\s*(?<unit>[章节编篇])\s*\S{2,}")]
    internal static partial Regex SectionHeading();

    // 第九编 政协组织 / 第二章 委员活动 / 第四节 对口联系: a gazetteer page's path of headings down to its
    // own section, so the finer heading is the page's; but a chapter's first section (第二章 … over
    // 第一节 …) opens the chapter's own page, whose heading stays the title. A part's first chapter
    // (第九编 … over 第一章 …) is finer all the same: a part's page is no chapter's.
    internal static bool IsFinerSection(string line, string title)
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

    internal static bool IsSloganShaped(string? line) =>
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

    private static readonly string[] SiteWords = ["报", "网", "网站", "政府", "在线", "频道", "客户端", "政协"];

    [GeneratedRegex(@"^原标题\s*[:：]\s*(?<title>\S.{4,})$")]
    internal static partial Regex OriginalHeadline();

    // 引题：… / 主标题：… / 副题：…: an e-paper's headline set out part by part, each under its label.
    [GeneratedRegex(@"^(?<kind>引题|肩题|眉题|主题|主标题|副题|副标题)\s*[:：]\s*(?<text>\S.{3,})$")]
    internal static partial Regex HeadlinePart();

    // 某政协发〔2025〕18号, 某政办字[2024]3号, 提案（某公复）字（2025）第01号 (a department's reply to a proposal): an
    // official document's number under its red head.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,16}(?:[（(][\u4e00-\u9fff]{1,8}[）)])?[\u4e00-\u9fff]{0,4}\s*[〔\[［（(【][0-9]{4}[〕\]］）)】]\s*第?\s*[0-9]{1,5}\s*号$")]
    internal static partial Regex DocumentNumber();

    // 政协某市委员会 over 办公室文件 or 某政协发〔2025〕18号: the body's name is part of a red head.
    internal static bool UnderRedHead(List<string> lines, int i) =>
        lines.Skip(i + 1).Take(2).Select((l, j) => (l, j)).Any(l => IsRedHead(lines, i + 1 + l.j) || DocumentNumber().IsMatch(l.l));

    // 政协某市委员会文件 over 某政协发〔2025〕18号 or 关于…的通知, 办公室文件: a red head is printed over a number or the
    // heading of what it issues; a headline ending with what was studied (县政协组织学习省委文件) is none.
    internal static bool IsRedHead(List<string> lines, int i) =>
        RedHead().IsMatch(lines[i])
        && (lines[i] is "办公室文件" or "办公厅文件"
            || lines.Skip(i + 1).Take(3).Any(l => DocumentNumber().IsMatch(l) || l.StartsWith("关于", StringComparison.Ordinal)));

    // 政协某市委员会文件, 办公室文件: the red head an official document is printed under.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,24}(?:委员会|办公室|办公厅|政府|党组|委)文件$")]
    internal static partial Regex RedHead();
}
