using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Text;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A visit told by its host: 某某政协副主席某某一行来我区调研，区政协主席某某陪同. The host's committee,
/// written without its place (区政协, 县政协) among those who walk with the visitor, speaks in its own
/// voice: the page is the host's (its site or bulletin), and the host is the issuer. A news site,
/// a portal or a paper says so by a source line (来源：某县融媒体中心), a dateline (某某新闻网讯) or a
/// closing credit, and there the visitor stays the issuer (set 10's convention).
/// </summary>
internal sealed partial class IssuerFinder
{
    // 一行来我区, 一行4人莅临我县, 调研组来青调研, 考察团到我市, 带队来我区: a group arriving where the page is written.
    // 到 and 来到 say so only before 我 or 本 (到我县); 一行到某县调研 and 一行来到某县 are told from anywhere,
    // the visitor's own page as well.
    [GeneratedRegex(@"(?:一行(?:[0-9一二三四五六七八九十]+人)?|调研组|考察组|考察团|视察组|督导组|带队|率队)(?:专程)?(?:(?:来到|到)(?=[我本])|来(?!到)|莅临)")]
    private static partial Regex Arrival();

    // 某某在线消息: a news site's dateline (its 讯 and 电 forms: <see cref="Datelines"/>).
    [GeneratedRegex(@"^\S{2,10}?消息")]
    private static partial Regex NewsDateline();

    // The lead: a page's chrome line, the sentence of the arrival and the one of the hosts.
    private const int LeadUnits = 3;

    // The host's committee of a visit told by its host, with where it is named; null when the lead
    // tells no such visit, or when a source, dateline or credit gives the page to a medium.
    private (CommitteeIdentity Committee, TextSpan Span)? VisitHost(DocumentText text, string? source, string? credit,
        IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve)
    {
        if (source is not null || credit is not null)
        {
            return null;
        }

        var lead = text.Units.Where(u => !u.IsHeading).Take(LeadUnits).ToList();
        if (lead.Exists(u => NewsDateline().IsMatch(u.Text) || Datelines.Dateline().IsMatch(u.Text)))
        {
            return null;
        }

        for (var i = 0; i < lead.Count; i++)
        {
            var arrival = Arrival().Match(lead[i].Text);
            if (!arrival.Success)
            {
                continue;
            }

            var visitor = Visitor(lead[i].Text, arrival.Index, context, resolve);
            // The host walks with the visitor in the arrival's sentence or the next.
            foreach (var unit in lead.Skip(i).Take(2))
            {
                var from = unit == lead[i] ? arrival.Index + arrival.Length : 0;
                var accompanying = unit.Text.IndexOf("陪同", from, StringComparison.Ordinal);
                if (accompanying < 0)
                {
                    continue;
                }

                var clauseStart = unit.Text.AsSpan(0, accompanying).LastIndexOfAny("。；！？".AsSpan()) + 1;
                var levelAt = RelativeHost(unit.Text, Math.Max(from, clauseStart), accompanying);
                if (levelAt is not { } at)
                {
                    continue;
                }

                var level = unit.Text[at - 1].ToString();
                // 区政协主席某某一行来到某社区，区政协副主席某某陪同: the committee on its own tour, no visit.
                if (visitor is { Named: false } && visitor.Value.Committee.Level == resolve(level)?.Level)
                {
                    return null;
                }

                // 东营市垦利区政协副主席某某一行来我区 in a story whose place was read as the visitor's: the
                // host is the district of the other place the text names.
                var host = resolve(level);
                if (host is null || host == visitor?.Committee)
                {
                    host = OtherPlaceOfLevel(text, context, level, visitor?.Committee);
                }

                return host is null || host == visitor?.Committee ? null : (host, new TextSpan(unit, at - 1, at + 2));
            }
        }

        return null;
    }

    // Where 政协 stands in the first committee written without its place and followed by a title
    // (区政协主席, 县政协副主席) between from and to, outside a named one (东营市垦利区政协); null when none.
    private int? RelativeHost(string text, int from, int to)
    {
        var named = committees.FindNamed(text, []);
        for (var at = text.IndexOf("政协", from, StringComparison.Ordinal); at >= 0 && at < to; at = text.IndexOf("政协", at + 2, StringComparison.Ordinal))
        {
            if (at < 1 || "区县市州旗盟".IndexOf(text[at - 1]) < 0 || !TitleAfter(text, at + 2))
            {
                continue;
            }

            // 县政协 alone, not the tail of a place (某某县政协) the committee finder reads as named.
            var prefixed = at >= 2 && CjkChars.IsIdeograph(text[at - 2]) && !"及和与同".Contains(text[at - 2]);
            if (!prefixed && !named.Exists(m => m.Start <= at && at < m.End))
            {
                return at;
            }
        }

        return null;
    }

    // The committee of the clause before the arrival (东营市垦利区政协副主席某某一行), named or relative; null when a
    // group that is no committee arrives (a newspaper's bureau).
    private (CommitteeIdentity Committee, bool Named)? Visitor(string text, int arrival, IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve)
    {
        var clauseStart = text.AsSpan(0, arrival).LastIndexOfAny("，。；！？".AsSpan()) + 1;
        var clause = text[clauseStart..arrival];
        if (committees.FindNamed(clause, context).LastOrDefault() is { } named)
        {
            return (named.Committee, true);
        }

        return committees.FindRelative(clause, resolve).LastOrDefault() is { } relative ? (relative.Committee, false) : null;
    }

    // The committee of the level given (区, 县) of the place of that level the text names most, other than the visitor's.
    private CommitteeIdentity? OtherPlaceOfLevel(DocumentText text, IReadOnlyList<Place> context, string level, CommitteeIdentity? visitor)
    {
        var counts = new Dictionary<CommitteeIdentity, int>();
        foreach (var unit in text.Units)
        {
            foreach (var (_, _, place) in places.Read(unit, context))
            {
                if (committees.ResolveLevel(place, level) is { } committee && committee != visitor && committee.Place?.Code == place.Code)
                {
                    counts[committee] = counts.GetValueOrDefault(committee) + 1;
                }
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
    }
}
