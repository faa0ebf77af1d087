using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Committees named across a story's levels that are not its actor: the session where another committee
/// speaks (在省政协某届某次会议新闻发布会上，某市政协副主席介绍); and a visitor that is more than its leader's
/// title (率州政协某委员会成员深入所联系的某县政协: the visitor's own people act, so the story is its own); and an
/// officer leading a group (晋城市政协副主席某某带领调研组到陵川县…): the officer's committee acts.
/// </summary>
internal sealed partial class IssuerFinder
{
    // True when <paramref name="venue"/> names the session a clause opening with 在 is held at (在省政协十三届四次会议
    // 新闻发布会上，) and the same sentence goes on to name another committee, outside a list, below the venue's (a city's
    // at its province's session): the one that speaks there. A guest from above or beside (在某县政协某次会议上，某市政协
    // 副主席到会指导; 全国政协副主席出席 a province's session) leaves the session its own committee's story.
    private bool SpeakerAtVenue(string text, CommitteeMatch venue, IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve)
    {
        var from = VenueClauseEnd(text, venue.Start, venue.End);
        if (from < 0)
        {
            return false;
        }

        var stop = text.IndexOfAny(['。', '；', '！', '？'], from);
        var to = stop < 0 ? text.Length : stop;
        return committees.FindNamed(text, context).Concat(committees.FindRelative(text, resolve))
            .Any(m => m.Start >= from && m.Start < to && m.Committee != venue.Committee && !InList(text, m.Start, m.End) && Below(m.Committee, venue.Committee));
    }

    // A committee whose place lies inside another's (the national one holds every other).
    private bool Below(CommitteeIdentity committee, CommitteeIdentity above) =>
        committee.Place is { } place && (above.Place is null || place.Code != above.Place.Code && gazetteer.IsWithin(place, above.Place));

    // True when the text names <paramref name="committee"/>, in the relative form, once without a title, a member's seat
    // or a list: acting itself (州政协副主席某某率州政协民宗委成员深入…), not only in a visitor's title.
    private bool ActsUntitled(DocumentText text, CommitteeIdentity committee, Func<string, CommitteeIdentity?> resolve) =>
        text.Units.Any(u => committees.FindRelative(u.Text, resolve).Any(m => m.Committee == committee && !TitleAfter(u.Text, m.End)
            && !InList(u.Text, m.Start, m.End) && !Seat().IsMatch(u.Text.AsSpan(m.End).ToString())));

    // 委员, 常委 after a committee: a member's seat (新任州政协委员).
    [GeneratedRegex(@"^(?:委员|常委)")]
    private static partial Regex Seat();

    // 晋城市政协副主席某某带领调研组到某县…, 某县政协主席某某率考察团到…: the officer leads the group, so the committee named
    // with the title acts, whatever committee the group then meets; a guest's title (…副主席某某出席) does not. Nor does a
    // group led to attend (带队参加某县政协召开的会议), received (会见了由某省政协副主席某某率领的代表团), or arriving where the
    // page is written (带领调研组深入我县: the host's page), nor a lead after another committee already acting with its
    // officer (某县政协主席某某主持座谈会，某市政协副主席某某率调研组参加), nor 率先.
    private static bool LeadsGroup(string text, int end, CommitteeIdentity committee, CommitteeIdentity? titledBefore)
    {
        var lead = LeadVerb().Match(text, end, text.Length - end);
        if (!lead.Success || titledBefore is { } before && before != committee)
        {
            return false;
        }

        var after = lead.Index + lead.Length;
        var stop = text.IndexOfAny(['，', '。', '；', '！', '？'], after);
        var clause = text.AsSpan(after, (stop < 0 ? text.Length : stop) - after);
        return !AttendsOrHosted().IsMatch(clause);
    }

    [GeneratedRegex(@"\G(?:党组(?:副)?书记、)?(?:常务副主席|副主席|主席|副秘书长|秘书长)[\u4e00-\u9fff]{2,3}(?:带领|带队|率领|率队|率(?![先领队]))(?!的)")]
    private static partial Regex LeadVerb();

    // 参加, 出席, 列席: the group attends another's meeting; 我县, 本区: it arrives where the page is written.
    [GeneratedRegex(@"参加|出席|列席|[我本][县区市州旗盟]")]
    private static partial Regex AttendsOrHosted();
}
