using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>A democratic party's own page, told by how often and in whose words it names the party.</summary>
internal sealed partial class ReportingBodyReader
{
    // The words a party's own pages call it and its people by, which no other body uses: 盟员, 盟市委, 我盟 (民盟);
    // 社市委, 我社, 社内 (九三学社; 社员 only where the party is named, a cooperative's members being 社员 too).
    private static readonly (string Party, string[] Words, string[] WhenNamed)[] OwnWords =
    [
        ("中国民主同盟", ["盟员", "盟市委", "盟县委", "盟区委", "盟省委", "盟州委", "我盟"], []),
        ("九三学社", ["社市委", "社县委", "社省委", "社州委", "我社", "社内"], ["社员"]),
    ];

    // 会员, 会市委, 我会: 民建's and 民进's alike (and other associations'), read only for the one of the two that is named.
    private static readonly string[] SharedOwnWords = ["会员", "会市委", "会县委", "会区委", "会省委", "我会"];

    private static readonly string[] SharingParties = ["中国民主建国会", "中国民主促进会"];

    // 市委会, 县委会: how several parties' pages call their own committee (市委会提交团体提案), read only when no other
    // party is named at all (a committee's session story names several parties' 市委会 once each).
    private static readonly string[] CommitteeOwnWords = ["市委会", "县委会", "区委会", "州委会", "省委会"];

    // A party named this often, or in its own words this often, with no other party named twice: the page is the party's.
    private const int NamedTimes = 3;
    private const int OwnWordTimes = 2;

    /// <summary>
    /// 民盟某市委紧扣…, 盟员委员认真履职…, 社市委在市政协全会上提交…: a text that names one democratic party again and
    /// again (three times or more), or speaks of it in its own words (盟员, 社市委, 我会; 市委会 when no other party is named:
    /// twice or more), or names it twice and once in its own words, and names no other party twice, is the party's own
    /// news, issued by its committee: of the place written with it (民盟某市委), else of the document's place. Null when no
    /// party speaks so, or the document has no place.
    /// </summary>
    internal (IssuingBody Body, TextSpan Span)? PartyVoice(DocumentText text, Place? home, IReadOnlyList<Place> context)
    {
        if (home is null || home.Level == PlaceLevel.Town)
        {
            return null;
        }

        if (text.Units.Any(u => GoesToCommitteesOffices().IsMatch(u.Text)))
        {
            // 民建某市委…来到市政协机关座谈: the party visiting the committee, the committee's story.
            return null;
        }

        var named = bodies.Parties.ToDictionary(p => p.Name, p => p.Aliases.Prepend(p.Name).Sum(w => Occurrences(text, w)));
        // Which party the shared words speak for: one named even only for its sector (民进界别的委员 … 我会主委).
        var mentioned = bodies.Parties.ToDictionary(p => p.Name, p => p.Aliases.Prepend(p.Name).Sum(w => Occurrences(text, w, sector: true)));
        foreach (var party in bodies.Parties)
        {
            var others = named.Where(n => n.Key != party.Name).Max(n => n.Value);
            if (others >= 2)
            {
                continue;
            }

            var own = OwnWords.Where(o => o.Party == party.Name)
                .Sum(o => o.Words.Sum(w => OwnOccurrences(text, w)) + (mentioned[party.Name] > 0 ? o.WhenNamed.Sum(w => OwnOccurrences(text, w)) : 0));
            if (SharingParties.Contains(party.Name) && mentioned[party.Name] > 0 && !SharingParties.Any(p => p != party.Name && mentioned[p] > 0))
            {
                own += SharedOwnWords.Sum(w => OwnOccurrences(text, w));
            }

            if (mentioned[party.Name] > 0 && mentioned.All(n => n.Key == party.Name || n.Value == 0))
            {
                own += CommitteeOwnWords.Sum(w => OwnOccurrences(text, w));
            }

            // Named twice and once in its own words (芜湖民建 … 民建有四篇 … 市委会工作重点) is as telling as three times.
            if (named[party.Name] < NamedTimes && own < OwnWordTimes && !(named[party.Name] >= 1 && own >= 1 && named[party.Name] + own >= NamedTimes))
            {
                continue;
            }

            // Its committee as written with a place (民盟某市委, 九三学社某 市委), else the document's place's.
            foreach (var unit in text.Units)
            {
                foreach (var written in party.Aliases.Prepend(party.Name))
                {
                    for (var at = unit.Text.IndexOf(written, StringComparison.Ordinal); at >= 0; at = unit.Text.IndexOf(written, at + 1, StringComparison.Ordinal))
                    {
                        // Not a committee above the document's place (民盟某省委 at a city branch's meeting: a guest).
                        if (PartyAt(unit.Text, at, home, context) is { Members: false } committee && committee.Body.Name.StartsWith(party.Name, StringComparison.Ordinal)
                            && committee.Body.Place is { } place && place.Level >= home.Level)
                        {
                            return (committee.Body, new TextSpan(unit, at, committee.End));
                        }
                    }
                }
            }

            var words = party.Aliases.Prepend(party.Name).Concat(OwnWords.Where(o => o.Party == party.Name).SelectMany(o => o.Words)).ToList();
            foreach (var unit in text.Units)
            {
                if (words.Select(w => (Word: w, At: At(unit, w))).Where(f => f.At >= 0).OrderBy(f => f.At).FirstOrDefault() is { Word: not null } found)
                {
                    return (new IssuingBody(party.Name + QualifiedName(home) + "委员会", "党派", home), new TextSpan(unit, found.At, found.At + found.Word.Length));
                }
            }
        }

        return null;
    }

    // How often a party's own word stands with its end on a word's end, its first character not the last of the
    // party's name (民盟市委, 九三学社市委: the party named, not 盟市委 or 社市委).
    private int OwnOccurrences(DocumentText text, string word) => !text.JoinedUnits.Contains(word, StringComparison.Ordinal) ? 0 :
        text.Units.Sum(unit => Standing(unit, word, own: true)
            .Count(at => !bodies.Parties.Any(p => p.Aliases.Prepend(p.Name).Any(n => at + 1 >= n.Length && string.CompareOrdinal(unit.Text, at + 1 - n.Length, n, 0, n.Length) == 0))));

    // Where a word stands in the unit as a word of its own (民建 not in 市民建言, 农民建房), or -1.
    private static int At(TextUnit unit, string word) => Standing(unit, word).DefaultIfEmpty(-1).First();

    // Every place the word stands in the unit as a word of its own. A party's own word of three characters or more
    // (盟市委, 市委会) needs its end on a boundary only: the segmenter splits 到盟市委 as 到盟 / 市委.
    private static IEnumerable<int> Standing(TextUnit unit, string word, bool own = false)
    {
        var ownWord = own && word.Length >= 3;
        for (var at = unit.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = unit.Text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if ((ownWord || unit.IsWordBoundary(at)) && unit.IsWordBoundary(at + word.Length))
            {
                yield return at;
            }
        }
    }

    [GeneratedRegex(@"(?:来到|走进|莅临|到访|赴)[^，。]{0,6}政协机关")]
    private static partial Regex GoesToCommitteesOffices();

    // How often the word stands as a word of its own; a party named for the committee's sector (民进界委员, 民盟界别) is
    // the committee's group, not the party speaking.
    // With sector set, those count too.
    private static int Occurrences(DocumentText text, string word, bool sector = false) => !text.JoinedUnits.Contains(word, StringComparison.Ordinal) ? 0 :
        text.Units.Sum(unit => Standing(unit, word, own: false).Count(at => sector || !(at + word.Length < unit.Text.Length && unit.Text[at + word.Length] == '界')));
}
