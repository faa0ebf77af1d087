using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// What part a committee named in a sentence plays there, so that the issuer is not taken from one
/// named in passing: a list of committees (全国政协、省政协、市政协), a guest's title (市政协副主席某某),
/// the offices a visiting group goes into (调研组走进某区政协机关), a national session watched.
/// </summary>
internal static partial class CommitteeMentionRoles
{
    private static readonly string[] CommitteeTitles = ["主席", "副主席", "秘书长", "副秘书长", "党组书记", "党组副书记", "党组成员", "常委"];

    internal static bool TitleAfter(string text, int end) =>
        CommitteeTitles.Any(t => string.CompareOrdinal(text, end, t, 0, t.Length) == 0);

    [GeneratedRegex(@"^第?[一二三四五六七八九十]{1,3}次(?:全体)?会议")]
    internal static partial Regex NationalSession();

    [GeneratedRegex(@"(?<![省市县区州旗盟国])政协[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次会议")]
    internal static partial Regex BareSession();

    // 全市政协系统, 全省各级政协, 全县政协工作会议: every committee of a level's area, as one system the
    // committee of that level leads (the level, in the group "level").
    [GeneratedRegex(@"全(?<level>[省市县区州旗盟])(?:各级|两级|三级)?政协(?!委员)")]
    internal static partial Regex SystemWide();

    private static readonly string[] VisitVerbs = ["走进", "来到", "前往", "深入", "赴", "到"];

    // 得到, 受到, 送到, 报到 …: 到 ending another verb, not going.
    private const string NotGoing = "得受达感看想听遇做提收拿等直找见学办送报";

    // 深入所联系的某县政协: the tie between a visit verb and the committee it goes to.
    private static readonly string[] Ties = ["所联系的", "所联系", "联系的"];

    // Where the visit verb ending right before <paramref name="start"/> starts (走进, 赴, 深入所联系的 …), or -1.
    private static int VisitVerbStart(string text, int start)
    {
        var tie = Ties.FirstOrDefault(t => start >= t.Length && string.CompareOrdinal(text, start - t.Length, t, 0, t.Length) == 0);
        var end = start - (tie?.Length ?? 0);
        var verb = VisitVerbs.FirstOrDefault(v => end >= v.Length && string.CompareOrdinal(text, end - v.Length, v, 0, v.Length) == 0);
        return verb is null || verb == "到" && end >= 2 && NotGoing.Contains(text[end - 2]) ? -1 : end - verb.Length;
    }

    // 走进某某区政协机关, 来到县政协机关, 赴温州市政协学习, 深入所联系的永顺县政协: a committee named as where a group
    // goes (its offices), not before a title of its own (前往某县政协主席家中 is no form of the genre).
    internal static bool VisitedOffices(string text, int start, int end) =>
        VisitVerbStart(text, start) >= 0 && (string.CompareOrdinal(text, end, "机关", 0, 2) == 0 || !TitleAfter(text, end));

    private static readonly string[] VisitingGroups = ["政协", "委员会", "调研组", "考察组", "视察组", "督查组", "一行"];

    // True when the clause before the visit verb that ends right before <paramref name="start"/> is a committee or a
    // visiting group (市政协调研组, 某某一行), or names no one (the group of the sentence before).
    internal static bool VisitedByGroup(string text, int start)
    {
        var clauseEnd = VisitVerbStart(text, start);
        var clauseStart = text.AsSpan(0, clauseEnd).LastIndexOfAny("，。；！？：".AsSpan()) + 1;
        var subject = text[clauseStart..clauseEnd].Trim();
        return subject.Length == 0 || VisitingGroups.Any(g => subject.Contains(g, StringComparison.Ordinal));
    }

    // 十三届四次会议, 第三次全体会议, 常委会议: a committee's session or meeting right after its name.
    [GeneratedRegex(@"^(?:第?[一二三四五六七八九十]{1,3}届)?(?:第?[一二三四五六七八九十]{1,3}次)?(?:全体|常委|主席)?会议")]
    private static partial Regex SessionAfter();

    // 在青海省政协十三届四次会议新闻发布会上，: a committee named for the session a clause opening with 在 and
    // closing with 上 (or 期间) is held at; the index after that clause's comma, or -1.
    internal static int VenueClauseEnd(string text, int start, int end)
    {
        if (!SessionAfter().IsMatch(text.AsSpan(end).ToString()))
        {
            return -1;
        }

        var clauseStart = text.AsSpan(0, start).LastIndexOfAny("，。；！？：".AsSpan()) + 1;
        var opening = text.AsSpan(clauseStart, start - clauseStart);
        var comma = text.IndexOf('，', end);
        var stop = text.IndexOfAny(['。', '；', '！', '？'], end);
        if (!opening.Contains('在') || comma < 0 || stop >= 0 && stop < comma)
        {
            return -1;
        }

        var closing = text.AsSpan(end, comma - end);
        return closing.EndsWith("上", StringComparison.Ordinal) || closing.EndsWith("期间", StringComparison.Ordinal) ? comma + 1 : -1;
    }

    private static readonly string[] Seats = ["委员、", "常委、"];

    // 全国政协委员、泾县政协主席某某, 省政协常委、市政协副主席: a seat a person holds, before the committee (named
    // later among the same person's titles) whose office they hold and whose story it is.
    internal static bool SeatBeforeOffice(string text, int end)
    {
        if (!Seats.Any(s => string.CompareOrdinal(text, end, s, 0, s.Length) == 0))
        {
            return false;
        }

        var rest = text.AsSpan(end + 3);
        var clause = rest[..(rest.IndexOfAny("，。；！？：") is var stop and >= 0 ? stop : rest.Length)];
        return clause.IndexOf("政协", StringComparison.Ordinal) is var at and >= 0 && TitleAfter(clause.ToString(), at + 2);
    }

    /// <summary>True when the mention at <paramref name="start"/> follows a source label (来源：, 信息来源:).</summary>
    internal static bool AfterSourceLabel(string text, int start) =>
        SourceLabelBefore().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"(?:来源|稿源)\s*[：:]\s*$")]
    private static partial Regex SourceLabelBefore();

    /// <summary>True when the mention names who runs the site (a masthead line 中国人民政治协商会议某市委员会主办, 主办：政协某市委员会):
    /// a provincial committee's site carries its counties' stories too.</summary>
    internal static bool SiteOwner(string text, int start, int end) =>
        OwnerLabelBefore().IsMatch(text.AsSpan(0, start)) || OwnerAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"主办(?:单位)?\s*[：:]\s*$")]
    private static partial Regex OwnerLabelBefore();

    // 某委员会主办 ending the line, or before the page's breadcrumb joined to it (not 主办的, 主办，: a committee holding an event).
    [GeneratedRegex(@"^\s*主办\s*(?:$|[|｜]|首页)")]
    private static partial Regex OwnerAfter();

    /// <summary>True when the mention at <paramref name="start"/> stands inside the title of rules (《…条例》, 《…章程》),
    /// which committees of every level cite; a committee's own guidance or notice (《政协某省委员会关于…的意见》) may be the story's.</summary>
    internal static bool InRulesTitle(string text, int start)
    {
        var open = text.LastIndexOf('《', Math.Max(0, start - 1));
        var close = text.IndexOf('》', start);
        if (open < 0 || close < 0 || text.LastIndexOf('》', Math.Max(0, start - 1)) > open)
        {
            return false;
        }

        var title = text[(open + 1)..close];
        return Rules.Any(r => title.EndsWith(r, StringComparison.Ordinal));
    }

    private static readonly string[] Rules = ["条例", "章程", "规则", "办法", "细则", "规定"];

    internal static bool InList(string text, int start, int end) =>
        (start > 0 && text[start - 1] == '、') || (end < text.Length && text[end] == '、') || text.AsSpan(start, end - start).Contains('、');

    private static readonly string[] CommitteeEndings = ["政协", "委员会", "委员", "机关"];

    // 在沪全国政协委员召集人、市政协主席某某: one person's titles in a row (a title, then a committee and its
    // title), not committees in a list (全国政协、省政协委员, 省政协、市政协主席), nor several people's titles
    // (市委书记王某某、市长李某某、市政协主席张某某: the item before the mark ends with a name, not a title).
    internal static bool TitlesOfOne(string text, int start, int end) =>
        start > 0 && text[start - 1] == '、' && TitleAfter(text, end) && (end >= text.Length || text[end] != '、')
        && !text.AsSpan(start, end - start).Contains('、')
        && !CommitteeEndings.Any(e => text.AsSpan(0, start - 1).EndsWith(e, StringComparison.Ordinal))
        && HeldTitles.Any(t => text.AsSpan(0, start - 1).EndsWith(t, StringComparison.Ordinal));

    // Titles that one person holds beside a committee's (召集人、市政协主席; 组长、市政协副主席).
    private static readonly string[] HeldTitles = ["召集人", "负责人", "组长", "团长", "主任", "会长", "书记", "主席", "委员", "代表", "董事长", "总经理", "院长", "校长"];
}
