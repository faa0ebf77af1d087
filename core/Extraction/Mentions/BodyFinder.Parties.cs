using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Bodies of the democratic parties (民革, 民盟, 民建, 民进, 农工党, 致公党, 九三学社, 台盟): a party's
/// central, provincial, city or county committee or a branch of it (台盟中央, 致公党市委, 民盟江苏省委会,
/// 民盟白云区基层委员会), and the party itself where it stands alone (民革、民盟; 民进会员). They are read
/// before the party committees of the place, so the 市委 of 致公党市委 is not the CPC's, and a
/// 主委's role goes to the party's committee.
/// </summary>
/// <remarks>
/// A committee is named with the party's full name, the place's full name and 委员会 (致公党市委 in a
/// 镇江 text is 中国致公党镇江市委员会; the place named is taken, else the speaking committee's at the
/// level written), with the written form as an alias; a branch (基层委员会, 支部, 总支, 支社) keeps its
/// own word; the central committee is named as written (民盟中央). Kind 党派.
/// </remarks>
internal sealed partial class BodyFinder
{
    private const string PartyKind = "党派";

    // What follows a place to make a party's committee or branch (民盟镇江市委, 九三学社某某支社), longest first.
    private static readonly string[] PartyUnits = ["基层委员会", "基层委", "委员会", "总支部", "委会", "总支", "支部", "支社", "工委", "委"];

    // A committee named by its level alone (致公党市委, 民盟省委会): the level word and the place level it means.
    private static readonly (string Word, string Level)[] PartyLevels =
        [("自治区", "province"), ("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"), ("县", "county"), ("区", "county"), ("旗", "county")];

    // Words after a party's name that keep it the party's (民进会员, 民革党员张某, 民盟主委).
    private static readonly string[] PartyFollowers = ["会员", "党员", "社员", "盟员", "成员", "界", "主委", "副主委", "主席", "副主席"];

    private readonly PhraseIndex<DemocraticParty> _parties = new();

    private void FindPartyBodies(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (start, length, values) in _parties.LongestMatches(text))
        {
            var party = values[0];
            var end = start + length;
            var written = text[start..end];
            // 民进党 is another party than 民进; 为民建言: the short name inside other words.
            if (reading.IsTaken(start, end, Labels.Committee, Labels.Body) || (end < text.Length && text[end] == '党' && !written.EndsWith('党'))
                || (written.Length == 2 && start > 0 && PersonNames.IsHan(text[start - 1]) && !reading.Unit.IsWordBoundary(start) && !"、和与及".Contains(text[start - 1])))
            {
                continue;
            }

            if (PartyCommittee(reading, written, party.Name, end) is { } committee)
            {
                var mention = Add(reading, committee.Name, PartyKind, start, committee.End);
                mention.Aliases.Add(text[start..committee.End]);
                if (written != party.Name && committee.Name.StartsWith(party.Name, StringComparison.Ordinal))
                {
                    // 民盟某市委员会: the short name with the full place, as many write it.
                    mention.Aliases.Add(written + committee.Name[party.Name.Length..]);
                }
                if (committee.Place is { } place)
                {
                    mention.Properties["place"] = place.Id;
                }

                continue;
            }

            if (end >= text.Length || !PersonNames.IsHan(text[end]) || "、和与及".Contains(text[end])
                || PartyFollowers.Any(f => string.CompareOrdinal(text, end, f, 0, f.Length) == 0))
            {
                var mention = Add(reading, written, PartyKind, start, end);
                if (written != party.Name)
                {
                    mention.Aliases.Add(party.Name);
                }
            }
        }
    }

    // The committee or branch written after a party's name at `at`: 中央; a place and a unit; a level and 委. A committee
    // of a place is named with the party's full name (民盟某市委 and 中国民主同盟某市委员会: one body).
    private (string Name, int End, Place? Place)? PartyCommittee(UnitReading reading, string party, string fullName, int at)
    {
        var text = reading.Text;
        if (string.CompareOrdinal(text, at, "中央", 0, 2) == 0)
        {
            return (party + "中央", at + 2, null);
        }

        if (reading.Of(Labels.Place).FirstOrDefault(p => p.Start == at) is { } named && _gazetteer.Find((string)named.Properties["code"]) is { } namedPlace
            && PartyUnits.FirstOrDefault(u => string.CompareOrdinal(text, named.End, u, 0, u.Length) == 0) is { } unit)
        {
            return (fullName + QualifiedName(namedPlace) + CommitteeWord(unit), named.End + unit.Length, namedPlace);
        }

        foreach (var (word, level) in PartyLevels)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0
                || PartyUnits.FirstOrDefault(u => u.StartsWith('委') && string.CompareOrdinal(text, at + word.Length, u, 0, u.Length) == 0) is not { } levelUnit)
            {
                continue;
            }

            var end = at + word.Length + levelUnit.Length;
            var place = ContextPlace(reading, level);
            return (place is null ? text[(at - party.Length)..end] : fullName + QualifiedName(place) + CommitteeWord(levelUnit), end, place);
        }

        return null;
    }

    // 委, 委会 and 委员会 all name the committee (委员会), 基层委 the branch committee (基层委员会); a branch keeps its word.
    internal static string CommitteeWord(string unit) => unit switch
    {
        "委" or "委会" => "委员会",
        "基层委" => "基层委员会",
        _ => unit,
    };
}
