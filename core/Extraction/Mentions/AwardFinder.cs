using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Honours: quoted names after 获评, 荣获 … (or before a ranking list: “商靓榜”…榜单), and names
/// without marks after those verbs (获, 被授予, 被命名为, 入选 … 名单 too) that end in 案例, 奖, 称号,
/// 模范城, 文明城市 … (荣获2021年全省政协工作最佳创新案例第一名: the rank is kept apart), each item of
/// a list after the verb (获“五个一工程”奖、文华奖、梅花奖等) on its own. After 获得 or 入选 a quoted name is an honour only when it ends in an
/// honour word (入选“双高计划” is a programme), and a grade (评为“优秀”等次) is none; an honour with no
/// name of its own (荣获国家级大奖) is none either.
/// </summary>
/// <remarks>
/// The award goes (AWARDED) to the first initiative, committee or body of its clause before it;
/// else to the paragraph's last initiative (获评“…” after a sentence about “码”上议); else to the
/// committee speaking. Its year is the one in its name, else the unit's. Ids are <c>award:{name}</c>.
/// </remarks>
internal sealed partial class AwardFinder(AwardCues cues)
{
    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})")]
    private static partial Regex YearPattern();

    public void Find(UnitReading reading)
    {
        foreach (var quoted in reading.QuotedNames.Where(q => q.Role == QuoteRole.Award && !ModifiesNounAfter(reading.Text, q.End)))
        {
            Add(reading, quoted.Name, null, quoted.Start, quoted.End);
        }

        FindPlain(reading);
        FindKnown(reading);
    }

    // The known honours, longest first (a stable sort, made once rather than per unit).
    private readonly string[] _honoursLongestFirst = [.. (cues.Honours ?? []).OrderByDescending(h => h.Length)];

    // Honours known by name (优秀提案, 全国文明城市, 全国政协委员优秀履职奖) are honours wherever they
    // are named, after 表彰 and 评选 as after 荣获; the longest name wins (优秀履职奖 inside
    // 全国政协委员优秀履职奖 is no second honour).
    private void FindKnown(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var honour in _honoursLongestFirst)
        {
            for (var at = text.IndexOf(honour, StringComparison.Ordinal); at >= 0; at = text.IndexOf(honour, at + honour.Length, StringComparison.Ordinal))
            {
                // 擦亮“世界自然遗产”“国际湿地城市”两张名片: an honour held up as a city's calling card
                // describes the city; no honour is given here.
                if (reading.Unit.QuoteAt(at) is not { IsTitle: true } && !text.AsSpan(at, Math.Min(text.Length - at, honour.Length + 16)).Contains("名片", StringComparison.Ordinal))
                {
                    // 全国双拥模范城（县）: the divisions in brackets belong to the honour's name.
                    var divisions = DivisionsAfter(text, at + honour.Length);
                    Add(reading, honour + divisions, null, at, at + honour.Length + divisions.Length);
                }
            }
        }
    }

    private void FindPlain(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var verb in cues.Verbs.Concat(StrivingVerbs))
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var start = at + verb.Length;
                if (start >= text.Length || text[start] == '《' || NotConferring(text, at, verb))
                {
                    continue;
                }

                var (_, clauseEnd) = reading.Unit.ClauseAt(start);
                foreach (var (itemStart, itemEnd) in Items(text, start, clauseEnd))
                {
                    AddItem(reading, verb, itemStart, itemEnd);
                }
            }
        }
    }

    // One honour of the list after the verb: its rank kept apart (…奖一等奖), a count after it dropped
    // (国家科学技术奖20项), 名单 after 入选 left out; quoted names are read as quotes.
    private void AddItem(UnitReading reading, string verb, int start, int end)
    {
        var text = reading.Text;
        string? rank = null;
        foreach (var word in cues.RankWords)
        {
            var r = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
            if (r > start)
            {
                rank = word;
                end = r;
            }
        }

        var nameEnd = end - TrailingCount().Match(text[start..end]).Length;
        if (verb == "入选" && text.AsSpan(start, nameEnd - start).EndsWith("名单"))
        {
            nameEnd -= 2;
        }

        // 获得X奖的委员…: the honour ends at its honour word before 的.
        foreach (var suffix in cues.Suffixes)
        {
            var cut = text.IndexOf(suffix + "的", start, nameEnd - start, StringComparison.Ordinal);
            if (cut > start)
            {
                nameEnd = Math.Min(nameEnd, cut + suffix.Length);
                end = Math.Min(end, nameEnd);
            }
        }

        var raw = text[start..nameEnd];

        // 授予王涛等16位委员…奖: the recipients before the honour are not its name.
        if (Recipients().Match(raw) is { Success: true } recipients)
        {
            raw = raw[recipients.Length..];
        }

        var marked = false;
        var wholeQuote = false;
        if (QuotedOnly().Match(raw) is { Success: true } quoted)
        {
            wholeQuote = true;
            // “五个一工程”奖, “时代楷模”称号: the quoted name is the honour's, the word after it says so;
            // a scope before the quote (入选世界“最佳旅游乡村”) is who confers it, not its name.
            raw = quoted.Groups["q"].Value;
            marked = quoted.Groups["s"].Success;
        }

        // 我省首个制造业领域中国质量奖: what is said of the honour is not its name.
        foreach (var lead in new[] { "首个", "首届", "领域" })
        {
            var cut = raw.LastIndexOf(lead, StringComparison.Ordinal);
            if (cut >= 0 && raw.Length - cut - lead.Length >= 4)
            {
                raw = raw[(cut + lead.Length)..];
            }
        }

        var name = WithoutTitleWord(WithoutOutcome(NameOf(raw)), ref marked);
        var bare = name[..^DivisionsAtEnd().Match(name).Length];
        marked |= IsRanking(bare, verb, wholeQuote);
        if (name.Length < 3 || name.Length > 30 || !(marked || cues.Suffixes.Any(s => bare.EndsWith(s, StringComparison.Ordinal))) || IsGeneric(name)
            || (StrivingVerbs.Contains(verb) && !name.StartsWith("全国", StringComparison.Ordinal)))
        {
            return;
        }

        Add(reading, name, rank, start, end + (rank?.Length ?? 0));
    }

    // The items of a list of honours after a verb (获“五个一工程”奖、文华奖、梅花奖等20项大奖): split at 、,
    // the last up to 等; a single name runs to the clause's end.
    private static IEnumerable<(int Start, int End)> Items(string text, int start, int clauseEnd)
    {
        var closing = text.IndexOf('等', start, clauseEnd - start);
        var end = closing > start && text.IndexOf('、', start, closing - start) > 0 ? closing : clauseEnd;
        var itemStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k == end || text[k] == '、')
            {
                if (k > itemStart)
                {
                    yield return (itemStart, k);
                }

                itemStart = k + 1;
            }
        }
    }

    // 获 in 获批, 获得, 获评, 获悉 … or after 收, 查, 荣 (their own words or verbs) confers nothing here.
    private static bool NotConferring(string text, int at, string verb) =>
        verb == "获" && ((at + 1 < text.Length && "批得评悉取奖益利".Contains(text[at + 1], StringComparison.Ordinal))
            || (at > 0 && "收查捕俘斩荣缴".Contains(text[at - 1], StringComparison.Ordinal)));

    [GeneratedRegex(@"^[^，。；]*?等(?:[0-9]+|[一二两三四五六七八九十百]+)(?:位|名|个|件|人)(?:委员|同志|单位)?")]
    private static partial Regex Recipients();

    [GeneratedRegex("^(?:世界|全球|全国|全省|全市|国家|国际|年度)?“(?<q>[^”]{2,28})”(?<s>奖|称号)?$")]
    private static partial Regex QuotedOnly();

    [GeneratedRegex(@"(?:[0-9]+|[一二两三四五六七八九十]+)(?:余|多)?(?:项|个|次|人|部|件)$")]
    private static partial Regex TrailingCount();

    // An honour without a name of its own: levels and counts before a bare 奖 (国家级大奖, 多项省级奖项).
    private bool IsGeneric(string name)
    {
        var rest = name;
        for (var changed = true; changed;)
        {
            changed = false;
            rest = CountWord().Replace(rest, "");
            foreach (var level in cues.LevelWords.Where(l => rest.StartsWith(l, StringComparison.Ordinal)))
            {
                rest = rest[level.Length..];
                changed = true;
                break;
            }
        }

        return rest is "奖" or "奖项" or "荣誉" or "称号" or "荣誉称号" or "案例" or "典型" || name.EndsWith("评奖", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[0-9]+|[一二两三四五六七八九十]+)(?:项|个|次|类)")]
    private static partial Regex CountWord();

    private static void Add(UnitReading reading, string name, string? rank, int start, int end)
    {
        if (reading.IsTaken(start, end, Labels.Award))
        {
            return;
        }

        var mention = new Mention(Labels.Award, "award:" + name, name, reading.Unit, start, end);
        var yearMatch = YearPattern().Match(name);
        long? year = yearMatch.Success ? long.Parse(yearMatch.Value, System.Globalization.CultureInfo.InvariantCulture) : reading.Year;
        if (year is { } y)
        {
            mention.Properties["year"] = y;
        }

        if (rank is not null)
        {
            mention.Properties["rank"] = rank;
        }

        reading.Add(mention);

        var clause = reading.Unit.ClauseAt(start);
        var sentenceStart = 0;
        var recipient = reading.Mentions
            .Where(m => !m.Implied && m.Label is Labels.Initiative or Labels.Committee or Labels.Body && m.End <= start && m.Start >= sentenceStart)
            .Where(m => m.Start >= clause.Start || m.Label == Labels.Initiative)
            .OrderBy(m => m.Start >= clause.Start ? 0 : 1)
            .ThenBy(m => m.Start)
            .FirstOrDefault();
        var recipientId = recipient?.Id ?? reading.State.LastInitiativeInParagraph?.Id ?? reading.Speaker?.Id;
        if (recipientId is null)
        {
            return;
        }

        var fact = new RelationFact("AWARDED", recipientId, mention.Id, reading.Unit, start, end);
        if (year is { } awardYear)
        {
            fact.Properties["year"] = awardYear;
        }

        reading.Relate(fact);
    }
}
