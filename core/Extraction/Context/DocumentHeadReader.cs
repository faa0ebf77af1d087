using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Text;
using static KnowledgeGraph.Core.Extraction.Context.Datelines;
using static KnowledgeGraph.Core.Extraction.Context.DeliveryLines;
using static KnowledgeGraph.Core.Extraction.Context.HeadlineChoice;
using static KnowledgeGraph.Core.Extraction.Context.HeadLineKinds;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Reads a <see cref="DocumentHead"/>: the lines before the body, each taken for what it is.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The body starts at a salutation (各位代表, 各位委员), a dateline (本报讯, …讯, …网…月…日电),
/// a line that is a sentence (it ends with 。！？ and is not a caption; a first headline ending in ！ or ？ over a date line is none) or stops in the middle of one
/// (，、；: a hard-wrapped page), or a line longer than 100 characters.</item>
/// <item>Labelled lines give the source (来源, 稿件来源 …) and the publication date (发布时间, 发表时间,
/// 时间, 日期 …), on the same line or the next; a line that is only a date and time is a publication date.</item>
/// <item>A delivery line holds a date and 在…会议上 / 大会上 (——2026年1月26日在广东省第十四届人民代表大会第五次会议上,
/// （2014年1月16日在政协湖北省第十一届委员会第二次会议上）); a line cut before its 会议上 takes the next.
/// An adoption line in brackets (（2018年1月4日…会议审议通过）, …修订）, …批准）) gives the day of an agenda,
/// a resolution or rules the same way.</item>
/// <item>Chrome is dropped: lines without Chinese, breadcrumbs (>, 当前位置, a channel's … • 正文), toolbar and counter
/// lines (字号, 字体, 分享, 打印, 阅读量 …), e-paper navigation (上一版 下一版, 上一期, 选择其他日期报纸; the issue's date is
/// kept), page labels (第04版, 第A05版), captions (…摄, 图为…), short column
/// labels, a site's toolbar of links (手机版 | 网站地图, 扫码阅读), an official document's red head and number
/// (政协某市委员会 / 办公室文件 / 某政发〔2025〕7号), a menu of six or more items the normalizer joined into one line, a breadcrumb from 首页 whose
/// separators were lost, an authoring tool's 无标题文档, and an e-paper's 刊号 and 按日期搜索 lines. A line naming who runs the site (主办, 版权所有) is kept as a masthead.</item>
/// <item>Bylines: 本报记者 …, 通讯员 …, a title and a name (省人民政府省长 王清宪), or a name alone.</item>
/// <item>The title is the first remaining line of at least five Chinese characters that is not a site
/// or column name (政协报数字报, 某某政协报, …频道, 县(市)区政协, 辽宁政协新闻, 委员动态, 某某新闻网手机版, 某某新闻本网原创) nor a spam mirror's keyword line (four or
/// more short phrases between commas); a section heading (第三节 县人民政协) under site lines no date line
/// confirms takes the title's place; a headline kept under 原标题： is taken without the label (up to a 来源/编辑/作者 label), however long its run of kicker, main line and subheads, unless a lead sentence's (3月5日上午，…, ……); a headline broken after its colon (某某委员： over “…”, not a speech reported: …时说：) or an official heading broken before its kind (关于召开… over …的决定) is joined; a speech's heading run into its salutation (…会议上的讲话各位委员，…) is cut before it; a subtitle starts with ——; an e-paper's labelled parts (引题：…, 主标题：…, 副题：…) give the main line as the title;
/// a date line under a heading naming its session (在…会议上的工作报告) is the day the report was given; a title-like line right after the
/// title is a second headline, unless a breadcrumb stood between and a date line confirms it (the first was the site's slogan).
/// A catalogue record's rows (<see cref="CatalogueRecord"/>) are furniture, but for the section's name, the title.</item>
/// </list>
/// <para>What each line is: <see cref="HeadLineKinds"/>; which line is the title: <see cref="HeadlineChoice"/>;
/// delivery and adoption lines: <see cref="DeliveryLines"/>; datelines: <see cref="Datelines"/>.</para>
/// </remarks>
internal static class DocumentHeadReader
{
    private const int MaxLines = 60;

    private const int MaxChars = 6000;

    public static DocumentHead Read(string original, Surnames surnames)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(surnames);
        var head = original.Length > MaxChars ? original[..MaxChars] : original;
        var lines = new TextNormalizer(new TextNormalizerOptions { JoinWrappedLines = false }).Normalize(head).Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(l => SplitAdoptionNote(l.TrimStart('#').Trim()).SelectMany(SplitRunOnHeadline))
            .Where(l => l.Length > 0)
            .Take(MaxLines)
            .ToList();

        string? title = null, source = null, published = null, delivered = null, deliveryLine = null, siteSource = null;
        var headlines = new List<string>();
        var mastheads = new List<string>();
        var bylines = new List<string>();
        var hints = new List<string>();
        string? pending = null;
        var sinceTitle = int.MaxValue;

        // True while the lines since the title are page furniture alone (menus, breadcrumbs): a deck, a
        // byline or a second headline says the title is the story's own.
        var furnitureSinceTitle = false;
        var crumbSinceTitle = false;
        var menus = Menus(head);
        var siteMenus = Menus(head, SiteMenuItems);
        for (var i = 0; i < lines.Count; i++)
        {
            // 原标题：…: an aggregator keeps the story's own headline under a label; the headline is the line.
            var kept = OriginalHeadline().Match(lines[i]);
            var line = kept.Success ? KeptRun(kept.Groups["title"].Value) : lines[i];

            // 原标题：kicker main line subhead subhead …: a newspaper's whole headline run onto one labelled line
            // is longer than a headline line may be, but the label says what it is.
            if (title is null && kept.Success && LongKeptHeadline(line) is { } run)
            {
                title = run;
                headlines.Add(run);
                sinceTitle = 0;
                continue;
            }

            // 某某委员： / “把…扛在肩上”: a headline broken after its colon before the words it quotes is one line.
            if (title is null && JoinedHeading(lines, i, out var taken) is { } whole)
            {
                line = whole;
                i += taken;
            }

            sinceTitle = sinceTitle == int.MaxValue ? sinceTitle : sinceTitle + 1;
            // 来源： / 2019-12-13 23:00:28: a source left empty is not the date line under it.
            if (pending is not null && CjkCount(line) + line.Count(char.IsAsciiDigit) > 0 && Label(line) is null
                && !(pending == "source" && BareDateLine(line) is not null))
            {
                if (pending == "source")
                {
                    source ??= line;
                }
                else
                {
                    published ??= DateText.Parse(line);
                }

                pending = null;
                continue;
            }

            pending = null;

            // 引题：… over 委员走进… over 副题：…: the kicker and the subhead go with the headline; the main line is the title.
            if (HeadlinePart().Match(line) is { Success: true } part)
            {
                line = part.Groups["text"].Value;
                if (part.Groups["kind"].Value is not ("主题" or "主标题"))
                {
                    headlines.Add(line);
                    continue;
                }
            }

            // 政协某市委员会 / 办公室文件 / 某政协办发〔2025〕18号 over 关于印发…的通知: a red head and its number are
            // the issuer's furniture, and the notice's own heading under them is the title.
            if (DocumentNumber().IsMatch(line))
            {
                continue;
            }

            if (title is null && (IsRedHead(lines, i) || DocumentFoot.IsSigningBody(line) && UnderRedHead(lines, i)))
            {
                mastheads.Add(line);
                continue;
            }

            // 内容出处：| 《某县志》 图书 |, 颗粒名称：| 第三节 … |: a catalogue record's rows; the section's name is the title.
            if (CatalogueRecord.Read(line) is { } row)
            {
                if (row.IsTitle && row.Value.Length > 0 && title is null)
                {
                    title = row.Value;
                    headlines.Insert(0, title);
                    sinceTitle = 0;
                }

                continue;
            }

            // A line of digits only may still be a date line (2024-01-24 08:48:15), as may one behind a cut address.
            if (BareDateLine(line) is { } bare)
            {
                published ??= bare.Iso;
                continue;
            }

            if (IsCaption(line) || CjkCount(line) == 0 || line.Count(char.IsAsciiLetter) > CjkCount(line))
            {
                continue;
            }

            // E-paper navigation (上一版 下一版, 2025年01月10日 星期五 出版 刊例 | 上一期 下一期): the issue's date, else nothing.
            if ((NavigationWords.Any(w => line.Contains(w, StringComparison.Ordinal)) || IsArchiveNavigation(line) || IsPaperIssue(line)) && !line.Contains('。'))
            {
                if (DateText.Find(line) is { } issued)
                {
                    published ??= issued.Iso;
                }

                continue;
            }

            // （2018年1月4日某市政协十三届二次会议审议通过）: the day an agenda or a resolution was adopted is its own.
            if (AdoptedOn(line) is { } adopted)
            {
                delivered ??= adopted;
                deliveryLine ??= line;
                continue;
            }

            if (DeliveryStart().IsMatch(line))
            {
                var joined = !DeliveryPattern().IsMatch(line) && i + 1 < lines.Count ? line + lines[i + 1] : line;
                if (DeliveryPattern().IsMatch(joined))
                {
                    deliveryLine ??= joined;
                    delivered ??= DateText.Parse(joined);
                    headlines.Add(joined);
                    i += joined.Length > line.Length ? 1 : 0;
                    continue;
                }
            }

            // 今天是：2020年5月8日: the site's clock, not the day the story was published.
            if (SiteClock().IsMatch(line) && line.Length <= 40)
            {
                continue;
            }

            // 您好，欢迎光临某某政协门户网站！: the site greeting its visitor, not a sentence of the story.
            if (Greetings.Any(g => line.Contains(g, StringComparison.Ordinal)) && line.Length <= 40)
            {
                mastheads.Add(line);
                continue;
            }

            foreach (Match tag in Tag().Matches(line))
            {
                hints.Add(tag.Groups["tag"].Value);
            }

            if (IsBodyStart(line) && !(title is null && IsExclaimedHeadline(lines, i)))
            {
                // 看啥推荐读物 / 专栏名称：… / a sentence describing the site, then the story's own headline over
                // its date line: the sentence is the site's blurb, and the later headline is the title.
                if (!Confirmed(lines, title) && LaterHeadline(lines, i + 1, surnames) is { } later)
                {
                    title = WithoutSiteSuffix(lines[later.Line]);
                    headlines.Clear();
                    headlines.Add(title);
                    published = DateText.Find(lines[later.DateLine])?.Iso ?? published;
                    sinceTitle = later.DateLine - later.Line;
                    i = later.DateLine;
                    continue;
                }

                // 2024/8/16 来源：不详9月6日，…, 来源：某中心 浏览：2107 次 时间：2023-08-22 16:19:06某县…: a page's date
                // line run into the first sentence.
                if (DateText.Find(line) is { } opening && (opening.Start == 0 || (opening.Start <= 40 && Label(line) is not null))
                    && line[..opening.End].Any(c => c is '/' or '-'))
                {
                    published ??= opening.Iso;
                }

                hints.AddRange(DatelineHints(line));

                // 区委书记在区政协…会议闭幕会上的讲话各位委员，同志们：…: a speech's heading run into its salutation.
                if (title is null && SpeechHeadingBeforeSalutation(line) is { } heading)
                {
                    title = heading;
                    headlines.Insert(0, heading);
                    break;
                }

                // A byline glued to a salutation (黎作凤各位委员、同志们：) still names the speaker.
                if (Salutations.FirstOrDefault(s => line.Contains(s, StringComparison.Ordinal)) is { } salutation && line.IndexOf(salutation, StringComparison.Ordinal) is var at and > 0 and <= 20)
                {
                    bylines.Add(line[..at]);

                    // 孙伟（2023年1月16日）各位委员: the day the speech was given.
                    delivered ??= DateText.Parse(line[..at]);
                }

                break;
            }

            if (Label(line) is { } label)
            {
                var value = label.Value;
                if (label.Kind == "source")
                {
                    if (value.Length == 0)
                    {
                        pending = "source";
                    }
                    else
                    {
                        source ??= value;
                    }

                    // 来源：中安在线  作者：  2018-12-23 11:50:47: the date further along the line.
                    if (DateText.Find(line) is { } onLine)
                    {
                        published ??= onLine.Iso;
                    }
                }
                else if (DateText.Parse(value) is { } date)
                {
                    published ??= date;
                    if (SourceAfter(value) is { } s)
                    {
                        source ??= s;
                    }
                }
                else if (value.Length == 0)
                {
                    pending = "date";
                }

                continue;
            }

            if (DateText.Find(line) is { } dated && IsDateLine(line, dated))
            {
                // 在…会议上的工作报告 / 县政协主席 某某 / 2026年1月10日: the day the report was given at the session.
                if (sinceTitle <= 3 && IsGivenAtSession(title) && delivered is null)
                {
                    delivered = dated.Iso;
                    deliveryLine ??= title;
                }

                published ??= dated.Iso;
                if (SourceAfter(line) is { } s)
                {
                    source ??= s;
                }

                continue;
            }

            // • 履职尽责守初心 建言献策担使命 over ——省政协…掠影: an e-paper's headline, bulleted like its list of stories.
            if (title is null && line.StartsWith('•') && i + 1 < lines.Count && lines[i + 1].TrimStart('•', ' ').StartsWith("——", StringComparison.Ordinal))
            {
                line = line.TrimStart('•', ' ');
            }

            if (CjkCount(line) == 0 || IsChrome(line))
            {
                siteSource ??= BreadcrumbSite(line);
                // Only a breadcrumb right under the first line says that line is the site's slogan.
                // So does one past nothing but the site's furniture (its name, contact lines, menus).
                crumbSinceTitle |= title is not null && (sinceTitle == 1 || furnitureSinceTitle) && BreadcrumbStart().IsMatch(line);
                continue;
            }

            if (IsMasthead(line))
            {
                mastheads.Add(line);
                continue;
            }

            if (IsByline(line, surnames))
            {
                furnitureSinceTitle = false;
                bylines.Add(line);
                continue;
            }

            if (IsNavigationBar(line) || siteMenus.Contains(line))
            {
                continue;
            }

            if (line.StartsWith("——", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal))
            {
                furnitureSinceTitle = false;
                headlines.Add(line.TrimStart('—', '-'));
                continue;
            }

            if (!IsTitleLike(line) || IsKeywordList(line))
            {
                continue;
            }

            // 某省方志资料库 … 第五节 区政协: a gazetteer's section heading under an archive's site lines
            // is the page's own headline, unless a date or source line has confirmed the line taken first.
            // Under a heading taken as the title, a finer one (第九编 … 第二章 … 第四节 对口联系) is the page's own.
            if (title is not null && SectionHeading().IsMatch(line) && (SectionHeading().IsMatch(title) ? IsFinerSection(line, title) : !Confirmed(lines, title)))
            {
                title = line;
                headlines.Insert(0, line);
                sinceTitle = 0;
                continue;
            }

            if (title is null)
            {
                title = WithoutSiteSuffix(line);
                line = title;
                headlines.Add(line);
                sinceTitle = 0;
                furnitureSinceTitle = true;
            }
            else if (furnitureSinceTitle && (sinceTitle is > 2 and <= 5 || (crumbSinceTitle && IsSloganShaped(title))) && !Confirmed(lines, title) && Confirmed(lines, line))
            {
                // 扎根沃土 共绘蓝图 / a menu / a breadcrumb / the headline over its date line: the site's slogan
                // came first; the headline the page's date line confirms, a few lines on, past nothing but
                // the site's menus (or right after its breadcrumb), is the title.
                title = WithoutSiteSuffix(line);
                headlines.RemoveAll(h => !IsDeliveryLine(h));
                headlines.Insert(0, title);
                sinceTitle = 0;
                crumbSinceTitle = false;
            }
            else if (sinceTitle <= 3 && RepeatedUnderPageTitle(title, line))
            {
                // 某某：关注供暖问题 某某网内容-某某网 某某 2299376 over 某某：关注供暖问题: the page's title, then its headline.
                headlines[headlines.IndexOf(title)] = title = line;
            }
            else if (sinceTitle <= 2 && line != title)
            {
                furnitureSinceTitle &= menus.Contains(line);
                headlines.Add(line);
            }
        }

        // The title and what goes with it first; the site's masthead names who runs the site, last.
        return new DocumentHead(title, [.. headlines, .. mastheads], source ?? siteSource, published, delivered, deliveryLine, bylines, hints);
    }
}
