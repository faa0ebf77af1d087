using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A meeting of paired or networked committees told by where it is held: 两市政协…座谈会在某市举行,
/// 某某流域政协联谊会第六次会议在某县举行, 某某政协主席联席会议在某省某市举行. The meeting has its host: the
/// committee of the venue, when the text names that committee (or the headline speaks as it: 我县成功举办…).
/// </summary>
internal sealed partial class IssuerFinder
{
    // A committees' meeting (政协…座谈会, 政协联谊会…会议) and where it is held (在某市举行, 在某县召开).
    [GeneratedRegex(@"政协[^。；！？]{0,40}?(?:会议|座谈会|联谊会|交流会|协商会|联席会|推进会|论坛|仪式)[^。；！？，在]{0,12}在(?<venue>[^，。；、在]{2,10}?)(?:隆重|成功|顺利)?(?:举行|召开|举办)")]
    private static partial Regex MeetingVenue();

    // Words saying several committees meet: 两市政协, 沿某六市政协, 三地政协, 联谊会, 联席会议, 双方政协.
    [GeneratedRegex(@"(?:两|[二三四五六七八九十]{1,2}|[0-9]{1,2})[市县区地省州旗盟]政协|政协联谊会|联席会议|双方政协")]
    private static partial Regex JointCommittees();

    // 我县成功举办…, 我市承办…: the headline in the host's own voice.
    [GeneratedRegex(@"我(?<level>[县区市州旗])(?:成功|圆满)?(?:举办|承办|召开)")]
    private static partial Regex HostVoice();

    // The venue's committee of a joint meeting the lead tells; null when the lead tells none, when the
    // text does not show several committees meeting, or when the venue's committee is not named.
    private (CommitteeIdentity Committee, TextSpan Span)? JointMeetingHost(DocumentText text, IReadOnlyList<string> headlines,
        IReadOnlyList<Place> context, Func<string, CommitteeIdentity?> resolve)
    {
        if (!text.Units.Any(u => JointCommittees().IsMatch(u.Text)))
        {
            return null;
        }

        foreach (var unit in text.Units.Where(u => !u.IsHeading).Take(2))
        {
            var meeting = MeetingVenue().Match(unit.Text);
            if (!meeting.Success)
            {
                continue;
            }

            var venue = meeting.Groups["venue"];
            var inVenue = places.Read(unit, context).Where(p => p.Start >= venue.Index && p.End <= venue.Index + venue.Length).ToList();
            if (inVenue.Count == 0)
            {
                return null;
            }

            var named = new HashSet<CommitteeIdentity>();
            foreach (var u in text.Units)
            {
                named.UnionWith(committees.FindNamed(u.Text, context).Select(m => m.Committee));
                named.UnionWith(committees.FindRelative(u.Text, resolve).Select(m => m.Committee));
            }

            var voice = headlines.Select(h => HostVoice().Match(h)).FirstOrDefault(m => m.Success);
            // The most specific place of the venue first (某省某市: the city), then the places above it.
            var place = inVenue[^1].Place;
            foreach (var candidate in gazetteer.Ancestors(place).Prepend(place))
            {
                if (CommitteeIdentity.Of(candidate, gazetteer) is not { } host)
                {
                    continue;
                }

                var spoken = voice is not null && candidate.Name.EndsWith(voice.Groups["level"].Value, StringComparison.Ordinal);
                if (named.Contains(host) || spoken)
                {
                    return (host, new TextSpan(unit, venue.Index, venue.Index + venue.Length));
                }
            }

            return null;
        }

        return null;
    }
}
