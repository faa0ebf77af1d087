using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// What the last lines of a page say about it: the source named there (来源：余杭政协 作者： 编辑：…)
/// and a credit closing the story in brackets (（五河县工商联）, （县政协办公室）, （五峰县政协 周诗泉 供稿）:
/// the body, with the writer and 供稿 after it set apart by spaces), on its own line or closing the last paragraph's.
/// </summary>
/// <param name="Source">The source of a 来源 line among the last lines, or null.</param>
/// <param name="Credit">The text of a closing credit in brackets, or null.</param>
/// <param name="Title">The headline a 标题： line among the last lines gives (a mirror's record of the page,
/// a forum's printable page without its category tag and print link), or null.</param>
/// <param name="Signature">An office, a committee or a government department signing the text over its date, a notice's,
/// a letter's or a reply's last lines (政协某省委员会办公厅 over 2024年7月1日, 政协某市委员会 over 二OO八年一月七日,
/// 某县卫生健康局 over 2020年11月5日), or null.</param>
/// <param name="SignedOn">The day under that signature, ISO, or null.</param>
internal sealed partial record DocumentFoot(string? Source, string? Credit, string? Title = null, string? Signature = null, string? SignedOn = null)
{
    private const int Lines = 12;

    // （五河县工商联）; （五峰县政协 周诗泉 供稿）: the body, then who wrote it and the word for sending it in.
    [GeneratedRegex(@"^[（(]\s*(?<credit>[\u4e00-\u9fff]{4,20})(?:\s+[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*(?:供稿|供图|撰稿|报送|提供)?)?\s*[）)]$")]
    private static partial Regex ClosingCredit();

    // …的硬招实招。（县卫健局）: the credit closing the story's last paragraph on its line, a body's name (not a
    // note on the figures or a wire's 据…电).
    [GeneratedRegex(@"[。！？”]\s*(?<bracket>[（(][^（()）]{2,38}(?:局|部|联|委|办|办公室|政协|厅)[）)])$")]
    private static partial Regex ParagraphCredit();

    // 来源：余杭政协; 稿件来源: 繁昌区融媒体中心.
    [GeneratedRegex(@"(?:^|\s)(?:稿件|信息|文章|新闻)?来源\s*[：:]\s*(?<source>[^\s|｜]{2,30})")]
    private static partial Regex SourceLine();

    // 标题：区政协集中收看…实况 (not 原标题, the headline a story had before it was reposted).
    [GeneratedRegex(@"^标题\s*[：:]\s*(?<title>\S.{3,78})$")]
    private static partial Regex TitleLine();

    // [履职十年] 我在委员之家的日子 [打印本页]: a forum's printable page puts the thread's category before
    // the headline and its print link after it. Without the print link, a bracket opening the title
    // (【两会快评】…) is the headline's own column tag and stays.
    [GeneratedRegex(@"^(?:[\[【][^\]】]{1,16}[\]】]\s*)?(?<title>.+?)\s*[\[【]打印本页[\]】]$")]
    private static partial Regex ForumTitle();

    // 政协某省委员会办公厅, 某县政协办公室: an office's name, alone on its line.
    [GeneratedRegex(@"^(?<office>[\u4e00-\u9fff]{2,30}(?:办公厅|办公室))$")]
    private static partial Regex OfficeLine();

    // 政协某市委员会, 中国人民政治协商会议某县委员会: a committee's full name, alone on its line.
    [GeneratedRegex(@"^(?<office>(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,24}委员会)$")]
    private static partial Regex CommitteeLine();

    // 某某市财政局, 某县卫生健康局: a government department's name, alone on its line (a bureau's reply or report).
    [GeneratedRegex(@"^(?<office>[\u4e00-\u9fff]{3,20}[局厅])$")]
    private static partial Regex DepartmentLine();

    // 某市人民政府, 某县人民政府办公室: a government's name, alone on its line.
    [GeneratedRegex(@"^(?<office>[\u4e00-\u9fff]{2,20}人民政府(?:办公室|办公厅)?)$")]
    private static partial Regex GovernmentLine();

    // 关于政协某市委员会某次会议提案办理情况的通报: a document's own title (关于…的 and the kind of paper).
    [GeneratedRegex(@"^关于.{4,80}的(?:通报|报告|通知|答复|意见|决定|函)$")]
    private static partial Regex PaperTitle();

    /// <summary>
    /// The body signing a paper under its title, over its date (关于…提案办理情况的通报 / 某市人民政府 / （2021年12月21日）):
    /// a government, an office, a committee or a department, or null. Only under a paper's own title, so a portal's
    /// masthead over a date is no signature.
    /// </summary>
    public static string? HeadSignature(string original)
    {
        var lines = new List<string>(6);
        for (var start = 0; start < original.Length && lines.Count < 6;)
        {
            var end = original.IndexOf('\n', start);
            end = end < 0 ? original.Length : end;
            if (original.AsSpan(start, end - start).Trim() is { IsEmpty: false } line)
            {
                lines.Add(line.ToString());
            }

            start = end + 1;
        }

        for (var i = 1; i + 1 < lines.Count; i++)
        {
            // A government signs only its report on how the committee's proposals were handled (not a notice its portal carries).
            var government = GovernmentLine().Match(lines[i]);
            var signer = government.Success ? government
                : OfficeLine().Match(lines[i]) is { Success: true } officeLine ? officeLine
                : CommitteeLine().Match(lines[i]) is { Success: true } committeeLine ? committeeLine : DepartmentLine().Match(lines[i]);
            // 某县政协某届某次会议委员提案办理情况汇报, without 关于…的, is such a report's title too.
            if (signer.Success && (PaperTitle().IsMatch(lines[i - 1]) ? !government.Success || HandlingReport().IsMatch(lines[i - 1]) : government.Success && HandlingTitle().IsMatch(lines[i - 1]))
                && DateAlone(lines[i + 1].Trim('（', '）', '(', ')', ' ')) is not null)
            {
                return signer.Groups["office"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"提案.{0,12}(?:办理|答复|落实|承办)")]
    private static partial Regex HandlingReport();

    // 某县政协某届某次会议委员提案办理情况汇报: the paper's own name, not a news headline about one (县政协主席会议听取县政府提案办理情况汇报).
    [GeneratedRegex(@"^(?!.*(?:听取|视察|召开|开展|调研))[^，。：:]{0,30}?提案(?:办理|答复|落实|承办)(?:工作)?(?:情况)?(?:的)?(?:报告|汇报|通报)$")]
    private static partial Regex HandlingTitle();

    /// <summary>True when <paramref name="line"/> is only an office's or a committee's name: who signs a notice over its date.</summary>
    /// An office's name is short (政协某省委员会办公厅): a headline may end with one (…率先成立…办公室).
    public static bool IsSigningBody(string line) => OfficeLine().IsMatch(line) && line.Length <= 16 || CommitteeLine().IsMatch(line);

    // A line that is only a full date (2024年7月1日, 二〇二四年七月一日): its ISO day, or null.
    private static string? DateAlone(string line) =>
        line.Length <= 16 && DateText.Find(line) is { Start: 0 } day && day.End >= line.Length - 1 ? day.Iso : null;

    // 下次会议召开时间：, 附：报名截止日期: a line announcing the date under it.
    private static bool LabelsDate(string line) =>
        line.TrimEnd().TrimEnd('：', ':') is var label && (label.Length < line.TrimEnd().Length || label.EndsWith("时间", StringComparison.Ordinal) || label.EndsWith("日期", StringComparison.Ordinal));

    public static DocumentFoot Read(string original)
    {
        var tail = original.Length > 3000 ? original[^3000..] : original;
        var lines = new TextNormalizer(new TextNormalizerOptions { JoinWrappedLines = false }).Normalize(tail).Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeLast(Lines)
            .ToList();
        string? source = null, credit = null, title = null, signature = null, signedOn = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];

            // The office's or the committee's name over a line that is only a date (2024年7月1日): who signed the notice.
            var office = OfficeLine().Match(line) is { Success: true } officeLine ? officeLine
                : CommitteeLine().Match(line) is { Success: true } committeeLine ? committeeLine : DepartmentLine().Match(line);
            if (office.Success && i + 1 < lines.Count && DateAlone(lines[i + 1]) is { } signed)
            {
                signature = office.Groups["office"].Value;
                signedOn = signed;
            }

            if (TitleLine().Match(line) is { Success: true } titled)
            {
                var value = titled.Groups["title"].Value.Trim();
                title ??= ForumTitle().Match(value) is { Success: true } printable ? printable.Groups["title"].Value : value;
            }

            if (SourceLine().Match(line) is { Success: true } found)
            {
                source ??= found.Groups["source"].Value;
            }

            if (ClosingCredit().Match(line) is { Success: true } closing)
            {
                credit = closing.Groups["credit"].Value;
            }
            else if (ParagraphCredit().Match(line) is { Success: true } ending
                && ClosingCredit().Match(ending.Groups["bracket"].Value) is { Success: true } closingParagraph)
            {
                credit = closingParagraph.Groups["credit"].Value;
            }
        }

        // A report or a reply that ends with its day alone on the last line (…全部办理完毕。 2020年11月5日),
        // signed by no name the page keeps: the day it was written.
        // A date under a label (召开时间：, 附：…会议时间) is an event's, not the writing's.
        if (signedOn is null && lines.Count > 1 && DateAlone(lines[^1]) is { } day && !LabelsDate(lines[^2]))
        {
            signedOn = day;
        }

        return new DocumentFoot(source, credit, title, signature, signedOn);
    }
}
