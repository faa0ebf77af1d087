using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Honours: quoted names after 获评, 荣获 … (or before a ranking list: “商靓榜”…榜单), and names
/// without marks after those verbs that end in 案例, 奖, 称号 … (荣获2021年全省政协工作最佳创新案例第一名:
/// the rank is kept apart). After 获得 or 入选 a quoted name is an honour only when it ends in an
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
        foreach (var quoted in reading.QuotedNames.Where(q => q.Role == QuoteRole.Award))
        {
            Add(reading, quoted.Name, null, quoted.Start, quoted.End);
        }

        FindPlain(reading);
    }

    private void FindPlain(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var verb in cues.Verbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var start = at + verb.Length;
                if (start >= text.Length || text[start] is '“' or '《' || reading.IsTaken(start, start + 1, Labels.Award))
                {
                    continue;
                }

                var (_, clauseEnd) = reading.Unit.ClauseAt(start);
                var end = clauseEnd;
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

                var name = text[start..end];
                if (name.Length < 4 || name.Length > 30 || !cues.Suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) || IsGeneric(name))
                {
                    continue;
                }

                Add(reading, name, rank, start, end + (rank?.Length ?? 0));
            }
        }
    }

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

        return rest is "奖" or "奖项" or "荣誉" or "称号" or "荣誉称号" or "案例" or "典型";
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
