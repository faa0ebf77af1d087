using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// The bureau a head's title is held in, named right before the title and read as no body
/// (州农业农村局局长某甲, 民营经济服务局局长某乙, 省市场监管局登记注册局局长某丙); and the democratic party a party's
/// officer or member with no party named before the title belongs to (副主委某甲, 某乙等会员).
/// </summary>
internal sealed partial class PersonFinder
{
    // Titles a bureau's head or party leader holds.
    private static readonly HashSet<string> BureauHeadTitles = ["局长", "副局长", "党组书记", "党组副书记", "党委书记", "党委副书记"];

    // Longest a bureau's name may run before its head's title; a longer run is a swallowed clause.
    private const int MaxBureauName = 14;

    // The bureau ending in 局 right before the title at `at`: the name runs back over Han letters to a
    // mark, a list mark or a person, committee or body read; a place named in the run starts it (邀请延边州
    // …局: the verb before dropped), else a leading verb or preposition is dropped. A name opening with a
    // level's character and no place (州农业农村局, 县民政局) is the bureau of the text's place at that level,
    // the written name kept as an alias.
    private Mention? BureauBefore(UnitReading reading, string title, int at)
    {
        var text = reading.Text;
        if (!BureauHeadTitles.Contains(title) || at < 3 || text[at - 1] != '局')
        {
            return null;
        }

        var start = at - 1;
        while (start > 0 && PersonNames.IsHan(text[start - 1]) && !reading.EndsAt(start, Labels.Person, Labels.Committee, Labels.Body))
        {
            if (at - start >= MaxBureauName)
            {
                return null;
            }

            start--;
        }

        Mention? place = null;
        foreach (var m in reading.Mentions)
        {
            if (!m.Implied && m.Label == Labels.Place && m.Start >= start && m.End < at && (place is null || m.Start < place.Start))
            {
                place = m;
            }
        }

        if (place is not null)
        {
            start = place.Start;
        }
        else
        {
            foreach (var token in reading.Unit.Tokens)
            {
                if (token.Start == start && token.End < at - 1 && token.Tag is { Length: > 0 } tag && tag[0] is 'v' or 'p' or 'd' or 'c')
                {
                    start = token.End;
                }
            }
        }

        var written = text[start..at];
        if (written.Length < 3)
        {
            return null;
        }

        var name = written;
        if (place is null && "省市县区州旗盟".Contains(written[0]) && LevelPlace(reading, written[0]) is { } own)
        {
            name = BodyFinder.QualifiedName(own, gazetteer) + written[1..];
        }

        var body = new Mention(Labels.Body, "body:" + name, name, reading.Unit, start, at) { IsName = name == written };
        body.Properties["kind"] = "政府部门";
        if (name != written)
        {
            body.Aliases.Add(written);
        }

        return reading.Add(body);
    }

    // The text's place at the level a bureau's first character names (省, 市, 州, 县 …), or null.
    private Place? LevelPlace(UnitReading reading, char level)
    {
        if ((reading.Speaker?.Place ?? reading.Context.IssuerPlace) is not { } basis)
        {
            return null;
        }

        return level switch
        {
            '省' => gazetteer.AtLevel(basis, PlaceLevel.Province),
            '市' => (basis.Level == PlaceLevel.County && basis.Name.EndsWith('市') ? basis : null) ?? gazetteer.AtLevel(basis, PlaceLevel.City)
                ?? (gazetteer.AtLevel(basis, PlaceLevel.Province) is { } m && m.Name.EndsWith('市') ? m : null),
            '州' or '盟' => gazetteer.AtLevel(basis, PlaceLevel.City),
            _ => basis.Level == PlaceLevel.County && basis.Name.EndsWith(level) ? basis : null,
        };
    }

    // 民营经济服务局局长, 某某部部长: the unit's suffix doubled as the head's title opens (a body not read as one).
    private static bool HeadOfUnitNamedBefore(string text, int at) =>
        at >= 3 && text[at - 1] == text[at] && "局部院处厅馆社".Contains(text[at]) && PersonNames.IsHan(text[at - 2]);

    // The titles of a democratic party's officers.
    private static readonly HashSet<string> PartyTitles = new(StringComparer.Ordinal) { "主委", "副主委" };

    // The party a party's title or membership word at `start` is of: the party's committee read last before it in the
    // unit, else the party whose page it is; or null.
    private static string? PartyOf(UnitReading reading, int start) =>
        PartyBefore(reading, start) ?? (reading.Context.IssuerBody is { Kind: "党派" } party ? party.Id : null);

    // The democratic party's committee read last before `start` in the unit, or null.
    private static string? PartyBefore(UnitReading reading, int start)
    {
        Mention? last = null;
        var mentions = reading.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.Implied && m.Label == Labels.Body && m.End <= start && m.Properties.GetValueOrDefault("kind") is "党派" && (last is null || m.End > last.End))
            {
                last = m;
            }
        }

        return last?.Id;
    }
}
