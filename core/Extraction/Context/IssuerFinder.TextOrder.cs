using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>The last steps of <see cref="IssuerFinder"/>: the committees the text names, in reading order, then the fallbacks.</summary>
internal sealed partial class IssuerFinder
{
    // The text, in reading order: the first committee named with its place that is not named in passing (a guest's
    // title, a list of levels, a visited office, a relayed meeting, a system's backdrop …); else the first relative
    // one; else those set aside in passing, the carrying medium, a bare session, or the home place's committee.
    private (CommitteeIdentity? Committee, IssuingBody? Body, TextSpan? Span) InReadingOrder(DocumentText text, Place? home, IReadOnlyList<Place> context,
        Place? residents, (CommitteeIdentity Committee, TextSpan? Span)? sourceMedium, Func<string, CommitteeIdentity?> resolveLevel)
    {
        (CommitteeIdentity Committee, TextSpan Span)? relative = null, titled = null, visited = null, backdrop = null;
        var relativeTitled = false;
        HashSet<string> relativeGoesTo = [];
        var units = text.Units;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit.IsLinkItem)
            {
                // - 某某在自治区政协某会上提出…: an item of the page's list of other stories names their committees, not its own.
                continue;
            }

            foreach (var inText in committees.FindNamed(unit.Text, context))
            {
                // 中国人民政治协商会议第十四届全国委员会第三次会议…开幕。市政协主席X…收看了开幕盛况: the national
                // session is what a local committee, named in the same or the next sentence, watched or studied.
                if (inText.Committee == CommitteeIdentity.National && NationalSession().IsMatch(unit.Text.AsSpan(inText.End))
                    && LocalCommittee(units, u, resolveLevel) is { } local)
                {
                    return (local.Committee, null, local.Span);
                }

                // 编辑：湘声报-湖南政协网: a committee's website or paper, not the committee.
                if (IsMedium(unit.Text, inText.End))
                {
                    continue;
                }

                // 来源：北京市政协 on a line of the page: the source, read (and set aside) before the text.
                if (AfterSourceLabel(unit.Text, inText.Start))
                {
                    continue;
                }

                // 某市委员会主办 over the page: the site's owner, kept for when nothing else names a committee; between the
                // story's sentences (主办单位：政协某县委员会 under a forum's report) it is the host of what the story tells.
                if (SiteOwner(unit.Text, inText.Start, inText.End) && !BetweenSentences(units, u, inText.End))
                {
                    sourceMedium ??= (inText.Committee, new TextSpan(unit, inText.Start, inText.End));
                    continue;
                }

                // 根据《中国人民政治协商会议全国委员会提案工作条例》: a committee in the title of rules it cites, not the story's.
                if (InRulesTitle(unit.Text, inText.Start))
                {
                    continue;
                }

                // 其中全国政协单篇采用3条, 被省政协采用: where others' information went, not who tells of it.
                if (AdoptsInformation(unit.Text, inText.End))
                {
                    continue;
                }

                // 在沪全国政协委员: the national committee as the seat of a province's members.
                if (inText.Committee == CommitteeIdentity.National && ResidentMembers.IsSeatOf(unit.Text, inText.Start))
                {
                    continue;
                }

                // 全国政协委员、某县政协主席某某: the member's seat, not the committee of the office held.
                if (SeatBeforeOffice(unit.Text, inText.End))
                {
                    continue;
                }

                // 深圳市政协副主席余晖鸿参加了揭牌仪式: a committee named for a guest's title is not the story's.
                // 全国政协、省政协、市政协工作会议精神: committees of every level in a list, none of them the story's.
                if (InList(unit.Text, inText.Start, inText.End))
                {
                    continue;
                }

                // 调研组走进开州区政协机关: the committee whose offices a visiting committee or group goes into is where
                // it went, not who went; it is the story's only when the text names no other. Students, citizens
                // or 我 going into them (开放日, a memoir's 走进省政协机关大院) make it the story's committee.
                if (VisitedOffices(unit.Text, inText.Start, inText.End) && VisitedByGroup(unit.Text, inText.Start))
                {
                    visited ??= (inText.Committee, new TextSpan(unit, inText.Start, inText.End));
                    continue;
                }

                // …观看了全国政协成立七十五周年专题片 after a group went into a district's offices: named in passing; 听取了永顺县政协
                // 工作情况汇报 after going to it: still the committee the group went to.
                if (visited is not null && (inText.Committee == CommitteeIdentity.National || inText.Committee == visited.Value.Committee))
                {
                    continue;
                }

                // 在青海省政协十三届四次会议新闻发布会上，海东市政协副主席某某介绍: the session is where another committee speaks.
                if (SpeakerAtVenue(unit.Text, inText, context, resolveLevel))
                {
                    continue;
                }

                // 市政协副主席某某率队赴蔡甸区调研 … 对蔡甸区政协各项工作给予肯定: the committee of the place the group went to,
                // named after it, is the host, not the story's.
                if (relative is not null && inText.Committee.Place is { } hostPlace && relativeGoesTo.Contains(hostPlace.Code))
                {
                    continue;
                }

                // 传达学习宁德市政协提案工作座谈会精神: the committee whose meeting's spirit is relayed is the one above the story's;
                // 自四川省政协系统开展…专项行动以来，泸县政协…: a level's whole system in a clause of time is the backdrop of a
                // committee's work (not the system holding its own meeting, 四川省政协系统…推进会召开). Either is
                // the story's only when no other committee is named at all.
                if (InRelayedSpirit(unit.Text, inText.Start) || SystemSince(unit.Text, inText.Start, inText.End))
                {
                    backdrop ??= (inText.Committee, new TextSpan(unit, inText.Start, inText.End));
                    continue;
                }

                if (TitleAfter(unit.Text, inText.End) && !LeadsGroup(unit.Text, inText.End, inText.Committee, titled?.Committee))
                {
                    titled ??= (inText.Committee, new TextSpan(unit, inText.Start, inText.End));
                    continue;
                }

                return (inText.Committee, null, new TextSpan(unit, inText.Start, inText.End));
            }

            // 在沪全国政协委员召集人、市政协主席某某率领…: the committee convening the members is their province's,
            // whatever places the group then visits.
            var resolve = residents is not null && ResidentMembers.Province([unit.Text], gazetteer) is not null
                ? level => committees.ResolveLevel(residents, level)
                : (Func<string, CommitteeIdentity?>)resolveLevel;
            // 全国政协常委、民盟中央副主席某某到我市调研 … 市政协副主席某某陪同: the national committee named only in a visitor's
            // title gives way to the local committee named later.
            if ((relative is null || relative.Value.Committee == CommitteeIdentity.National && relativeTitled) && committees.FindRelative(unit.Text, resolve).FirstOrDefault(m => !(relative is not null && m.Committee == CommitteeIdentity.National) && (!InList(unit.Text, m.Start, m.End) || TitlesOfOne(unit.Text, m.Start, m.End)) && !SeatBeforeOffice(unit.Text, m.End) && !AdoptsInformation(unit.Text, m.End)
                && !(m.Committee == CommitteeIdentity.National && ResidentMembers.IsSeatOf(unit.Text, m.Start)) && !ResidentMembers.IsProvincialSeat(unit.Text, m.Start, m.End)
                && !SpeakerAtVenue(unit.Text, m, context, resolve)) is { } r)
            {
                // 区政协组织干部到某区参观考察: not the committee of the district it goes to. 省政协副主席某某率队赴某省考察
                // on 广东政协网: the committee whose site or paper carries the page is the 省政协 it speaks of.
                var sites = sourceMedium is { } medium && medium.Committee.Level == r.Committee.Level ? medium.Committee : null;
                relative = (sites ?? _destination.Instead(r, unit, context, text) ?? r.Committee, new TextSpan(unit, r.Start, r.End));
                relativeGoesTo = _destination.GoneTo(unit, r.End, context);
                relativeTitled = TitleAfter(unit.Text, r.End) && !ActsUntitled(text, r.Committee, resolve);
            }
        }

        // Neither 全国政协 in passing nor 市政协 before a guest's title (市政协副主席某某一行来到某区政协机关，区政协
        // 主席陪同) beats the offices visited; 市政协主席某某一行来我县 with no offices visited stays the city's.
        if (visited is not null && (relative?.Committee == CommitteeIdentity.National || relativeTitled))
        {
            relative = null;
        }

        if ((relative ?? titled ?? visited ?? backdrop) is { } found)
        {
            return (found.Committee, null, found.Span);
        }

        if (sourceMedium is { } carrier)
        {
            return (carrier.Committee, null, carrier.Span);
        }

        // 参加政协九届一次会议的委员 in a story about 庆元县: a session with no level named is the document's place's.
        if (home is { Level: PlaceLevel.County or PlaceLevel.City } && text.Units.FirstOrDefault(u => BareSession().IsMatch(u.Text)) is { } sessionUnit
            && committees.ResolveLevel(home, home.Name[^1..]) is { } own)
        {
            var at = BareSession().Match(sessionUnit.Text);
            return (own, null, new TextSpan(sessionUnit, at.Index, at.Index + 2));
        }

        // 政协委员是政协工作的主体…政协组织要… in a story about 金乡县 that names no committee: a story of
        // the CPPCC told in its county or city is that place's committee's; not a city's when the text speaks of 区政协 (a
        // district's story whose only place is its city's paper on the source line).
        if (home is { Level: PlaceLevel.County or PlaceLevel.City } && committees.ResolveLevel(home, home.Name[^1..]) is { } homeCommittee
            && !(home.Level == PlaceLevel.City && CountyLevelWords.Any(w => text.JoinedUnits.Contains(w, StringComparison.Ordinal)))
            && CppccWords(text) is { Count: >= 2 } said)
        {
            return (homeCommittee, null, said[0]);
        }

        return (null, null, null);
    }

    // 自四川省政协系统开展…以来: a committee's whole system inside a clause of time opened by 自 and closed by 以来.
    private static bool SystemSince(string text, int start, int end)
    {
        if (string.CompareOrdinal(text, end, "系统", 0, 2) != 0)
        {
            return false;
        }

        var from = text.LastIndexOfAny(['，', ',', '。', '；', ';'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(['，', ',', '。', '；', ';'], end) is var mark and >= 0 ? mark : text.Length;
        return text.AsSpan(from, start - from).Contains('自') && text.AsSpan(end, to - end).Contains("以来", StringComparison.Ordinal);
    }
}
