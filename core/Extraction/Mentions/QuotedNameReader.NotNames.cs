using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Mentions;

// Quoted words that name no programme though a cue verb or a programme noun stands near them:
// a place (推进“云雾山”景区建设), members' roles (发挥“四员”作用, 政策“宣讲员”), the people a
// scheme brings together (“民族委员+律师委员+家长”的“二帮一”机制), the subject of a consultation
// (开展“茶产业提质增效”等专题协商); and after a quoted list, the bare kind of thing is no name
// (“事前商、事中督”工作机制 is named 事前商、事中督, not 工作机制).
internal sealed partial class QuotedNameReader
{
    // Kinds of thing the list is only one of: 工作机制, 协商机制, 运行模式.
    private static readonly string[] GenericKinds = ["工作", "协商", "议事", "运行", "联系", "服务", "长效", "联动", "协作", "管理", "帮扶", "闭环"];

    // “云雾山”景区, “A”“B”等景区: a place's name before a kind of place (not a tour of such
    // places: “同心助企”园区行).
    [GeneratedRegex(@"^(?:等(?:[0-9一二两三四五六七八九十]+个)?)?(?:景区|景点|风景区|旅游区|度假区|园区|产业园|片区|街区|古镇|古城|公园|湿地)(?!行)")]
    private static partial Regex PlaceKind();

    // 五员, 四大员; 宣传员, 信息员, 网格员: a role of members or of people, not a programme (read
    // only where no noun after the quote says what it is: “走近委员”活动 titles an activity).
    [GeneratedRegex(@"^(?:[一二两三四五六七八九十]+大?员|[\u4e00-\u9fff]{1,4}员)$")]
    private static partial Regex MemberRole();

    // The people a scheme brings together: 委员, 律师委员, 社工, 家长 ….
    [GeneratedRegex(@"(?:委员|代表|党员|干部|教师|老师|学生|家长|专家|律师|医生|社工|志愿者|群众|居民|村民|职工|企业家|乡贤|员)$")]
    private static partial Regex Person();

    // …等全媒体协商, …专题协商, …协商: the quote is what is consulted on, unless a noun goes on
    // (协商平台, 协商议事室, 协商会 are read as heads before).
    [GeneratedRegex(@"^等?[\u4e00-\u9fff]{0,6}?协商(?![\u4e00-\u9fff])")]
    private static partial Regex ConsultedOn();

    // A subject to consult on names a change to bring about: …高质量发展, …转型升级, …提质增效.
    [GeneratedRegex(@"(?:发展|升级|转型|提升|振兴|保护|治理|融合|提质|增效|整治|改造|利用|修复|优化)$")]
    private static partial Regex Change();

    /// <summary>True when the quote (ending a list at <paramref name="listEnd"/>) names no programme by what it is or what follows it.</summary>
    private static bool NamesNoProgramme(string text, int listEnd, string name, QuoteHead? head) =>
        PlaceKind().IsMatch(text.AsSpan(listEnd, Math.Min(text.Length, listEnd + 8) - listEnd))
        || (head is null && MemberRole().IsMatch(name) && !name.EndsWith("委员", StringComparison.Ordinal))
        || IsParticipants(name)
        || (head is null && Change().IsMatch(name) && ConsultedOn().IsMatch(text.AsSpan(listEnd, Math.Min(text.Length, listEnd + 12) - listEnd)));

    // “民族委员+律师委员+社工+家长”: two or more parts, each a kind of person.
    private static bool IsParticipants(string name)
    {
        var parts = name.Split(['+', '＋'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => Person().IsMatch(p));
    }

    // 工作机制 after “事前商、事中督”: the head alone, or with a word that says only what kind of
    // mechanism it is, names nothing (the list before it does); 三色管理法 does.
    private static bool IsGenericKind(string named, string head)
    {
        var before = named.EndsWith(head, StringComparison.Ordinal) ? named[..^head.Length] : named;
        return before.Length == 0 || GenericKinds.Contains(before, StringComparer.Ordinal);
    }
}
