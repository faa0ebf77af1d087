using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Reads what a document says about itself (<see cref="DocumentContext"/>): from the metadata its
/// loader found (a web page's headline, date and source; a file's properties), which win, then from
/// the lines above its body (<see cref="DocumentHeadReader"/>), then from its text; never from its
/// file name.
/// </summary>
/// <remarks>
/// <para>Title: the metadata's, else the head's (web chrome, bylines, date and source lines never),
/// else a heading of the first sections that names an issuing body and a report (a poster page
/// that opens with a preamble); null when the text opens with its body and has no such heading. Date: the metadata's, else the day the report was
/// delivered (——2026年1月26日在…会议上), else the day it was published (发布时间, 时间, a date line),
/// else the first full date opening a sentence of the first sections that speaks of a report.
/// Place: the issuer's, else the place the head and text name most (<see cref="HomePlaceReader"/>).
/// Issuer: <see cref="IssuerFinder"/>. The last lines of a page may give the source (来源：…) and a
/// closing credit (（五河县工商联）): <see cref="DocumentFoot"/>. Year: <see cref="DocumentYear"/>. Publisher: the source named
/// by the metadata or a 来源 line, as a newspaper, an office or a committee's office.</para>
/// </remarks>
internal sealed partial class DocumentContextReader(CommitteeFinder committees, PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, Surnames surnames, BodyVocabulary bodies)
{
    private static readonly string[] IssuingWords = ["委员会", "政府", "人大"];
    private static readonly string[] MediaEndings = ["报", "日报", "晚报", "网", "在线", "客户端", "电视台", "广播电视台", "融媒", "融媒体中心", "新闻", "杂志", "发布", "头条", "号"];

    private readonly HomePlaceReader _home = new(places, gazetteer, segmenter, surnames);
    private readonly IssuerFinder _issuers = new(committees, places, gazetteer, segmenter, bodies);

    public DocumentContext Read(DocumentText text, DocumentMetadata? metadata)
    {
        var head = DocumentHeadReader.Read(text.Text.Original, surnames);
        var foot = DocumentFoot.Read(text.Text.Original);
        var title = Clean(metadata?.Title) ?? foot.Title ?? head.Title ?? ReportHeading(text);
        var source = Clean(metadata?.Source) ?? head.Source ?? foot.Source;
        var headlines = (title is not null && !head.Headlines.Contains(title) ? head.Headlines.Prepend(title) : head.Headlines).ToList();

        var home = _home.Read([.. headlines, .. head.PlaceHints], [source, foot.Credit], text);
        var (issuer, issuerBody, issuerSpan) = _issuers.Find(headlines, source, foot.Credit, home, text, foot.Signature ?? DocumentFoot.HeadSignature(text.Text.Original));
        var place = issuer is not null || issuerBody is not null ? issuer?.Place ?? issuerBody?.Place : home;

        var context = place is null ? [] : gazetteer.Ancestors(place).Prepend(place).ToList();
        var named = new Dictionary<string, CommitteeIdentity>(StringComparer.Ordinal);
        foreach (var unit in text.Units)
        {
            foreach (var match in committees.FindNamed(unit.Text, context))
            {
                if (match.Committee.Place is { } p)
                {
                    named.TryAdd(p.Code, match.Committee);
                }
            }
        }

        var date = DateText.Parse(metadata?.Date) ?? head.DeliveredOn ?? head.PublishedOn ?? DocumentYear.MeetingDate(text) ?? foot.SignedOn;
        var year = DocumentYear.Read(text, head, date);
        var (publisher, publisherSpan) = Publisher(source, place, text);
        var name = title ?? FirstWords(text);
        return new DocumentContext(issuer, issuerBody, issuerSpan, place, year, date, title, name, publisher, publisherSpan, named)
        {
            AboutCommitteeWork = issuer is null && issuerBody is null && CommitteeVocabulary(text),
        };
    }

    private static readonly string[] CommitteeWords = ["协商", "议政", "提案", "常委"];

    // 政协 named, and the genre's words (委员 not in 委员会) fifteen times or more.
    private static bool CommitteeVocabulary(DocumentText text)
    {
        var named = false;
        var words = 0;
        foreach (var unit in text.Units)
        {
            named |= unit.Text.Contains("政协", StringComparison.Ordinal);
            words += CommitteeWords.Sum(w => Occurrences(unit.Text, w)) + MemberWord().Count(unit.Text);
        }

        return named && words >= 15;
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("委员(?!会)")]
    private static partial Regex MemberWord();

    // The source as a body: a committee's office (长春市政协办公室 → 政协长春市委员会办公室), another
    // office, or a medium (安徽日报, 重庆政协报, 石榴云/新疆日报: the last name).
    private (IssuingBody?, TextSpan?) Publisher(string? source, Place? place, DocumentText text)
    {
        if (source is null)
        {
            return (null, null);
        }

        var name = source.Split('/', '／', '|', '｜').Select(s => s.Trim()).LastOrDefault(s => s.Length >= 2);
        if (name is null || name.Length > 30)
        {
            return (null, null);
        }

        var span = IssuerFinder.Locate(text, name);
        var context = place is null ? [] : gazetteer.Ancestors(place).Prepend(place).ToList();
        if (name.Contains("政协", StringComparison.Ordinal))
        {
            var match = committees.FindNamed(name, context).FirstOrDefault()
                ?? committees.FindRelative(name, level => place is null ? null : committees.ResolveLevel(place, level)).FirstOrDefault();
            if (match is not null && name.EndsWith("办公室", StringComparison.Ordinal))
            {
                return (new IssuingBody(match.Committee.Name + "办公室", "办公机构", match.Committee.Place, match.Committee), span);
            }

            if (match is not null)
            {
                return (null, null);
            }
        }

        var kind = name.EndsWith("办公室", StringComparison.Ordinal) || name.EndsWith("办公厅", StringComparison.Ordinal) ? "办公机构"
            : MediaEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) ? "媒体"
            : null;
        return kind is null ? (null, null) : (new IssuingBody(name, kind, null), span);
    }

    // A report's title standing later on a page (——图解政协淮安市第九届委员会常务委员会工作报告): a heading
    // of the first sections that names an issuing body and a report, and is not a delivery line.
    private static string? ReportHeading(DocumentText text)
    {
        var firstSections = text.Structure.Sections.Take(3).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return text.Units.Where(u => u.IsHeading && firstSections.Contains(u.SectionId))
            .Select(u => u.Text.TrimStart('—', '-', ' ', '#').Trim())
            .FirstOrDefault(h => h.Length is > 6 and <= 80 && h.Contains("报告", StringComparison.Ordinal)
                && IssuingWords.Any(w => h.Contains(w, StringComparison.Ordinal)) && !DeliveryLines.IsDeliveryLine(h) && !h.Contains("会议上", StringComparison.Ordinal));
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static string FirstWords(DocumentText text)
    {
        var first = text.Units.FirstOrDefault()?.Text ?? "";
        return first.Length <= 40 ? first : first[..40];
    }
}
