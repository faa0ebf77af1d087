using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Rules named without marks that are not read from a rule word: laws by their short name
/// (贯彻落实民营经济促进法, 依照宪法和法律) and decisions and opinions of the State Council or a Party
/// or government body written out whole (落实国务院关于支持某省…的意见).
/// </summary>
/// <remarks>
/// A law's short name ends in a law head (促进法, 保护法, 安全法 … or 法典) and runs back to the verb
/// that carries it out (贯彻, 落实, 执行, 遵守, 依照 …) in its clause; without that verb 法 is as
/// likely a method or a practice, so nothing is named. A law name followed by 实施 is the subject of
/// its implementing rule (民营经济促进法实施办法), which the rule words already name. 宪法 stands
/// alone, except where it names an occasion (宪法日, 宪法宣传周).
/// </remarks>
internal sealed partial class RegulationFinder
{
    private static readonly string[] LawHeads =
        ["权益保障法", "促进法", "保护法", "保障法", "安全法", "防治法", "管理法", "监督法", "组织法", "监察法", "救助法", "治理法", "法典"];

    private static readonly string[] LawVerbs =
        ["贯彻落实", "深入贯彻", "认真贯彻", "贯彻", "落实", "实施", "施行", "执行", "遵守", "依照", "依据", "学习宣传", "宣传", "修订", "修改", "制定", "出台", "颁布"];

    private void FindLaws(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var head in LawHeads)
        {
            for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var end = at + head.Length;
                if (reading.Unit.QuoteAt(at) is not null || reading.IsTaken(at, end, Labels.Regulation)
                    || string.CompareOrdinal(text, end, "实施", 0, 2) == 0 || ContinuesPastLaw(text, end))
                {
                    continue;
                }

                var clauseStart = reading.Unit.ClauseAt(at).Start;
                var verb = LawVerbBefore(text, clauseStart, at);
                if (verb is not { } v)
                {
                    continue;
                }

                // 依照宪法和民法典: two laws after one verb; the name starts after the last joining word.
                var nameStart = Math.Max(v.End, text.LastIndexOfAny(['和', '、', '及'], at - 1, at - v.End) + 1);
                var name = text[nameStart..end];
                if (name.Length < head.Length + (head == "法典" ? 1 : 2) || name.Length > 16 || !name.All(c => c is >= '\u4E00' and <= '\u9FFF')
                    || IsDescription(name) || cues.GenericWords.Any(g => name.Contains(g, StringComparison.Ordinal)))
                {
                    continue;
                }

                Add(reading, name, "法", nameStart, end, v.Verb);
            }
        }

        for (var at = text.IndexOf("宪法", StringComparison.Ordinal); at >= 0; at = text.IndexOf("宪法", at + 2, StringComparison.Ordinal))
        {
            var occasion = at + 2 < text.Length && (text[at + 2] is '日' or '周' || string.CompareOrdinal(text, at + 2, "宣传", 0, 2) == 0);
            if (!occasion && reading.Unit.QuoteAt(at) is null)
            {
                Add(reading, "宪法", "法", at, at + 2, (string?)null);
            }
        }
    }

    // 法治, 法规, 法律, 法则, 法学, 法院, 法人, 法官, 法庭: the head's 法 begins another word
    // (生态环境保护法治建设, 网络安全法律法规), so no law ends there.
    private static bool ContinuesPastLaw(string text, int end) =>
        end < text.Length && "治规律则学院人官庭".Contains(text[end], StringComparison.Ordinal)
            && !(text[end] == '规' && string.CompareOrdinal(text, end, "规定", 0, 2) == 0);

    // The verb nearest the law's name in its clause, with the name starting where it ends.
    private static (string Verb, int End)? LawVerbBefore(string text, int clauseStart, int at)
    {
        (string Verb, int End)? best = null;
        foreach (var verb in LawVerbs)
        {
            var found = at - 1 < clauseStart ? -1 : text.LastIndexOf(verb, at - 1, at - clauseStart, StringComparison.Ordinal);
            if (found >= clauseStart && found + verb.Length <= at && (best is null || found + verb.Length > best.Value.End))
            {
                best = (verb, found + verb.Length);
            }
        }

        return best;
    }

    // A decision, opinion or set of measures written out without marks, named by who issued it.
    private void FindDecisions(UnitReading reading)
    {
        var text = reading.Text;
        foreach (Match match in DecisionPattern().Matches(text))
        {
            if (reading.Unit.QuoteAt(match.Index) is null && !reading.IsTaken(match.Index, match.Index + match.Length, Labels.Regulation))
            {
                var kind = match.Groups["k"].Value;
                Add(reading, match.Value, kind, match.Index, match.Index + match.Length, VerbBefore(text, reading.Unit.ClauseAt(match.Index).Start, match.Index));
            }
        }
    }

    [GeneratedRegex(@"(?:中共中央、国务院|中共中央办公厅、国务院办公厅|中共中央|国务院|国务院办公厅|中央办公厅)关于(?:(?!的)[\u4E00-\u9FFF、“”]){4,40}的(?:指导|实施|若干)?(?<k>意见|决定|通知|措施)")]
    private static partial Regex DecisionPattern();
}
