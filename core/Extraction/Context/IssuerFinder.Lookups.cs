using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>Where the issuer finder looks things up: a local committee near a national session, the committee
/// a title opens with, the word 政协 on its own, and a surface's place in the text.</summary>
internal sealed partial class IssuerFinder
{
    // A committee below the national one, named in the relative form (市政协, 区政协) in unit <paramref name="at"/> or the next, outside a list.
    private (CommitteeIdentity Committee, TextSpan Span)? LocalCommittee(IReadOnlyList<TextUnit> units, int at, Func<string, CommitteeIdentity?> resolve)
    {
        foreach (var unit in units.Skip(at).Take(2))
        {
            var match = committees.FindRelative(unit.Text, resolve).FirstOrDefault(m => m.Committee != CommitteeIdentity.National && !InList(unit.Text, m.Start, m.End));
            if (match is not null)
            {
                return (match.Committee, new TextSpan(unit, match.Start, match.End));
            }
        }

        return null;
    }

    // The committee a title opens with, when it is below the source's committee (its place within the source's); or
    // its subtitle after a dash (做强载体“矩阵”——清江浦区政协2025年工作综述 under 来源：淮安政协).
    private CommitteeMatch? TitleOpensWithLower(string title, CommitteeIdentity source, IReadOnlyList<Place> context)
    {
        if (OpensWithLower(title, source, context) is { } opening)
        {
            return opening;
        }

        // 【宜良县】政协宜良县…: past the column tag (the county's own name, or 【基层动态】) the site puts before the headline;
        // else the subtitle after ——.
        var tag = title.StartsWith('【') ? title.IndexOf('】') : -1;
        foreach (var after in (ReadOnlySpan<int>)[tag is > 1 and <= 10 ? tag + 1 : -1, title.IndexOf("——", StringComparison.Ordinal) is var dash and > 0 ? dash + 2 : -1])
        {
            if (after > 0 && OpensWithLower(title[after..], source, context) is { } rest)
            {
                return rest with { Start = rest.Start + after, End = rest.End + after };
            }
        }

        return null;
    }

    private CommitteeMatch? OpensWithLower(string title, CommitteeIdentity source, IReadOnlyList<Place> context) =>
        source.Place is { } above
            && committees.FindNamed(title, context).FirstOrDefault() is { Start: <= 1, Committee.Place: { } below } opening
            && below != above && gazetteer.Ancestors(below).Contains(above)
            && !HostsVisit().IsMatch(title[opening.End..])
            ? opening
            : null;

    // The first sentence of the body (past the source's line), after its date, opening with a committee below the source's.
    private (CommitteeIdentity Committee, TextSpan Span)? LeadOpensWithLower(DocumentText text, CommitteeIdentity source, IReadOnlyList<Place> context)
    {
        if (text.Units.FirstOrDefault(u => !u.IsHeading && !u.Text.Contains("来源", StringComparison.Ordinal)) is not { } lead)
        {
            return null;
        }

        // 冠县政协主席某某、副主席某某陪同市政协调研组…: the county hosting the source committee's visit, however many of
        // its people are named first.
        var trimmed = lead.Text.TrimStart();
        var from = lead.Text.Length - trimmed.Length + ReportingBodyReader.OpeningTime().Match(trimmed).Length;
        var (_, firstClauseEnd) = lead.ClauseAt(from);
        return OpensWithLower(lead.Text[from..], source, context) is { } lower && !HostsInClause().IsMatch(lead.Text[from..firstClauseEnd])
            ? (lower.Committee, new TextSpan(lead, from + lower.Start, from + lower.End))
            : null;
    }

    [GeneratedRegex("陪同|迎接|接待")]
    private static partial Regex HostsInClause();

    // 冠县政协(主席)陪同市政协调研组…, 冠县政协迎接…: the county hosts the source committee's own visit.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,6}?(?:陪同|迎接|接待)")]
    private static partial Regex HostsVisit();

    // Whether a headline or a sentence other than the source's own line names the place (its full name or a short one).
    private static bool NamesPlace(DocumentText text, IReadOnlyList<string> headlines, Place place, string source)
    {
        var names = place.ShortNames.Append(place.Name).Where(n => n.Length >= 2).ToList();
        return headlines.Any(h => names.Any(n => h.Contains(n, StringComparison.Ordinal)))
            || text.Units.Any(u => !u.Text.Contains(source, StringComparison.Ordinal) && !u.Text.Contains("来源", StringComparison.Ordinal)
                && names.Any(n => u.Text.Contains(n, StringComparison.Ordinal)));
    }

    // Whether the title or the first sentences name a committee of another place than the source's as the one acting
    // (陕西省政协召开…; not 某市政协研究室副主任某某应邀…, a guest's office).
    private bool OtherCommitteeInLead(DocumentText text, IReadOnlyList<string> headlines, CommitteeIdentity source, IReadOnlyList<Place> context) =>
        headlines.Take(1).Concat(text.Units.Take(10).Select(u => u.Text))
            .Any(t => committees.FindNamed(t, context).Exists(m => m.Committee != source && m.Committee != CommitteeIdentity.National
                && ActingVerbs.Any(v => string.CompareOrdinal(t, m.End, v, 0, v.Length) == 0) && !VisitsHere().IsMatch(t.AsSpan(m.End))));

    // 某市政协组织委员来我区考察, …莅临我县: a committee visiting the page's own (our district), which hosts it.
    [GeneratedRegex(@"^[^，。；！？]*?(?:(?:来|到|赴)我(?:省|市|区|县|州|盟|旗|乡|镇)|莅临)")]
    private static partial Regex VisitsHere();

    private static readonly string[] ActingVerbs = ["召开", "举行", "举办", "组织", "开展", "联合", "围绕", "专题"];

    // Where the text says 政协 on its own (政协委员, 政协组织), not 人民政协 or a paper (政协报).
    private static List<TextSpan> CppccWords(DocumentText text)
    {
        var found = new List<TextSpan>();
        foreach (var unit in text.Units)
        {
            for (var at = unit.Text.IndexOf("政协", StringComparison.Ordinal); at >= 0; at = unit.Text.IndexOf("政协", at + 2, StringComparison.Ordinal))
            {
                var people = at >= 2 && string.CompareOrdinal(unit.Text, at - 2, "人民", 0, 2) == 0;
                var paper = at + 2 < unit.Text.Length && unit.Text[at + 2] == '报';
                if (!people && !paper)
                {
                    found.Add(new TextSpan(unit, at, at + 2));
                }
            }
        }

        return found;
    }

    /// <summary>The first unit that holds <paramref name="surface"/> (spaces aside), as a span of it; null when none does.</summary>
    public static TextSpan? Locate(DocumentText text, string surface)
    {
        var wanted = new string(surface.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var unit in text.Units)
        {
            var at = unit.Text.IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new TextSpan(unit, at, at + wanted.Length);
            }
        }

        return null;
    }
}
