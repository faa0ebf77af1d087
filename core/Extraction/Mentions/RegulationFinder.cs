using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Named rules: titles in 《…》 that end in a rule word (办法, 条例, 实施意见, 制度, 规则 …),
/// quoted “…”制度, and rules named without marks after a verb (修订市政协协商工作规则, 严格执行重大事项
/// 请示报告制度, 研究制定委员联系服务界别群众办法).
/// </summary>
/// <remarks>
/// A name without marks runs from the nearest verb of <c>adoptionVerbs</c> in its clause to the
/// rule word; it must be long enough (4 characters before 办法/规则…, 7 before 制度, so that
/// 联系制度 and 机关内部管理制度 stay generic), hold no generic word (各项, 等 …), and the rule word
/// must not continue (制度机制, 制度体系). A clause that is nothing but the rule's name also names it.
/// Verbs that carry a rule out (<c>applyingVerbs</c>: 推行, 实施, 研究 …) end the name's start too,
/// so 推行长期护理保险制度 names 长期护理保险制度; a name holding 的 or opening with a preposition is a
/// description, not a name.
/// The verb says whether the rule was adopted (修订, 制定, 出台, 建立 …: ADOPTED by the committee or
/// body named before it in the sentence, else the one speaking) or only applied (执行, 落实, 学习).
/// Ids are <c>regulation:{name}</c>.
/// </remarks>
internal sealed partial class RegulationFinder(RegulationCues cues)
{
    private static readonly string[] AdoptingVerbs = ["建立健全", "研究出台", "研究制定", "联合出台", "修订完善", "修订", "制定", "出台", "印发", "建立", "健全", "完善"];

    public void Find(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var title in reading.Unit.Quotes.Where(q => q.IsTitle))
        {
            var inner = title.Inner(text);
            var suffix = cues.TitleSuffixes.FirstOrDefault(s => inner.EndsWith(s, StringComparison.Ordinal));
            if (suffix is not null && inner.Length > suffix.Length)
            {
                Add(reading, inner, suffix, title.Open, title.End, VerbBefore(text, reading.Unit.ClauseAt(title.Open).Start, title.Open));
            }
        }

        foreach (var quoted in reading.QuotedNames.Where(q => q.Role == QuoteRole.Regulation))
        {
            Add(reading, quoted.Name, "制度", quoted.Start, quoted.End, quoted.Verb);
        }

        FindPlain(reading);
        FindLaws(reading);
        FindDecisions(reading);
    }

    private void FindPlain(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var suffix in cues.PlainSuffixes)
        {
            for (var at = text.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                if (reading.Unit.QuoteAt(at) is not null || reading.IsTaken(at, end, Labels.Regulation, Labels.Initiative)
                    || cues.NotAfterSuffix.Any(s => string.CompareOrdinal(text, end, s, 0, s.Length) == 0))
                {
                    continue;
                }

                var (clauseStart, clauseEnd) = reading.Unit.ClauseAt(at);
                var minimum = suffix == "制度" ? cues.MinimumPlainSystemNameLength : cues.MinimumPlainNameLength;
                var verb = VerbBefore(text, clauseStart, at, reading.Unit.Tokens);
                int nameStart;
                if (verb is { } v)
                {
                    nameStart = v.End;
                }
                else if (clauseEnd == end)
                {
                    // The clause is only the rule's name; a one-character verb before it is dropped.
                    nameStart = clauseStart;
                    if (reading.Unit.Tokens.FirstOrDefault(t => t.Start == clauseStart) is { Word.Length: 1, Tag: ['v', ..] })
                    {
                        nameStart++;
                    }

                }
                else
                {
                    continue;
                }

                // 认定标准、退出程序和办法: a rule word joined to the words before it is no name.
                if (at > 0 && text[at - 1] is '和' or '、' or '及')
                {
                    continue;
                }

                nameStart = LastRuleOfList(text, nameStart, at);
                var name = text[nameStart..end];
                if (at - nameStart < minimum || at - nameStart > 40 || cues.GenericWords.Any(g => name.Contains(g, StringComparison.Ordinal))
                    || !name.All(c => c is >= '\u4E00' and <= '\u9FFF' or '、') || IsDescription(name) || IsListOfPolicies(name[..^suffix.Length]))
                {
                    continue;
                }

                // 执行安全生产法规定: the provisions of a law are the law's; the law is the rule named.
                if (suffix == "规定" && text[at - 1] == '法')
                {
                    Add(reading, text[nameStart..at], "法", nameStart, at, verb?.Verb);
                    continue;
                }

                var details = WithDetailedRules(text, end);
                Add(reading, text[nameStart..(end + details)], suffix, nameStart, end + details, verb?.Verb);
            }
        }
    }

    // Where the words after the verb list several things before the rule word, the rule is the last
    // of them: rules each named with their own rule word (修订市政府工作规则、重大行政决策程序规定),
    // or a list, an insurance or a mechanism before it (建立准入清单和碳排放预算管理制度); what a scope
    // word such as 领域 opens (新兴领域知识产权保护制度) is said of the rule, not its name.
    private int LastRuleOfList(string text, int nameStart, int at)
    {
        for (var k = at - 1; k > nameStart; k--)
        {
            if (text[k] is not ('、' or '和' or '及'))
            {
                continue;
            }

            var part = text.AsSpan(nameStart, k - nameStart);
            foreach (var head in cues.PlainSuffixes.Concat(OtherThingHeads))
            {
                if (part.EndsWith(head, StringComparison.Ordinal) && at - (k + 1) >= cues.MinimumPlainNameLength)
                {
                    return LastRuleOfList(text, k + 1, at);
                }
            }
        }

        var scope = text.LastIndexOf("领域", at - 1, at - nameStart, StringComparison.Ordinal);
        return scope >= nameStart && at - (scope + 2) >= cues.MinimumPlainNameLength ? scope + 2 : nameStart;
    }

    // 中央八项规定及其实施细则: the rules with their own detailed rules are named together.
    private static int WithDetailedRules(string text, int end) =>
        string.CompareOrdinal(text, end, "及其实施细则", 0, 6) == 0 ? 6 : 0;

    // Heads of things that are not rules: a list before 和 ending in one of them is another thing.
    private static readonly string[] OtherThingHeads = ["清单", "名单", "目录", "保险", "机制", "体系", "政策", "标准"];

    // A rule named without marks is a name, not a description: no 的 in it (共建共治共享的社会治理制度,
    // 市场化的投融资办法) and no preposition opening it (以信用信息为基础的…, 对…的制度, 与…配套的…).
    private bool IsDescription(string name) =>
        name.Contains('的', StringComparison.Ordinal) || cues.NotOpeningName.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    // Short parts joined before one rule word are policies sharing it (育儿补贴、生育休假制度, 大病保险和
    // 医疗救助制度), not one rule; a rule whose name lists long parts keeps them (主席会议成员定期接待政协
    // 委员、党组成员定期走访民主党派制度).
    private static bool IsListOfPolicies(string name)
    {
        var parts = name.Split(['、', '和', '及'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.Any(p => p.Length <= 6);
    }

    // The verb nearest the rule word in its clause; a verb that carries a rule out (实施) not where it
    // touches the rule word (出台民营经济促进法实施办法: 实施办法 is the rule word).
    private (string Verb, int End)? VerbBefore(string text, int clauseStart, int at, IReadOnlyList<Token>? words = null)
    {
        // Where the words are known, a verb ends where a word ends (落实行政… holds no 实行).
        var ends = words?.Select(w => w.End).ToHashSet();
        (string Verb, int End)? best = null;
        foreach (var verb in cues.AdoptionVerbs.Concat(cues.ApplyingVerbs).Concat(["学习", "深入学习"]))
        {
            var found = text.LastIndexOf(verb, at - 1 < clauseStart ? clauseStart : at - 1, Math.Max(0, at - clauseStart), StringComparison.Ordinal);
            if (found >= clauseStart && found + verb.Length <= at && (!cues.ApplyingVerbs.Contains(verb) || found + verb.Length < at) && (ends is null || ends.Contains(found + verb.Length)) && (best is null || found + verb.Length > best.Value.End || (found + verb.Length == best.Value.End && verb.Length > best.Value.Verb.Length)))
            {
                best = (verb, found + verb.Length);
            }
        }

        return best;
    }

    private static void Add(UnitReading reading, string name, string kind, int start, int end, (string Verb, int End)? verb) =>
        Add(reading, name, kind, start, end, verb?.Verb);

    private static void Add(UnitReading reading, string name, string kind, int start, int end, string? verb)
    {
        if (reading.IsTaken(start, end, Labels.Regulation))
        {
            return;
        }

        var mention = new Mention(Labels.Regulation, "regulation:" + name, name, reading.Unit, start, end);
        mention.Properties["kind"] = kind;
        reading.Add(mention);
        if (verb is null || !AdoptingVerbs.Contains(verb))
        {
            return;
        }

        if (reading.Year is { } year)
        {
            mention.Properties["year"] = (long)year;
        }

        var adopters = reading.Mentions.Where(m => !m.Implied && m.Label is Labels.Committee or Labels.Body && m.End <= start && m.Unit == reading.Unit).ToList();
        var ids = adopters.Count > 0 ? Coordinated(adopters, reading.Text) : reading.Speaker is { } speaker ? [speaker.Id] : [];
        foreach (var id in ids)
        {
            var fact = new RelationFact("ADOPTED", id, mention.Id, reading.Unit, start, end);
            if (reading.Year is { } y)
            {
                fact.Properties["year"] = (long)y;
            }

            reading.Relate(fact);
        }
    }

    // The last adopter, with those listed right before it (区委办、政府办、政协办联合出台). A name
    // read twice (某县政协 inside 某县政协党组) is one adopter, its longest reading; two readings
    // that still overlap are no list.
    private static List<string> Coordinated(List<Mention> adopters, string text)
    {
        var ordered = adopters
            .Where(m => !adopters.Any(o => o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start))
            .OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        var result = new List<string> { ordered[^1].Id };
        for (var k = ordered.Count - 2; k >= 0; k--)
        {
            if (ordered[k].End > ordered[k + 1].Start)
            {
                break;
            }

            var gap = text[ordered[k].End..ordered[k + 1].Start];
            if (gap is not ("、" or "和" or "与" or ""))
            {
                break;
            }

            result.Insert(0, ordered[k].Id);
        }

        return result.Distinct().ToList();
    }
}
