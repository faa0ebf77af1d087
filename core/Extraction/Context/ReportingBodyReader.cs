using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// An issuer that is not a committee: the government or congress standing committee whose work report a
/// headline names (2026年安徽省政府工作报告 → 安徽省人民政府), or a body of graph-schema/bodies.json a closing
/// credit names (（五河县工商联） → 五河县工商业联合会), or a democratic party's committee a story opens with as
/// the one leading the work (12月2日，九三学社某市委主委某某率调研组… → 九三学社某市委员会).
/// </summary>
internal sealed partial class ReportingBodyReader(PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, BodyVocabulary bodies)
{
    [GeneratedRegex(@"(?:人民)?政府工作报告")]
    private static partial Regex GovernmentReport();

    [GeneratedRegex(@"人大常委会工作报告|人民代表大会常务委员会工作报告")]
    private static partial Regex CongressReport();

    // Members (委员, not 委员会) or a verb of hearing, discussing or studying before a report's name in a headline.
    [GeneratedRegex(@"委员(?!会)|热议|畅谈|点赞|聚焦|学习|传达|聆听|听取|讨论|审议|谈")]
    private static partial Regex OthersOnReport();

    // 2026年安徽省政府工作报告 → 安徽省人民政府; 政府工作报告 in a document about 广东省 → 广东省人民政府.
    internal (IssuingBody Body, string Surface)? ReportingBody(string headline, Place? home)
    {
        foreach (var (pattern, kind, name) in new[] { (GovernmentReport(), "政府", "{0}人民政府"), (CongressReport(), "人大", "{0}人大常委会") })
        {
            var report = pattern.Match(headline);
            if (!report.Success)
            {
                continue;
            }

            if (OthersOnReport().IsMatch(headline.AsSpan(0, report.Index)))
            {
                // 委员热议政府工作报告, 代表委员畅谈人大常委会工作报告: what others make of a report, not the body's own.
                return null;
            }

            var named = places.Read(headline, WordGrid.Of(headline, segmenter), home is null ? [] : gazetteer.Ancestors(home).Prepend(home).ToList())
                .LastOrDefault(p => p.End <= report.Index && report.Index - p.End <= 1);
            var place = named.Place ?? home;
            if (place is null || place.Level == PlaceLevel.Town)
            {
                return null;
            }

            // The body's own words: 安徽省政府, 四川省人民政府, 政府 (without 工作报告).
            var bodyEnd = report.Index + report.Value.IndexOf("工作报告", StringComparison.Ordinal);
            var surface = headline[(named.Place is null ? report.Index : named.Start)..bodyEnd];
            return (new IssuingBody(string.Format(System.Globalization.CultureInfo.InvariantCulture, name, QualifiedName(place)), kind, place), surface);
        }

        return null;
    }

    // 12月2日，/ 近日，: the date or time word a story's first sentence opens with.
    [GeneratedRegex(@"^(?:[0-9]{1,2}月[0-9]{1,2}日|近日|日前)(?:上午|下午|晚上?)?[，,]?\s*")]
    internal static partial Regex OpeningTime();

    // After the party's committee: its officer and a name, or a name and how many of its officers or members
    // (罗某某等3名副主委), or nothing; then the verb of one leading the work, or of attending (应邀参加, 出席): the
    // party's own news of its people at a meeting, the CPPCC committee's among them; where, before the verb (在长春召开; not 在市政协的组织下, 在主委的带领下).
    [GeneratedRegex(@"^(?:(?:专职)?(?:副)?(?:主委|主任委员|秘书长)[\u4e00-\u9fff·]{2,4}?|[\u4e00-\u9fff·]{2,4}?等[0-9一二三四五六七八九十两]+名(?:专职)?(?:副)?(?:主委|主任委员|委员|盟员|会员|社员|党员|成员))?(?:一行)?(?:在(?:(?!政协)[^，,。；的]){1,10}?)?(?:率|带领|带队|组织|召开|举办|开展|(?<visit>赴|深入|走进)|(?:应邀)?(?:参加|出席|列席))")]
    private static partial Regex LeadingWork();

    // 赴市政协, 走进四平市政协机关, 到我会: the CPPCC committee itself as where a party goes (not 政协委员…, a member's place).
    [GeneratedRegex(@"^(?:(?:[\u4e00-\u9fff]{0,5}[省市州盟县区旗])?政协(?!委员)|我会)")]
    private static partial Regex CommitteeVisited();

    // 民进市委来我会座谈交流: a headline telling of a visit to the committee that puts the story out.
    [GeneratedRegex(@"[来到]我会")]
    private static partial Regex VisitInHeadline();

    // 某省两会开幕前夕，, 全国两会期间，: the occasion a first sentence names after its date, before its subject.
    [GeneratedRegex(@"\G[^，,。；\s]{2,16}(?:前夕|期间|之际)[，,]\s*")]
    private static partial Regex OpeningOccasion();

    // A committee (委员会, 委会, 委) or a county-level branch of the party (民建某市基层委, 民盟某县支部), longest first.
    private static readonly string[] PartyCommitteeWords = ["基层委员会", "基层委", "总支部", "总支", "支部", "委员会", "委会", "委"];

    /// <summary>
    /// 12月2日，九三学社某市委主委某某率调研组赴…: the democratic party's committee a story's first sentence opens
    /// with, leading the work or attending a meeting (民盟某市委某某等3名副主委应邀参加了市政协组织的座谈会), issued the
    /// story, though the work may be meant for the CPPCC committee's session.
    /// With where its name is written. Null unless the sentence opens (after its date) with the party, a place and 委, then the leading verb;
    /// null too when the party comes to the CPPCC committee (民进某市委一行走进市政协机关…, a headline's 来我会): the committee's own story.
    /// </summary>
    internal (IssuingBody Body, int Start, int End)? LeadingParty(TextUnit unit, IReadOnlyList<Place> context, IEnumerable<string> headlines)
    {
        var text = unit.Text;
        if (headlines.Any(h => VisitInHeadline().IsMatch(h)))
        {
            return null;
        }

        var at = OpeningTime().Match(text).Length;
        at += OpeningOccasion().Match(text, at).Length;
        if (PartyWritten(text, at) is not { } found)
        {
            return null;
        }

        var (written, party) = found;

        foreach (var (_, end, place) in places.Read(unit, context).Where(p => p.Start == at + written.Length && p.Place.Level != PlaceLevel.Town))
        {
            // 四平市委 or 四平 市委: the place as read, then 委 (with the level word the place read left off).
            var rest = text[end..];
            var level = rest.Length > 0 && "省市区县州旗".Contains(rest[0]) ? 1 : 0;
            if (PartyCommitteeWords.FirstOrDefault(w => string.CompareOrdinal(rest, level, w, 0, w.Length) == 0) is { } word
                && LeadingWork().Match(rest[(level + word.Length)..]) is { Success: true } lead
                && !(lead.Groups["visit"].Success && CommitteeVisited().IsMatch(rest[(level + word.Length + lead.Length)..])))
            {
                return (new IssuingBody(party.Name + QualifiedName(place) + BodyFinder.CommitteeWord(word), "党派", place), at, end + level + word.Length);
            }
        }

        return null;
    }

    // What a party's name is followed by when a phrase names its committee (九三学社某市委, 民革市委会) or its members of a
    // place (致公党某市政协委员, 我市致公党员, 九三学社某市人大代表和政协委员; 员 for a party whose name ends in 党, 致公党员, though any is read so): longer words first.
    private static readonly string[] PartyCommitteeOrMembers = ["基层委员会", "基层委", "总支部", "总支", "支部", "委员会", "委会", "委", "党员", "盟员", "会员", "社员", "人大代表", "政协委员", "员"];

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex PartBreak();

    // A headline's opening time (“两会”期间，, 近日，) before its subject.
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff“”""0-9]{1,10}期间|近日|日前)[，,\s]\s*")]
    private static partial Regex HeadlineTime();

    /// <summary>
    /// 九三学社某市委在市“两会”履职建言, 民革某市委召开参政议政工作座谈会, 致公党某市政协委员在…会议上积极履职, a subtitle's
    /// 我市致公党员在…履职: a headline whose subject is a democratic party's committee or its members of a place: the
    /// party's own news, issued by its committee of that place (written there, or the document's own by 我市 or a level
    /// word alone: 民革市委). Null for a party going to the CPPCC committee (民进市委来我会座谈): the committee's story.
    /// </summary>
    internal (IssuingBody Body, string Surface)? PartyInHeadline(string headline, Place? home, IReadOnlyList<Place> context)
    {
        if (VisitInHeadline().IsMatch(headline) || headline.Contains("政协机关", StringComparison.Ordinal))
        {
            return null;
        }

        // The headline's start, a subtitle's after ——, and each part after a space (肩负光荣使命 履行参政职能 民盟某市委“两会”再结硕果).
        var subtitle = headline.IndexOf("——", StringComparison.Ordinal);
        var starts = (subtitle > 0 ? new[] { 0, subtitle + 2 } : [0])
            .Concat(PartBreak().Matches(headline).Select(m => m.Index + m.Length).Where(at => at < headline.Length));
        foreach (var at in starts)
        {
            var from = at + HeadlineTime().Match(headline[at..]).Length;
            // 九三学社社员、市政协委员某某, 民盟盟员某某：用脚步丈量民情: one member named by what he is, the committee's
            // story of him; 民革某市委会调研市政协某委员工作室, 民进某市委会一行莅临某县政协: the party going to the committee's
            // own work; 民革某市委会主委某某当选市政协副主席: the committee's office. Each the committee's story.
            if (PartyAt(headline, from, home, context) is { } party
                && !(party.Members && (headline.AsSpan(party.End).IndexOfAny("、，,：: ") >= 0))
                && !VisitsCommitteesWork().IsMatch(headline.AsSpan(party.End)) && !CommitteesOffice().IsMatch(headline.AsSpan(party.End)))
            {
                return (party.Body, headline[from..party.End]);
            }
        }

        return null;
    }

    // A session opening, the way such a story's first sentence tells it (某市政协某届某次会议…隆重召开).
    [GeneratedRegex(@"会议.{0,30}(?:召开|开幕|举行)")]
    private static partial Regex SessionOpened();

    // After the party's committee or members, in the same sentence: how many of them or who (民建会员中的2名, 民进某市委会
    // 某某、某某…11名), then members of the congress or the committee.
    [GeneratedRegex(@"^[^。；]{0,60}?(?:人大代表|政协委员)")]
    private static partial Regex MembersFollow();

    /// <summary>
    /// 某月某日，某市政协某届某次会议…召开。民进某市委会参加会议的市人大代表、市政协委员… (民建会员中的2名市人大代表…): a
    /// story that opens with a session and goes on with a democratic party's members at it is the party's news, issued
    /// by its committee (of the place written, else the document's).
    /// </summary>
    internal (IssuingBody Body, int Start, int End)? PartyMembersAtSession(TextUnit opening, TextUnit next, Place? home, IReadOnlyList<Place> context)
    {
        var at = AtTheSession().Match(next.Text).Length;
        if (!SessionOpened().IsMatch(opening.Text) || PartyAt(next.Text, at, home, context) is not { } party
            || !(party.Members || MembersFollow().IsMatch(next.Text.AsSpan(party.End))) || NamesAnotherParty(next.Text, party.End, party.Body))
        {
            // 民盟某市委会某某、民进某市委会某某等市政协委员分别代表所在党派发言: speakers of several parties, the committee's session.
            return null;
        }

        return (party.Body, at, party.End);
    }

    // 本次会议上，会议期间，: where the sentence after the session's opening places what follows.
    [GeneratedRegex(@"^(?:本次会议上|会议期间|大会期间|会上)[，,]\s*")]
    private static partial Regex AtTheSession();

    // After the party: a verb of going to or looking into (一行莅临, 前往, 来), or working with (与市政协文史委联合), then a
    // committee (市政协, 某县政协; not 政协委员) as its object or partner.
    [GeneratedRegex(@"^[^，,。]{0,8}?(?:调研|走访|考察|视察|赴|走进|来到|到|莅临|前往|来|与|和|同)[^，,。]{0,6}?政协(?!委员)")]
    private static partial Regex VisitsCommitteesWork();

    // 当选市政协副主席, 任某县政协常委: an office of the committee itself.
    [GeneratedRegex(@"(?:当选|任|增补为)[^，,。]{0,6}?政协(?:副?主席|秘书长|常委|常务委员)")]
    private static partial Regex CommitteesOffice();

    /// <summary>来源：九三学社某市委, 来源：民革市委: a source line naming a democratic party's committee.</summary>
    internal IssuingBody? PartySource(string name, Place? home, IReadOnlyList<Place> context) =>
        PartyAt(name, 0, home, context) is { } party && party.End == name.Length && !party.Members ? party.Body : null;

    // The party named at the offset, with its place before or after it (某区民革党员, 九三学社某市委) or the document's
    // (我市致公党员, 民革市委), then its committee or members.
    private (IssuingBody Body, int End, bool Members)? PartyAt(string text, int at, Place? home, IReadOnlyList<Place> context)
    {
        // No party named from here on: nothing to read (and no words to cut).
        if (!bodies.Parties.SelectMany(p => p.Aliases.Prepend(p.Name)).Any(w => text.IndexOf(w, at, StringComparison.Ordinal) >= 0))
        {
            return null;
        }

        var named = places.Read(text, WordGrid.Of(text, segmenter), context);
        Place? place = null;
        var partyAt = at;
        if (string.CompareOrdinal(text, at, "我市", 0, 2) == 0)
        {
            // 我市 in a district's document: its city.
            var city = home is { Level: PlaceLevel.County } && !home.Name.EndsWith('市') ? gazetteer.Parent(home) : home;
            (place, partyAt) = (OfLevelWord('市', city), at + 2);
        }
        else if (named.FirstOrDefault(p => p.Start == at && p.Place.Level != PlaceLevel.Town) is { Place: not null } before
            && PartyWritten(text, before.End) is not null)
        {
            (place, partyAt) = (before.Place, before.End);
        }

        if (PartyWritten(text, partyAt) is not { } written)
        {
            return null;
        }

        var rest = partyAt + written.Written.Length;
        if (place is null && named.FirstOrDefault(p => p.Start == rest && p.Place.Level != PlaceLevel.Town) is { Place: not null } after)
        {
            // 九三学社潍坊 市委: the level word the place read left off.
            (place, rest) = (after.Place, after.End);
            if (rest < text.Length && "省市区县州旗".Contains(text[rest]))
            {
                rest++;
            }
        }
        else if (place is null && rest < text.Length && "省市区县州旗".Contains(text[rest]))
        {
            (place, rest) = (OfLevelWord(text[rest], home), rest + 1);
        }

        if (PartyCommitteeOrMembers.FirstOrDefault(w => string.CompareOrdinal(text, rest, w, 0, w.Length) == 0) is not { } word)
        {
            return null;
        }

        // 民建会员中的2名市人大代表: members written without a place are the document's place's.
        var members = !PartyCommitteeWords.Contains(word);
        place ??= members ? home : null;
        if (place is null || place.Level == PlaceLevel.Town)
        {
            return null;
        }

        return (new IssuingBody(written.Party.Name + QualifiedName(place) + (members ? "委员会" : BodyFinder.CommitteeWord(word)), "党派", place), rest + word.Length, members);
    }

    private bool NamesAnotherParty(string text, int from, IssuingBody party) =>
        bodies.Parties.Where(p => !party.Name.StartsWith(p.Name, StringComparison.Ordinal))
            .SelectMany(p => p.Aliases.Prepend(p.Name)).Any(w => text.IndexOf(w, from, StringComparison.Ordinal) >= 0);

    private (string Written, DemocraticParty Party)? PartyWritten(string text, int at) =>
        bodies.Parties.SelectMany(p => p.Aliases.Prepend(p.Name).Select(w => (Written: w, Party: p)))
            .OrderByDescending(w => w.Written.Length)
            .Where(w => string.CompareOrdinal(text, at, w.Written, 0, w.Written.Length) == 0)
            .Select(w => ((string Written, DemocraticParty Party)?)w).FirstOrDefault();

    private string QualifiedName(Place place) => BodyFinder.QualifiedName(place, gazetteer);

    // 五河县工商联 → 五河县工商业联合会: a body of graph-schema/bodies.json named after its place (or the document's).
    internal IssuingBody? CreditBody(string credit, Place? home, IReadOnlyList<Place> context)
    {
        foreach (var local in bodies.Local.OrderByDescending(l => l.Short.Length))
        {
            if (!credit.EndsWith(local.Short, StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = credit[..^local.Short.Length];
            var named = prefix.Length == 0 ? null : places.Read(prefix + local.Short, WordGrid.Of(prefix + local.Short, segmenter), context)
                .FirstOrDefault(p => p.Start == 0 && p.End >= prefix.Length - 1).Place;
            var place = named ?? (prefix.Length == 0 ? home : null);
            if (place is not null)
            {
                return new IssuingBody(local.Pattern.Replace("{place}", QualifiedName(place), StringComparison.Ordinal), local.Kind, place);
            }
        }

        return DepartmentBody(credit, home, context);
    }

    // 县卫健局 → {county}卫生健康局, 某某市住建局 → 某某市住房和城乡建设局: a government department named after its
    // place, or after its level's word alone (县, 区, 市) in a document of that place.
    internal IssuingBody? DepartmentBody(string written, Place? home, IReadOnlyList<Place> context)
    {
        if (GovernmentDepartments.EndingOf(written) is not { } department)
        {
            return null;
        }

        var prefix = written[..^department.Written.Length];
        var place = prefix.Length == 1 ? OfLevelWord(prefix[0], home)
            : prefix.Length > 1 ? places.Read(prefix, WordGrid.Of(prefix, segmenter), context).FirstOrDefault(p => p.Start == 0 && p.End >= prefix.Length - 1).Place
            : null;
        return place is null || place.Level == PlaceLevel.Town ? null : new IssuingBody(QualifiedName(place) + department.Full, "政府机构", place);
    }

    // 县 in a county's document, 市 in a city's or a county-level city's, 州 in a prefecture's: the document's own place.
    private static Place? OfLevelWord(char level, Place? home) => (level, home) switch
    {
        ('县' or '区' or '旗', { Level: PlaceLevel.County }) => home,
        ('市', { Level: PlaceLevel.City } or { Level: PlaceLevel.County, Name: [.., '市'] }) => home,
        ('州' or '盟', { Level: PlaceLevel.City }) => home,
        ('省', { Level: PlaceLevel.Province }) => home,
        _ => null,
    };
}
