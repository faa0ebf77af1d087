using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Organisations other than committees (graph-schema/bodies.json): media and central bodies by
/// their names (《人民政协报》, 新华社), local party and government bodies named relative to the
/// speaking committee's place (市委 in a 淮安 report is 中共淮安市委员会; 中共淮安市委 names it),
/// parts of a committee (提案委, 市政协党组, 盐城市政协办公室), media accounts
/// (“姜堰政协”微信公众号), and other titles of newspapers (《…报》, 《…杂志》).
/// </summary>
internal sealed partial class BodyFinder
{
    private readonly Gazetteer _gazetteer;
    private readonly PhraseIndex<FixedBody> _fixed = new();
    private readonly PhraseIndex<object> _relative = new();

    public BodyFinder(BodyVocabulary bodies, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var body in bodies.Fixed)
        {
            foreach (var name in body.Aliases.Prepend(body.Name))
            {
                _fixed.Add(name, body);
            }
        }

        foreach (var local in bodies.Local)
        {
            _relative.Add(local.Short, local);
        }

        foreach (var part in bodies.CommitteeParts)
        {
            foreach (var name in part.Aliases.Prepend(part.Short))
            {
                _relative.Add(name, part);
            }
        }

        foreach (var party in bodies.Parties)
        {
            foreach (var name in party.Aliases.Prepend(party.Name))
            {
                _parties.Add(name, party);
            }
        }
    }

    public void Find(UnitReading reading)
    {
        FindPartyBodies(reading);
        FindCongresses(reading);
        FindFixed(reading);
        FindRelative(reading);
        FindAccountsAndTitles(reading);
        FindOrganisations(reading);
    }

    private void FindFixed(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (start, length, values) in _fixed.LongestMatches(reading.Text))
        {
            var body = values[0];
            var end = start + length;
            if (body.OnlyInTitleMarks && !InTitleMarks(reading, start, end))
            {
                continue;
            }

            // 教育部门, 教育部署, 教育部分: a ministry's name inside a longer word.
            if (reading.IsTaken(start, end, Labels.Committee, Labels.Body) || (body.Name.EndsWith('部') && end < text.Length && text[end] is '门' or '署' or '分'))
            {
                continue;
            }

            var mention = Add(reading, body.Name, body.Kind, start, end);
            if (body.PartOfCommittee == "全国")
            {
                reading.Relate(new RelationFact("PART_OF", mention.Id, CommitteeIdentity.National.Id, reading.Unit, start, end));
            }
        }
    }

    private void FindRelative(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (start, length, values) in _relative.LongestMatches(text))
        {
            var end = start + length;
            if (reading.IsTaken(start, end, Labels.Committee, Labels.Body))
            {
                // 市政协党组: the committee mention ends where the part starts; other overlaps are parts of names.
                if (!(values[0] is CommitteePart && reading.Of(Labels.Committee).Any(c => c.End == start) && !reading.IsTaken(start, end, Labels.Body)))
                {
                    continue;
                }
            }

            switch (values[0])
            {
                case LocalBody local:
                    AddLocal(reading, local, start, end);
                    break;
                case CommitteePart part:
                    AddPart(reading, part, start, end);
                    break;
            }
        }
    }

    // 市委, 县政府 …: the place is named just before (中共淮安市委: 淮安市 then 委), or the speaker's.
    private void AddLocal(UnitReading reading, LocalBody local, int start, int end)
    {
        var text = reading.Text;
        Place? place = null;
        var mentionStart = start;
        // The place named just before, its suffix shared with the body's (四川省 + 省人民政府, 宁夏回族自治区 + 自治区党委).
        var named = reading.Of(Labels.Place).FirstOrDefault(p => p.Start < start
            && ((p.End > start && p.End - start <= 3 && p.Name.EndsWith(text[start..p.End], StringComparison.Ordinal)) || (p.End == start && p.Name.EndsWith(text[start]))));
        if (named is not null && _gazetteer.Find((string)named.Properties["code"]) is { } namedPlace)
        {
            place = namedPlace;
            mentionStart = named.Start;
            if (mentionStart >= 2 && string.CompareOrdinal(text, mentionStart - 2, "中共", 0, 2) == 0)
            {
                mentionStart -= 2;
            }
        }
        else if (!reading.Unit.IsWordBoundary(start) && !(start > 0 && text[start - 1] is '、' or '，' or '和' or '与' or '及' or '共'))
        {
            return;
        }
        else
        {
            place = ContextPlace(reading, local.Level);
        }

        if (place is null)
        {
            return;
        }

        var name = local.Pattern.Replace("{place}", QualifiedName(place), StringComparison.Ordinal);
        var mention = Add(reading, name, local.Kind, mentionStart, end);
        mention.Properties["place"] = place.Id;
        if (name.EndsWith("人大常委会", StringComparison.Ordinal))
        {
            mention.Aliases.Add(name[..^"人大常委会".Length] + "人民代表大会常务委员会");
        }
    }

    private void AddPart(UnitReading reading, CommitteePart part, int start, int end)
    {
        var text = reading.Text;
        var before = reading.Of(Labels.Committee).FirstOrDefault(c => c.End == start);
        CommitteeIdentity? committee = null;
        var mentionStart = start;
        if (before is not null)
        {
            committee = reading.Speaker?.Id == before.Id ? reading.Speaker : IdentityOf(before);
            mentionStart = before.Start;
        }
        else if (part.Short == "办公室")
        {
            return;
        }
        else if (start >= 2 && string.CompareOrdinal(text, start - 2, "政协", 0, 2) == 0)
        {
            committee = reading.Speaker;
            mentionStart = start - 2;
        }
        else if (reading.Unit.IsWordBoundary(start) || part.Kind == "专委会")
        {
            committee = reading.Speaker;
        }

        if (committee is null)
        {
            return;
        }

        var shortName = part.Aliases.Contains(text[start..end]) ? part.Short : text[start..end];
        var mention = Add(reading, committee.Name + shortName, part.Kind, mentionStart, end);
        reading.Relate(new RelationFact("PART_OF", mention.Id, committee.Id, reading.Unit, mentionStart, end));
    }

    // “姜堰政协”微信公众号, 淮安政协微信公众号, 《…报》.
    private static void FindAccountsAndTitles(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var marker in new[] { "微信公众号", "公众号" })
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                var end = at + marker.Length;
                if (reading.IsTaken(at, end, Labels.Body))
                {
                    continue;
                }

                var start = at;
                if (at > 0 && text[at - 1] == '”' && reading.Unit.QuoteAt(at - 1) is { } quote)
                {
                    start = quote.Open;
                }
                else if (reading.Of(Labels.Committee).FirstOrDefault(c => c.End == at) is { } committee)
                {
                    start = committee.Start;
                }

                if (start == at)
                {
                    continue;
                }

                var name = text[start..end].Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
                Add(reading, name, "媒体", start, end);
            }
        }

        foreach (var title in reading.Unit.Quotes.Where(q => q.IsTitle))
        {
            var inner = title.Inner(text);
            if (inner.Length is >= 2 and <= 12 && (inner.EndsWith('报') || inner.EndsWith("杂志", StringComparison.Ordinal))
                && !reading.IsTaken(title.InnerStart, title.InnerEnd, Labels.Body))
            {
                Add(reading, inner, "媒体", title.InnerStart, title.InnerEnd);
            }
        }
    }

    // A district is named with its city (泰州市姜堰区), as its bodies' official names are.
    private string QualifiedName(Place place) => QualifiedName(place, _gazetteer);

    /// <summary>A place's name as its bodies' official names hold it: a district with its city or municipality (泰州市姜堰区, 重庆市綦江区).</summary>
    public static string QualifiedName(Place place, Gazetteer gazetteer) =>
        place.Level == PlaceLevel.County && place.Name.EndsWith('区') && gazetteer.Parent(place) is { } city
            && (city.Level == PlaceLevel.City || (city.Level == PlaceLevel.Province && city.Name.EndsWith('市')))
            ? city.Name + place.Name
            : place.Name;

    private static Mention Add(UnitReading reading, string name, string kind, int start, int end)
    {
        var mention = new Mention(Labels.Body, "body:" + name, name, reading.Unit, start, end);
        mention.Properties["kind"] = kind;
        return reading.Add(mention);
    }

    private static bool InTitleMarks(UnitReading reading, int start, int end) =>
        reading.Unit.Quotes.Any(q => q.IsTitle && q.InnerStart == start && q.InnerEnd == end);

    private Place? ContextPlace(UnitReading reading, string level)
    {
        foreach (var basis in new[] { reading.Speaker?.Place, reading.Context.Issuer?.Place, reading.Context.IssuerPlace })
        {
            if (basis is not { } place)
            {
                continue;
            }

            var target = level switch
            {
                "province" => _gazetteer.AtLevel(place, PlaceLevel.Province),
                // 市委 in a municipality (上海, 重庆) is the municipality's; in a county-level city's
                // pages (赤壁市, 县级市) the city's own, not its prefecture's.
                "city" => (place.Level == PlaceLevel.County && place.Name.EndsWith('市') ? place : null)
                    ?? _gazetteer.AtLevel(place, PlaceLevel.City)
                    ?? (_gazetteer.AtLevel(place, PlaceLevel.Province) is { } m && m.Name.EndsWith('市') ? m : null),
                "own" => place.Level == PlaceLevel.Town ? _gazetteer.Parent(place) : place,
                _ => place.Level == PlaceLevel.County ? place : null,
            };
            if (target is not null)
            {
                return target;
            }
        }

        return null;
    }

    private CommitteeIdentity? IdentityOf(Mention committee) =>
        committee.Properties.TryGetValue("place", out var id) && _gazetteer.Find(((string)id)["place:".Length..]) is { } place
            ? CommitteeIdentity.Of(place, _gazetteer)
            : committee.Id == CommitteeIdentity.National.Id ? CommitteeIdentity.National : null;
}
