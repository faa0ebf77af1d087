using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using static KnowledgeGraph.Core.Extraction.Context.CommitteeMentionRoles;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Who issued a document, or is its subject, in every written form.
/// </summary>
/// <remarks>
/// <para>In this order, the first found wins:</para>
/// <list type="number">
/// <item>A committee's office signing the text over its date (政协某省委员会办公厅 / 2024年7月1日): that office;
/// the committee itself signing (政协某市委员会 / 二OO八年一月七日): that committee; a government department signing
/// (某市水利局 / 2023年6月8日): that department.</item>
/// <item>A source that is a committee or its office (来源：长春市政协办公室, 余杭政协): that committee; a
/// committee's website or paper (湖南政协网) only when nothing below names a committee; a local body of
/// graph-schema/bodies.json named with its place that authors (来源：某区委统战部, 来源：五河县工商联; not a
/// government carrying the page on its portal), or a government's department (来源：某市生态环境局): that body.</item>
/// <item>A department's own report or reply (我局高度重视…, 关于市政协某届某次会议第12号提案的答复): the department
/// heading it (某县教育局关于…), else none; the committee is only where the proposals were made.</item>
/// <item>The headlines (title, subtitle, delivery line, masthead), in order: a government's or
/// congress's report (2026年安徽省政府工作报告, 政府工作报告: the place before it, else the document's
/// place) gives that government ({place}人民政府) or standing committee ({place}人大常委会); a committee
/// named in any full form (政协X[第N届]委员会, 政协第N届X委员会, 中国人民政治协商会议X[第N届]委员会, X政协);
/// a relative one (区政协, 旗政协) resolved through the document's place; a level's whole system
/// (全市政协系统, 全省各级政协): that level's committee.</item>
/// <item>A credit closing the story in brackets: a committee (（县政协办公室）) or a body of
/// graph-schema/bodies.json (（五河县工商联） → 五河县工商业联合会).</item>
/// <item>A department or people's organisation whose officer chairs the meeting (会议由县委统战部副部长某某主持), where
/// every committee is named only before a person's title: that body.</item>
/// <item>A democratic party's committee the story's first sentence opens with, leading the work (九三学社某市委主委某某率调研组…);
/// a party's members at the session the first sentence opens; a page that names one party again and again or in its own
/// words (盟员, 社市委), and no other twice, unless the party goes to the committee's offices
/// (<see cref="ReportingBodyReader.PartyVoice"/>).</item>
/// <item>A meeting of paired or networked committees held at a place whose committee the text names (两市政协…座谈会在某市举行): that committee.</item>
/// <item>The text, in reading order: the first committee named with its place, unless it only
/// qualifies a guest's title (深圳市政协副主席X出席; an officer leading a group, 某市政协副主席X带领调研组…, is the committee acting), adopts others' information (全国政协单篇采用3条), stands in a list of committees (全国政协、省政协、市政协)
/// names the session where another committee speaks, or where a group goes (调研组走进某区政协机关, 赴某市政协学习; not students or 我 going in, and the national
/// committee named after it is in passing); else the first relative one, resolved through the
/// document's place (区政协 in a story about a city: the county of that city the text names most; one going
/// to the district it was read as: <see cref="CommitteeDestination"/>), unless
/// it is 全国政协 or stands before a title while a group visited offices; else a committee named for a title; else one whose offices are gone into; else a session named without its level (政协九届一次会议), the
/// committee of the document's county or city. 市 is a county-level city's committee only when the text
/// names neither its city nor another county of that city (市政协 visiting 临清市 and 东昌府区 is 聊城's).</item>
/// </list>
/// <para>The part a committee plays where it is named: <see cref="CommitteeMentionRoles"/>; a government,
/// congress or other body as issuer: <see cref="ReportingBodyReader"/>.</para>
/// </remarks>
internal sealed partial class IssuerFinder(CommitteeFinder committees, PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, BodyVocabulary bodies)
{
    private readonly ReportingBodyReader _bodies = new(places, gazetteer, segmenter, bodies);
    private readonly CommitteeDestination _destination = new(gazetteer, places);

    private static readonly char[] ClauseMarks = ['，', '。', '！', '？'];

    private static readonly string[] CountyLevelWords = ["区政协", "县政协", "旗政协"];

    public (CommitteeIdentity? Committee, IssuingBody? Body, TextSpan? Span) Find(IReadOnlyList<string> headlines, string? source, string? credit, Place? home, DocumentText text, string? signature = null)
    {
        // 在沪全国政协委员…市政协主席: with no place of its own, the story is of the province its members live in.
        var residents = ResidentMembers.Province(text.Units.Select(u => u.Text), gazetteer);
        home ??= residents;
        var context = home is null ? [] : gazetteer.Ancestors(home).Prepend(home).ToList();
        Place? named = null;
        var namedRead = false;
        CommitteeIdentity? Resolve(string level)
        {
            if (home is null)
            {
                return null;
            }

            // 市政协主席 visiting 临清市 and 东昌府区 for 聊城: the city's committee, not the county-level city's.
            if (level == "市" && home is { Level: PlaceLevel.County } && home.Name.EndsWith('市') && NamesMoreOfCity(home, context, text)
                && gazetteer.Parent(home) is { } city && committees.ResolveLevel(city, level) is { } cityCommittee)
            {
                return cityCommittee;
            }

            if (committees.ResolveLevel(home, level) is { } committee)
            {
                return committee;
            }

            // 区政协 in a story about 宁波市 that names 海曙 (海曙西片区): the county the text names in that city.
            if (!namedRead)
            {
                named = NamedCounty(home, context, text);
                namedRead = true;
            }

            return named is null ? null : committees.ResolveLevel(named, level);
        }

        // 政协某省委员会办公厅 over 2024年7月1日 closing a notice to members: the office that signs it issued it.
        if (signature is not null && NamesCommittee(signature)
            && (committees.FindNamed(signature, context).FirstOrDefault() ?? committees.FindRelative(signature, Resolve).FirstOrDefault()) is { } signer)
        {
            // 政协天长市委员会 over 二OO八年一月七日: the committee itself signs its notice.
            if (signer.End >= signature.Length)
            {
                return (signer.Committee, null, Locate(text, signature));
            }

            var office = signer.Committee.Name + signature[signer.End..];
            return (null, new IssuingBody(office, "办公机构", signer.Committee.Place, signer.Committee), Locate(text, signature));
        }

        // 某市人民政府 under a report on how proposals were handled, over its date: the government that signs it.
        if (signature is not null && !NamesCommittee(signature) && SignedGovernment(signature, context) is { } government)
        {
            return (null, government, Locate(text, signature));
        }

        // 某某市财政局 over 2020年11月5日 closing a reply or a report: the department that signs it.
        if (signature is not null && !NamesCommittee(signature) && SignedDepartment(signature, home, context) is { } department)
        {
            return (null, department, Locate(text, signature));
        }

        (CommitteeIdentity Committee, TextSpan? Span)? sourceMedium = null;
        if (source is not null && NamesCommittee(source))
        {
            var match = committees.FindNamed(source, context).FirstOrDefault() ?? committees.FindRelative(source, Resolve).FirstOrDefault();
            // 湘声报-湖南政协网, 中国人民政治协商会议某省委员会_市县工作: a committee's own website or paper, or its channel
            // of the committees below it, carries their stories too; it is the issuer only when neither the headlines nor
            // the text name one.
            if (match is not null && (IsMedium(source, match.End) || HeadLineKinds.IsLowerChannel(source[match.End..])))
            {
                sourceMedium = (match.Committee, Locate(text, source[match.Start..match.End]));
            }
            else if (match is not null)
            {
                // 冠县政协开展专题调研活动 under 信息来源：聊城市政协: a committee's site carries the stories of the
                // committees below it; the one the title opens with is the story's.
                if (headlines.Count > 0 && TitleOpensWithLower(headlines[0], match.Committee, context) is { } lower)
                {
                    return (lower.Committee, null, Locate(text, headlines[0][lower.Start..lower.End]));
                }

                // 东川区政协六届五次会议期间，…共提出… under 来源：昆明市政协 and no headline: the lead's opening committee.
                if (headlines.Count == 0 && LeadOpensWithLower(text, match.Committee, context) is { } leading)
                {
                    return (leading.Committee, null, leading.Span);
                }

                // 来源：北京市政协 over 陕西省政协召开…: a repost's source line naming a committee whose place the page
                // never names again, while its lead names another committee: the line is the mirror's, not the story's.
                if (match.Committee.Place is not { } sourcePlace || NamesPlace(text, headlines, sourcePlace, source)
                    || !OtherCommitteeInLead(text, headlines, match.Committee, context))
                {
                    return (match.Committee, null, Locate(text, source[match.Start..match.End]));
                }
            }
        }

        // 九三学社某市委在市“两会”履职建言, 致公党某市政协委员在…会议上积极履职: a democratic party's own news, even on
        // the site of the party's committee above it (来源：中国民主促进会某省委员会); not under a committee's own medium
        // (来源：某某政协网), where the party is in the committee's story.
        foreach (var headline in sourceMedium is null ? headlines : [])
        {
            if (_bodies.PartyInHeadline(headline, home, context) is { } partyNews)
            {
                return (null, partyNews.Body, Locate(text, partyNews.Surface));
            }
        }

        // 来源：晋安区委统战部, 来源：五河县工商联, 来源：某市生态环境局: a local body or a department that put the story out.
        // A party's committee on the source line of a story headed by a committee's work (市政协开展提案办理“回头看”): its
        // contribution to the committee's story; not a headline naming the committee only as the session where the party acted
        // (市委会在市政协六届四次全会上履职综述).
        if (SourceBody(source, context) is { } sourceBody && !(sourceBody.Body.Kind == "党派" && headlines.Any(NamesCommitteeBeyondSession)))
        {
            return (null, sourceBody.Body, Locate(text, sourceBody.Surface));
        }

        // 某某政协副主席某某一行来我区…区政协主席某某陪同, with no source, dateline or credit: the host's page.
        if (VisitHost(text, source, credit, context, Resolve) is { } host)
        {
            return (host.Committee, null, host.Span);
        }

        // 我局高度重视…, 关于市政协某届某次会议第12号提案的答复: a department's own report or reply; its committee is where
        // the proposals were made. The department heading it (某县教育局关于…), else none the text names.
        if (InDepartmentVoice(text) || headlines.Any(h => ProposalReply().IsMatch(h)))
        {
            var replying = headlines.Select(h => ReplyingBody().Match(h)).FirstOrDefault(m => m.Success)
                ?? text.Units.Where(u => !u.IsHeading).Take(4).Select(u => ThankedFor().Match(u.Text)).FirstOrDefault(m => m.Success);
            return replying is not null && SignedDepartment(replying.Groups["body"].Value, home, context) is { } replier
                ? (null, replier, Locate(text, replying.Groups["body"].Value))
                : (null, null, null);
        }

        foreach (var headline in headlines)
        {
            if (_bodies.ReportingBody(headline, home) is { } body)
            {
                return (null, body.Body, Locate(text, body.Surface));
            }

            // 省、市政协推广某市提案工作经验: levels in a list name no one committee.
            var match = committees.FindNamed(headline, context).FirstOrDefault()
                ?? committees.FindRelative(headline, Resolve).FirstOrDefault(m => (!InList(headline, m.Start, m.End) || TitlesOfOne(headline, m.Start, m.End))
                    && !ResidentMembers.IsProvincialSeat(headline, m.Start, m.End));
            if (match is not null && SiteOwner(headline, match.Start, match.End))
            {
                // 中国人民政治协商会议某市委员会主办 over a county's story: the site's owner, the issuer only when nothing else is.
                sourceMedium ??= (match.Committee, Locate(text, headline[match.Start..match.End]));
            }
            else if (match is not null)
            {
                return (match.Committee, null, Locate(text, headline[match.Start..match.End]));
            }
        }

        // 在全市政协系统…推进会上的讲话, 全省各级政协积极推进…: with no committee in any headline, the system's
        // work is its level's committee's; not a numbered part's heading (一、全省政协系统优秀调研报告).
        foreach (var headline in headlines.Where(h => !Enumerated().IsMatch(h)))
        {
            if (SystemWide().Match(headline) is { Success: true } system && Resolve(system.Groups["level"].Value) is { } leading)
            {
                return (leading, null, Locate(text, system.Value));
            }
        }

        if (credit is not null)
        {
            // （五河县工商联）, （县政协办公室） closing the story: who put it out.
            var match = committees.FindNamed(credit, context).FirstOrDefault() ?? committees.FindRelative(credit, Resolve).FirstOrDefault();
            if (match is not null)
            {
                return (match.Committee, null, Locate(text, credit[match.Start..match.End]));
            }

            // （九三学社某市委） closing the story: the party's committee put it out.
            if ((_bodies.PartySource(credit, home, context) ?? _bodies.CreditBody(credit, home, context)) is { } body)
            {
                return (null, body, Locate(text, credit));
            }
        }

        // 会议由县委统战部常务副部长某某主持, the committees named only for guests' titles: the department's meeting.
        if (ChairingBody(text, home, context, Resolve) is { } chairing)
        {
            return (null, chairing.Body, chairing.Span);
        }

        // 12月2日，九三学社某市委主委某某率调研组…: a democratic party's committee leading the work the story opens with.
        // The story's sentences: past the page's lines that hold no clause mark at all (a bar, 发布时间：…, 作者：…).
        var story = text.Units.Where(u => !u.IsHeading).SkipWhile(u => u.Text.IndexOfAny(ClauseMarks) < 0).ToList();
        if (story.FirstOrDefault() is { } first && _bodies.LeadingParty(first, context, text.Units.Where(u => u.IsHeading).Select(u => u.Text)) is { } party)
        {
            return (null, party.Body, new TextSpan(first, party.Start, party.End));
        }

        // 某市政协某次会议召开。民进某市委会参加会议的市人大代表、市政协委员…: the party's news of its members at the session.
        if (sourceMedium is null && story.Take(2).ToList() is [var opening, var next]
            && _bodies.PartyMembersAtSession(opening, next, home, context) is { } members)
        {
            return (null, members.Body, new TextSpan(next, members.Start, members.End));
        }

        // 民盟某市委紧扣…，盟员委员认真履职…: a page that names one party again and again, or in its own words, is its news.
        if (sourceMedium is null && _bodies.PartyVoice(text, home, context) is { } voice)
        {
            return (null, voice.Body, voice.Span);
        }

        // 两市政协…座谈会在某市举行: a meeting of paired or networked committees has its host.
        if (JointMeetingHost(text, headlines, context, Resolve) is { } jointHost)
        {
            return (jointHost.Committee, null, jointHost.Span);
        }

        return InReadingOrder(text, home, context, residents, sourceMedium, Resolve);
    }
}
