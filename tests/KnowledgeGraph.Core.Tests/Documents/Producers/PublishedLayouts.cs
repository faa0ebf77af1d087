using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>The layouts committees print their documents in (<see cref="PublishedLayouts"/>).</summary>
internal enum PublishedLayout
{
    /// <summary>A 公文: red header over a rule, document number, centred title, addressee, indented body, "— 3 —" page numbers, date and 抄送/印发 block.</summary>
    OfficialDocument,

    /// <summary>A work report printed for a session: a cover page (会议文件, title, reporter's line, date), then the body with bold section heads.</summary>
    SessionReport,

    /// <summary>An e-paper page: a page header (paper, date, page, section, editor), kicker, a headline over the columns, subtitle, byline and the story in four columns.</summary>
    EPaper,
}

/// <summary>
/// What a layout prints around the text besides the text itself: the issuing body (for the red
/// header and the seal line), the date and the year of the document number. Furniture written
/// here, never taken from a document.
/// </summary>
internal sealed record LayoutFrame(string Issuer, DateOnly? Date)
{
    public static LayoutFrame Default { get; } = new("政协示例市委员会", new DateOnly(2026, 1, 8));

    /// <summary>The date as printed (2026年1月8日), or empty when the frame has none: the furniture then prints none.</summary>
    public string ChineseDate => Date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    /// <summary>The year of the document number: the date's, else this one (no date is printed then).</summary>
    public int NumberYear => Date?.Year ?? 2026;
}

/// <summary>
/// Lays a plain-text document out in the forms real committee PDFs have, as HTML and CSS that
/// Chromium prints (page numbers by CSS page margin boxes, so the browser's own header and footer
/// are left off). The text's first line is the title; every other line a paragraph. The furniture
/// around it follows the genre: see <see cref="PublishedLayout"/>.
/// </summary>
internal static partial class PublishedLayouts
{
    public static string Html(PublishedLayout layout, string text, LayoutFrame frame)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => MarkdownHeading().Replace(l.Trim(), "")).Where(l => l.Length > 0).ToList();
        var title = lines.Count > 0 ? lines[0] : "";
        var body = lines.Skip(1).ToList();
        return layout switch
        {
            PublishedLayout.OfficialDocument => OfficialDocument(title, body, frame),
            PublishedLayout.SessionReport => SessionReport(title, body, frame),
            _ => EPaper(title, body, frame),
        };
    }

    private static string OfficialDocument(string title, List<string> body, LayoutFrame frame)
    {
        var page = new StringBuilder();
        page.Append($"<div class=\"red\">{E(frame.Issuer)}文件</div><div class=\"number\">政发〔{frame.NumberYear}〕3号</div><hr class=\"red-rule\">\n");
        page.Append($"<div class=\"title\">{E(title)}</div>\n<p class=\"addressee\">各专门委员会、各界别召集人：</p>\n");
        body.ForEach(line => page.Append($"<p>{E(line)}</p>\n"));
        page.Append($"<p class=\"seal\">{E(frame.Issuer)}</p><p class=\"seal\">{frame.ChineseDate}</p>\n");
        page.Append($"<div class=\"closing\"><hr><p class=\"flat\">抄送：各界别召集人，各专门委员会。</p><hr><p class=\"flat\">{E(frame.Issuer)}办公室<span class=\"printed\">{frame.ChineseDate}印发</span></p><hr></div>\n");
        return Page(page.ToString(), """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            @page :right { @bottom-right { content: "— " counter(page) " —"; font-size: 14pt; } }
            @page :left { @bottom-left { content: "— " counter(page) " —"; font-size: 14pt; } }
            body { font-family: 'Noto Serif CJK SC'; font-size: 16pt; line-height: 28pt; }
            p { margin: 0; text-indent: 2em; }
            .red { color: #d00; font-size: 30pt; text-align: center; letter-spacing: 2pt; font-family: 'Noto Sans CJK SC'; font-weight: bold; }
            .number { text-align: center; margin: 12pt 0 4pt 0; }
            .red-rule { border: 0; border-top: 2pt solid #d00; margin-bottom: 24pt; }
            .title { font-size: 22pt; text-align: center; line-height: 34pt; margin-bottom: 18pt; font-family: 'Noto Sans CJK SC'; }
            .addressee, .flat { text-indent: 0; }
            .seal { text-align: right; text-indent: 0; padding-right: 2em; }
            .seal:first-of-type { margin-top: 28pt; }
            .closing { margin-top: 40pt; font-size: 14pt; }
            .closing hr { border: 0; border-top: 1pt solid #000; margin: 2pt 0; }
            .printed { float: right; }
            """);
    }

    private static string SessionReport(string title, List<string> body, LayoutFrame frame)
    {
        var page = new StringBuilder();
        page.Append($"<div class=\"cover\"><div class=\"mark\">会议文件（3）</div><div class=\"title\">{E(title)}</div>");
        page.Append($"<div class=\"reporter\">——在{E(frame.Issuer)}全体会议上</div><div class=\"date\">{frame.ChineseDate}</div></div>\n");
        foreach (var line in body)
        {
            page.Append(SectionHead().IsMatch(line) ? $"<p class=\"head\">{E(line)}</p>\n" : $"<p>{E(line)}</p>\n");
        }

        return Page(page.ToString(), """
            @page { size: A4; margin: 30mm 26mm 30mm 26mm; @bottom-center { content: "- " counter(page) " -"; font-size: 11pt; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'Noto Serif CJK SC'; font-size: 15pt; line-height: 26pt; }
            p { margin: 0; text-indent: 2em; }
            p.head { font-family: 'Noto Sans CJK SC'; font-weight: bold; }
            .cover { break-after: page; text-align: center; }
            .mark { text-align: left; font-size: 14pt; font-family: 'Noto Sans CJK SC'; margin-bottom: 120pt; }
            .cover .title { font-size: 24pt; line-height: 36pt; font-family: 'Noto Sans CJK SC'; font-weight: bold; margin-bottom: 30pt; }
            .reporter { font-size: 16pt; margin-bottom: 160pt; }
            .date { font-size: 16pt; }
            """);
    }

    private static string EPaper(string title, List<string> body, LayoutFrame frame)
    {
        var weekday = frame.Date is { } date ? $" 星期{"日一二三四五六"[(int)date.DayOfWeek]}" : "";
        var page = new StringBuilder();
        page.Append($"<div class=\"masthead\"><span>政协导报</span><span>{frame.ChineseDate}{weekday}</span><span>第A03版 要闻</span><span>责任编辑 孟晓</span></div>\n");
        page.Append($"<div class=\"kicker\">履职一线</div><div class=\"headline\">{E(title)}</div><div class=\"subtitle\">——来自基层协商的观察</div>\n");
        page.Append("<div class=\"columns\"><p class=\"byline\">本报记者 卓岚 通讯员 鲁平</p>\n");
        body.ForEach(line => page.Append($"<p>{E(line)}</p>\n"));
        page.Append("</div>\n");
        return Page(page.ToString(), """
            @page { size: A3; margin: 14mm 12mm 14mm 12mm; }
            body { font-family: 'Noto Serif CJK SC'; font-size: 10pt; line-height: 15pt; }
            p { margin: 0; text-indent: 2em; }
            .masthead { display: flex; justify-content: space-between; border-bottom: 2pt solid #000; font-family: 'Noto Sans CJK SC'; font-size: 9pt; padding-bottom: 3pt; margin-bottom: 10pt; }
            .kicker { text-align: center; font-size: 12pt; font-family: 'Noto Sans CJK SC'; }
            .headline { text-align: center; font-size: 28pt; line-height: 36pt; font-family: 'Noto Sans CJK SC'; font-weight: bold; }
            .subtitle { text-align: center; font-size: 14pt; margin-bottom: 10pt; }
            .columns { column-count: 4; column-gap: 14pt; column-rule: 0.5pt solid #888; }
            .byline { text-indent: 0; font-family: 'Noto Sans CJK SC'; font-size: 9pt; }
            """);
    }

    private static string Page(string body, string css) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <style>
        {{css}}
        </style>
        </head>
        <body>
        {{body}}</body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"^#{1,6} ")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex SectionHead();
}
