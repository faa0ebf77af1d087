using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Initiatives: quoted names read as initiatives (<see cref="QuotedNameReader"/>), known
/// initiatives named without quotes, named studios (智汇三水工作室; 打造能好行、丝路情缘等8个…工作室),
/// lecture and forum series (第十三期民生论坛 → 民生论坛), later versions (“慧”提案系统 … 升级建成2.0版
/// → 慧提案系统2.0, VERSION_OF), and what they belong to (PART_OF: the last part of
/// “有事好商量—‘码’上议”, a system built on a platform: 在“数字政协”平台建立…“云履职”系统,
/// “党建+协商” in the “党建+” family).
/// </summary>
/// <remarks>
/// Ids are <c>initiative:{name}</c>. The committee or body named before the mention in its sentence,
/// else the committee speaking, runs it (RAN). A name read as an initiative anywhere in the
/// document is an initiative wherever else it is quoted (<see cref="FindAgain"/>).
/// </remarks>
internal sealed partial class InitiativeFinder(ExtractionVocabulary vocabulary)
{
    private static readonly string[] StudioHeads = ["工作室", "实验室"];
    private static readonly string[] GenericStudioNames = ["委员", "主题委员", "主题", "政协委员", "特色"];
    private static readonly string[] LaboratoryLevelWords = ["国家", "全国", "重点", "省", "创新", "建设", "争创", "组建"];
    private static readonly string[] LeadingScopeWords = ["各", "全", "该", "本", "新", "首", "试点", "县级", "市级", "省级", "区级"];

    [GeneratedRegex(@"(?:第[0-9一二三四五六七八九十百]+期|举办)(?!第)(?<name>[\u4e00-\u9fff]{2,6}?(?:论坛|讲坛|讲堂))")]
    private static partial Regex SeriesPattern();

    // A version is 2.0 or 3版, never a count (提质升级21个景区) nor a decimal amount (升级1.5万平方米).
    [GeneratedRegex(@"升级(?:建成|为|到|至)?(?<v>[0-9]+\.[0-9]+(?![0-9.]|万|亿|千|百|个|公里|平方|米|亩|户|处|家|人|元|吨|倍|%|％|项|所|座|条|间|次|件)|[0-9]+(?=版))版?")]
    private static partial Regex VersionPattern();

    public void Find(UnitReading reading)
    {
        foreach (var quoted in reading.QuotedNames.Where(q => q.Role == QuoteRole.Initiative))
        {
            if (!reading.IsTaken(quoted.Start, quoted.End, Labels.Initiative, Labels.Body, Labels.Regulation))
            {
                var mention = Add(reading, quoted.Name, quoted.Kind, quoted.Start, quoted.End, quoted.Umbrella);
                if (quoted.Compound is { } compound)
                {
                    mention.Aliases.Add(compound);
                }
            }
        }

        FindKnown(reading);
        FindStudios(reading);
        FindSeries(reading);
        FindVersion(reading);
        FindBuiltOn(reading);
    }

    /// <summary>
    /// After the whole document is read: quoted names that the rules could not tell, but that the
    /// document reads as initiatives elsewhere, are mentions of those initiatives.
    /// </summary>
    public static void FindAgain(IEnumerable<UnitReading> readings, DocumentFindings findings)
    {
        var names = findings.Mentions.Where(m => m.Label == Labels.Initiative && !m.Implied).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            var quotes = reading.Unit.Quotes.Where(q => !q.IsTitle).ToList();
            foreach (var quote in quotes)
            {
                var name = QuotedNameReader.Clean(quote.Inner(reading.Text));
                if (names.Contains(name) && !reading.IsTaken(quote.Open, quote.End))
                {
                    var mention = new Mention(Labels.Initiative, "initiative:" + name, name, reading.Unit, quote.Open, quote.End);
                    reading.Add(mention);
                }
            }

            // “民情一点通”“协商一件事”: names quoted side by side are of one kind, so the unread
            // neighbour of an initiative is one too; so is what an initiative becomes (“A”优化为“B”).
            for (var k = 0; k < quotes.Count; k++)
            {
                var quote = quotes[k];
                var name = QuotedNameReader.Clean(quote.Inner(reading.Text));
                if (name.Length is < 3 or > 12 || !name.All(IsHan) || reading.IsTaken(quote.Open, quote.End))
                {
                    continue;
                }

                var beside = (k > 0 && SideBySide(reading.Text, quotes[k - 1], quote) && reading.IsTaken(quotes[k - 1].Open, quotes[k - 1].End, Labels.Initiative))
                    || (k + 1 < quotes.Count && SideBySide(reading.Text, quote, quotes[k + 1]) && reading.IsTaken(quotes[k + 1].Open, quotes[k + 1].End, Labels.Initiative));
                if (beside || BecomesOrBecame(reading, quotes, k, name))
                {
                    reading.Add(new Mention(Labels.Initiative, "initiative:" + name, name, reading.Unit, quote.Open, quote.End));
                }
            }
        }
    }

    private static bool SideBySide(string text, QuotedSpan first, QuotedSpan second) =>
        second.Open >= first.End && text[first.End..second.Open] is "" or "、";

    private void FindKnown(UnitReading reading)
    {
        foreach (var (start, length, values) in vocabulary.Initiatives.Phrases.LongestMatches(reading.Text))
        {
            var end = start + length;
            if (reading.IsTaken(start, end, Labels.Initiative, Labels.Body, Labels.Regulation, Labels.Award) || InsideQuotedOtherName(reading, start, end))
            {
                continue;
            }

            var known = values[0];
            Add(reading, known.Name, known.Kind, start, end, known.PartOf);
        }
    }

    // A known name inside a longer quoted name that is not itself that initiative (a topic, an award).
    private static bool InsideQuotedOtherName(UnitReading reading, int start, int end) =>
        reading.Unit.QuoteAt(start) is { IsTitle: false } quote
        && (quote.InnerStart != start || quote.InnerEnd != end)
        && reading.QuotedNames.Any(q => q.Quote == quote && q.Role is QuoteRole.Topic or QuoteRole.Award or QuoteRole.ActivityName or QuoteRole.Slogan);

    // 智汇三水工作室 at the start of a clause; 打造A、B等N个…工作室.
    private void FindStudios(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (clauseStart, clauseEnd) in reading.Unit.Clauses)
        {
            foreach (var head in StudioHeads)
            {
                var at = text.IndexOf(head, clauseStart, clauseEnd - clauseStart, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var nameStart = AfterLeadingWords(reading, clauseStart, at);
                var nameLength = at - nameStart;
                var name = text[nameStart..at];
                if (nameLength is >= 2 and <= 6 && name.All(IsHan) && !IsGenericStudioName(name) && !StartsWithVerb(reading, nameStart)
                    && !(head == "实验室" && IsResearchLaboratory(reading, name, nameStart, at)))
                {
                    Add(reading, name + head, head, nameStart, at + head.Length, null);
                    continue;
                }

                // 打造能好行、丝路情缘等8个主题鲜明的委员工作室: the items before 等.
                var etc = text.LastIndexOf('等', at, at - clauseStart);
                if (etc < 0 || !Regex.IsMatch(text[(etc + 1)..at], @"^[0-9一二三四五六七八九十]+个"))
                {
                    continue;
                }

                var verb = vocabulary.Cues.QuotedNames.InitiativeVerbs.Select(v => (v, i: etc > clauseStart ? text.LastIndexOf(v, etc - 1, etc - clauseStart, StringComparison.Ordinal) : -1)).Where(x => x.i >= 0).OrderByDescending(x => x.i).FirstOrDefault();
                if (verb.v is null)
                {
                    continue;
                }

                var itemStart = verb.i + verb.v.Length;
                foreach (var item in Items(text, itemStart, etc))
                {
                    Add(reading, text[item.Start..item.End], head, item.Start, item.End, null);
                }
            }
        }
    }

    // 在/对/把/以委员工作室…, 各级委员工作室: prepositions, pronouns, adverbs and conjunctions that
    // open the clause are no part of a studio's name.
    private static int AfterLeadingWords(UnitReading reading, int start, int end)
    {
        var at = start;
        foreach (var token in reading.Unit.Tokens.Where(t => !t.IsInner && t.Start >= start && t.End <= end).OrderBy(t => t.Start))
        {
            if (token.Start != at || token.Tag.Length == 0 || !"prcdu".Contains(token.Tag[0], StringComparison.Ordinal))
            {
                break;
            }

            at = token.End;
        }

        return at;
    }

    // 委员工作室, 试点外委员工作室, 县级委员工作室: what kind of studio, not its name; a member's or
    // a sector's name before 委员 names one (张文有委员工作室, 文艺界别委员工作室).
    private static bool IsGenericStudioName(string name)
    {
        if (GenericStudioNames.Contains(name))
        {
            return true;
        }

        var member = name.EndsWith("政协委员", StringComparison.Ordinal) ? name[..^4] : name.EndsWith("委员", StringComparison.Ordinal) ? name[..^2] : null;
        return member is not null && (member.Length < 2 || LeadingScopeWords.Any(w => member.StartsWith(w, StringComparison.Ordinal)));
    }

    // 国家实验室, 省重点实验室, 广州实验室: a research laboratory of the state or of a place is a
    // body, not a studio a committee runs (新教育实验室).
    private static bool IsResearchLaboratory(UnitReading reading, string name, int start, int end) =>
        LaboratoryLevelWords.Any(w => name.Contains(w, StringComparison.Ordinal)) || reading.IsTaken(start, end, Labels.Place);

    private static IEnumerable<(int Start, int End)> Items(string text, int start, int end)
    {
        var s = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '、')
            {
                if (i - s is >= 2 and <= 6 && text[s..i].All(IsHan))
                {
                    yield return (s, i);
                }

                s = i + 1;
            }
        }
    }

    // 第十三期民生论坛, 举办政协民生论坛: a forum series is an initiative (民生论坛; a leading 政协 is dropped).
    private void FindSeries(UnitReading reading)
    {
        foreach (Match match in SeriesPattern().Matches(reading.Text))
        {
            var group = match.Groups["name"];
            var name = group.Value.StartsWith("政协", StringComparison.Ordinal) && group.Length > 4 ? group.Value[2..] : group.Value;
            if (!reading.IsTaken(group.Index, group.Index + group.Length, Labels.Initiative))
            {
                Add(reading, name, "系列", group.Index, group.Index + group.Length, null);
            }
        }
    }

    // 成功升级建成2.0版: a new version of the paragraph's last initiative.
    private void FindVersion(UnitReading reading)
    {
        var match = VersionPattern().Match(reading.Text);
        var basis = reading.Of(Labels.Initiative).LastOrDefault(m => m.End <= match.Index) ?? reading.State.LastInitiativeInParagraph;
        if (!match.Success || basis is null)
        {
            return;
        }

        var version = match.Groups["v"].Value;
        var start = match.Groups["v"].Index;
        var end = match.Index + match.Length;
        var mention = Add(reading, basis.Name + version, basis.Properties.GetValueOrDefault("kind") as string, start, end, null, isName: false);
        mention.Properties["version"] = version;
        reading.Relate(new RelationFact("VERSION_OF", mention.Id, basis.Id, reading.Unit, match.Index, end) { Properties = { ["version"] = version } });
    }

    // 在“数字政协”平台建立…“云履职”系统: the later initiative of the clause is part of the platform.
    private static void FindBuiltOn(UnitReading reading)
    {
        var text = reading.Text;
        var initiatives = reading.Of(Labels.Initiative).OrderBy(m => m.Start).ToList();
        for (var k = 0; k + 1 < initiatives.Count; k++)
        {
            var platform = initiatives[k];
            if (platform.Start == 0 || text[platform.Start - 1] != '在')
            {
                continue;
            }

            var clause = reading.Unit.ClauseAt(platform.Start);
            var part = initiatives.Skip(k + 1).FirstOrDefault(m => m.Start < clause.End && m.Id != platform.Id);
            if (part is not null)
            {
                reading.Relate(new RelationFact("PART_OF", part.Id, platform.Id, reading.Unit, platform.Start - 1, part.End));
            }
        }
    }

    private Mention Add(UnitReading reading, string name, string? kind, int start, int end, string? umbrella, bool isName = true)
    {
        var mention = new Mention(Labels.Initiative, "initiative:" + name, name, reading.Unit, start, end) { IsName = isName };
        if (kind is { Length: > 0 })
        {
            mention.Properties["kind"] = kind;
        }

        if (vocabulary.Initiatives.Find(name) is { } known)
        {
            mention.Aliases.AddRange(known.Aliases);
        }

        reading.Add(mention);
        reading.State.LastInitiativeInParagraph = mention;
        reading.State.FirstInitiativeInSection ??= mention;
        if (umbrella is not null && umbrella != name)
        {
            reading.Relate(new RelationFact("PART_OF", mention.Id, "initiative:" + umbrella, reading.Unit, start, end));
        }

        // The 党建+ family: “党建+协商” belongs to “党建+”.
        var plus = name.IndexOf('+');
        if (plus > 0 && plus < name.Length - 1)
        {
            var family = name[..(plus + 1)];
            if (reading.Findings.Has("initiative:" + family))
            {
                reading.Relate(new RelationFact("PART_OF", mention.Id, "initiative:" + family, reading.Unit, start, end));
            }
        }

        var runner = reading.LastBefore(start, Labels.Committee, Labels.Body);
        var runnerId = runner is not null && runner.Unit == reading.Unit ? runner.Id : reading.Speaker?.Id;
        if (runnerId is not null)
        {
            reading.Relate(new RelationFact("RAN", runnerId, mention.Id, reading.Unit, start, end));
        }

        return mention;
    }

    private static bool StartsWithVerb(UnitReading reading, int offset) =>
        reading.Unit.Tokens.FirstOrDefault(t => t.Start == offset) is { } token && token.Tag.StartsWith('v');

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
