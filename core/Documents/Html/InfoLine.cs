using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>What a label of an info line names.</summary>
internal enum InfoKind
{
    Date,
    UpdateDate,
    Source,
    Author,
    Role,
    Editor,
    Counter,
}

/// <summary>One <c>label：value</c> of an info line (<c>来源：长春市政协办公室</c>); the value may be empty.</summary>
internal sealed record InfoField(InfoKind Kind, string Label, string Value);

/// <summary>
/// Reads the line that news pages put under a headline, or at the foot of an article:
/// <c>发布时间：2023-06-12 09:30 来源：长春市政协办公室 作者：王晓明 【字号：大 中 小】 打印本页</c>,
/// <c>记者 周立 通讯员 沈悦</c>, <c>（责任编辑：孙悦）</c>.
/// </summary>
/// <remarks>
/// A line is an info line when it is short, ends no sentence, and is made of labelled values
/// (with page controls and an unlabelled date at its start allowed). Labels are followed by a
/// colon; the roles of a byline (记者, 通讯员 …) may be followed by a space instead. Bare 时间
/// and 日期 count only when a date follows, since a notice's 时间：上午九时 is text.
/// </remarks>
internal static partial class InfoLine
{
    private const int MaxLength = 200;
    private const int MaxValueLength = 60;

    private static readonly (string Label, InfoKind Kind)[] Labels =
    [
        ("发布时间", InfoKind.Date), ("发布日期", InfoKind.Date), ("发表时间", InfoKind.Date), ("发表日期", InfoKind.Date),
        ("发稿时间", InfoKind.Date), ("发文日期", InfoKind.Date), ("公开日期", InfoKind.Date), ("刊发时间", InfoKind.Date),
        ("时间", InfoKind.Date), ("日期", InfoKind.Date),
        ("更新时间", InfoKind.UpdateDate), ("更新日期", InfoKind.UpdateDate), ("上传时间", InfoKind.UpdateDate),
        ("录入时间", InfoKind.UpdateDate), ("添加时间", InfoKind.UpdateDate), ("修改时间", InfoKind.UpdateDate),
        ("信息来源", InfoKind.Source), ("文章来源", InfoKind.Source), ("稿件来源", InfoKind.Source), ("新闻来源", InfoKind.Source),
        ("内容来源", InfoKind.Source), ("来源", InfoKind.Source), ("出处", InfoKind.Source), ("发布机构", InfoKind.Source),
        ("发布单位", InfoKind.Source), ("发布部门", InfoKind.Source), ("投稿部门", InfoKind.Source), ("供稿单位", InfoKind.Source),
        ("作者", InfoKind.Author), ("撰稿", InfoKind.Author), ("撰文", InfoKind.Author), ("供稿", InfoKind.Author),
        ("本报记者", InfoKind.Role), ("特约记者", InfoKind.Role), ("见习记者", InfoKind.Role), ("记者", InfoKind.Role),
        ("本报通讯员", InfoKind.Role), ("通讯员", InfoKind.Role), ("摄影", InfoKind.Role),
        ("责任编辑", InfoKind.Editor), ("责编", InfoKind.Editor), ("编辑", InfoKind.Editor), ("审核", InfoKind.Editor),
        ("校对", InfoKind.Editor), ("终审", InfoKind.Editor), ("审校", InfoKind.Editor), ("监制", InfoKind.Editor), ("签发", InfoKind.Editor),
        ("浏览次数", InfoKind.Counter), ("浏览量", InfoKind.Counter), ("访问量", InfoKind.Counter), ("访问次数", InfoKind.Counter),
        ("阅读量", InfoKind.Counter), ("阅读次数", InfoKind.Counter), ("点击数", InfoKind.Counter), ("点击量", InfoKind.Counter),
        ("点击率", InfoKind.Counter), ("浏览", InfoKind.Counter), ("阅读", InfoKind.Counter), ("点击", InfoKind.Counter),
    ];

    private static readonly Dictionary<string, InfoKind> KindOfLabel =
        Labels.ToDictionary(l => l.Label, l => l.Kind, StringComparer.Ordinal);

    /// <summary>The fields of an info line, or null when <paramref name="line"/> is not one.</summary>
    public static IReadOnlyList<InfoField>? Parse(string line)
    {
        // Most lines are sentences: no need to look further.
        if (line.Length > 2 * MaxLength || SentenceEnd().IsMatch(line))
        {
            return null;
        }

        var text = WithoutControls(line);
        if (text.Length == 0 || text.Length > MaxLength || SentenceEnd().IsMatch(text))
        {
            return null;
        }

        var matches = LabelPattern().Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        // Before the first label: nothing, or a date (2023-06-12 09:30 来源：…).
        var fields = new List<InfoField>();
        var lead = text[..matches[0].Index].Trim();
        if (Separators().Replace(lead, "").Length > 0)
        {
            var date = DateAtStart(lead);
            if (date is null || Separators().Replace(TimeOfDay().Replace(lead[date.Length..], ""), "").Length > 0)
            {
                return null;
            }

            fields.Add(new InfoField(InfoKind.Date, "", date));
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var label = Compact(matches[i].Groups["label"].Value);
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var value = ValueEdges().Replace(text[(matches[i].Index + matches[i].Length)..end], "");
            var kind = KindOfLabel[label];
            if (value.Length > MaxValueLength || (kind == InfoKind.Date && label is "时间" or "日期" && DateAtStart(value) is null))
            {
                return null;
            }

            fields.Add(new InfoField(kind, label, value));
        }

        return fields;
    }

    /// <summary>
    /// A line that names only the people of a byline, without colons (<c>记者 周立 通讯员 沈悦</c>):
    /// newspapers print it as part of the article.
    /// </summary>
    public static bool IsByline(string line, IReadOnlyList<InfoField> fields) =>
        fields.All(field => field.Kind == InfoKind.Role) && !line.Contains('：', StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal);

    /// <summary>The first date at the start of <paramref name="text"/> as written (2023-06-12, 2023年6月12日), without the time.</summary>
    public static string? DateAtStart(string text)
    {
        var match = Date().Match(text.TrimStart());
        return match.Success && match.Index == 0 ? match.Value : null;
    }

    /// <summary>The first date anywhere in <paramref name="text"/>, as written, and where it ends; null when there is none.</summary>
    public static (string Date, int End)? FindDate(string text)
    {
        var match = Date().Match(text);
        return match.Success ? (match.Value, match.Index + match.Length) : null;
    }

    /// <summary>The line without bracketed page controls (【字号：大 中 小】, [打印本页]) and lone control words.</summary>
    private static string WithoutControls(string line)
    {
        var tokens = HtmlBoilerplate.WithoutBracketedControls(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', tokens.Where(token => !HtmlBoilerplate.IsControlText(token))).Trim();
    }

    private static string Compact(string label) => label.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);

    [GeneratedRegex(@"[。！？!?]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\s|｜丨/／·•:：,，;；()（）\[\]【】-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[\s|｜丨/／·（）()\[\]]+|[\s|｜丨/／·（）()\[\]]+$")]
    private static partial Regex ValueEdges();

    [GeneratedRegex(@"^\s*\d{1,2}:\d{2}(:\d{2})?")]
    private static partial Regex TimeOfDay();

    // Longest labels first; a colon after any label, a space or slash after the roles of a byline.
    // A label starts the line or follows a separator or a digit (…10:12来源:, where the page set
    // the two apart with markup): the 记者 of 新华社记者 is part of a name.
    [GeneratedRegex(
        @"(?<=^|[\s|｜丨/／·•(（\[【,，;；)）\]】\d])(?<label>发\s?布\s?时\s?间|发\s?布\s?日\s?期|发表时间|发表日期|发稿时间|发文日期|公开日期|刊发时间|更新时间|更新日期|上传时间|录入时间|添加时间|修改时间|信息来源|文章来源|稿件来源|新闻来源|内容来源|发布机构|发布单位|发布部门|投稿部门|供稿单位|来\s?源|出\s?处|作\s?者|撰稿|撰文|供稿|责任编辑|责编|编\s?辑|审核|校对|终审|审校|监制|签发|浏览次数|浏览量|访问量|访问次数|阅读量|阅读次数|点击数|点击量|点击率|时\s?间|日\s?期|浏览|阅读|点击)\s*[：:]\s*"
        + @"|(?<=^|[\s|｜丨/／·•(（\[【,，;；)）\]】\d])(?<label>本报记者|特约记者|见习记者|记者|本报通讯员|通讯员|摄影)(\s*[：:/／]\s*|\s+)")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\d{4}\s*([-/.])\s*(0?[1-9]|1[0-2])\s*\1\s*(0?[1-9]|[12]\d|3[01])(?!\d)|\d{4}\s*年\s*(0?[1-9]|1[0-2])\s*月\s*(0?[1-9]|[12]\d|3[01])\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")]
    private static partial Regex Date();
}
