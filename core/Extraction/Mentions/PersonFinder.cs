using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Named persons with their roles, found from titles, surnames and the sentence's structure,
/// never from a list of known people.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A title, then names: 市政协主席戚寿余, 省人民政府省长 王清宪, 县政协党组副书记、副主席黄积文 (titles
/// joined by 、), 市政协副主席刘绍安、夏静、朱燕 (names joined by 、), with or without a space. The
/// organisation is the committee or body named right before the titles; a government's title
/// without one (省长 李炳军, 广东省省长) is the government of the place named before it, else of the
/// document's place at that level; 委员 after a bare 政协 is the committee speaking; a committee's
/// title right after a person with a committee role in the same sentence (县政协主席郑建华，副主席
/// 吴育民), or opening a sentence after one of the committee speaking in its paragraph, is in that committee
/// (carried so, a 主席 leads nothing); a committee's
/// title after 政协 where no committee was read (政协副主席, or 县政协 in a county committee's text), and
/// a session's title (大会执行主席, none in a sentence of a 人大 session), are the committee speaking's; 常务 may stand between the committee
/// and the title (省政协常务副主席), 是 between the title and names closing the clause (执行主席是某甲、某乙).
/// Otherwise the role has no organisation (公司董事长丁成善).</item>
/// <item>A name, then a title: 习近平总书记 (the title's body), 厉忠强委员, 丁某某主席 (the committee speaking),
/// 汪某书记, 方某某区长 (no body); the name stands alone or right after a body (中共某区委汪某书记).</item>
/// <item>Bylines anywhere in a sentence: 本报记者 胡京春 通讯员 王旭东, 湖南日报全媒体记者 刘尚文 摄,
/// 作者：唐波 邓建明, 【编辑：李娟娟】; the role is held in the medium named before the title (湖南日报),
/// else, for a correspondent (通讯员), the committee speaking, for 本版策划 the issuer, for the others
/// the document's publisher.</item>
/// <item>Names listed before the group they belong to (某甲、某乙等县政协委员, 某丙等41名优秀政协委员, 某丁、某戊两名委员,
/// 某甲、某乙委员): the group's title, of the committee named there or speaking; 会员 of the party named last or issuing.
/// Names opening a clause before what people do (某甲出席并讲话, 某乙 某丙 出席会议, 某丁提交了《…》, 某戊作…工作报告,
/// ”个体户某某说，), a trade perhaps before them.</item>
/// <item>The speaker or author named above the text: a paragraph that is only a name (杨松), or a
/// name opening the text before the salutation, the date or a colon (黎作凤各位委员, 孙伟（2023年1月16日）).</item>
/// </list>
/// Ids are <c>person:{name}</c>. A role gives HAS_ROLE (key: the title) to its organisation and,
/// for a committee's 主席, LEADS.
/// </remarks>
internal sealed partial class PersonFinder(PeopleCues cues, PersonNames names, Gazetteer gazetteer)
{
    private readonly TitleIndex<string> _titles = TitleIndex.Of(cues.Roles.Select(r => r.Title));

    // The titles held in a committee (主席, 委员 …).
    private readonly HashSet<string> _committeeTitles = cues.Roles.Where(r => r.Organization == "committee").Select(r => r.Title).ToHashSet(StringComparer.Ordinal);

    // The titles read after a name (习近平总书记, 厉忠强委员) with the body each implies, longest first,
    // and 委员 last among its length: ordered once, not for every unit.
    private readonly (string Title, string? Body)[] _titlesAfterName = cues.TitlesAfterName.Select(t => (t.Title, t.Body)).Append(("委员", null))
        .OrderByDescending(t => t.Item1.Length).ToArray();
    private readonly BylineFinder _bylines = new(cues, names, gazetteer);

    public void Find(UnitReading reading)
    {
        _bylines.Find(reading);
        FindTitled(reading);
        FindTitleAfterName(reading);
        FindStudioMembers(reading);
        FindListedBeforeGroup(reading);
        FindInClauses(reading);
    }

    private void FindTitled(UnitReading reading)
    {
        var text = reading.Text;
        // 县政协主席某甲…出席会议。副主席某乙主持会议。: a bare committee title goes on with the committee of
        // the sentence before in its paragraph only when that is the committee speaking (市政协副主席某丙到会。
        // 秘书长某丁…: no telling whose), and a title so carried never makes its holder lead.
        var carried = PreviousSentenceCommittee(reading) is { } prior && prior == (reading.Speaker ?? reading.Context.Issuer)?.Id ? prior : null;
        string? lastCommittee = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (TitleAt(text, i) is not { } first || reading.IsTaken(i, i + first.Length, Labels.Person) || InsideQuote(reading, i) || !OpensTitle(reading, i))
            {
                continue;
            }

            // The titles, each perhaps with its own organisation (县政协副主席、工商联主席), then the names (刘绍安、夏静).
            var chain = new List<(string Title, int Start, int End, Mention? Organisation)> { (first, i, i + first.Length, OrganisationBefore(reading, i)) };
            var at = i + first.Length;
            while (at + 1 < text.Length && text[at] == '、')
            {
                if (TitleAt(text, at + 1) is { } next)
                {
                    chain.Add((next, at + 1, at + 1 + next.Length, null));
                    at += 1 + next.Length;
                }
                else if (OrganisationAt(reading, at + 1) is { } organisation && TitleAt(text, organisation.End) is { } titled)
                {
                    chain.Add((titled, organisation.End, organisation.End + titled.Length, organisation));
                    at = organisation.End + titled.Length;
                }
                else if (names.OccupationLength(text, at + 1) is > 0 and var occupation && names.Read(text, at + 1 + occupation) is not null
                    && !names.PrepositionAfterTrade(text, at + 1 + occupation))
                {
                    // 市政协委员、企业家刘建国: a trade between the titles and the names is no title of a body
                    // (企业家向灾区捐款: a preposition's phrase is none of the names).
                    at += 1 + occupation;
                    break;
                }
                else
                {
                    break;
                }
            }

            var spaced = at < text.Length && text[at] is ' ' or '　';
            while (at < text.Length && text[at] is ' ' or '　')
            {
                at++;
            }

            // 大会的执行主席是某甲、某乙。, 执行主席是：某甲、某乙。: 是 or a colon between the title and the
            // names, which then close the clause (one name after a colon is a roster's line: FindRosters).
            var copula = !spaced && at < text.Length && text[at] == '是';
            // 14名区政协委员（徐锋、胡平、殷方兰）: the names in brackets after the title, the bracket closing right after them.
            var bracket = !spaced && !copula && at < text.Length && text[at] is '（' or '(';
            var listAt = copula || bracket ? at + 1 : at;
            var colon = !spaced && listAt < text.Length && text[listAt] is '：' or ':';
            var people = EndAtPlaces(reading, names.ReadList(reading, colon ? AfterBlanked(reading.ListText, listAt + 1) : listAt, spaced, titled: true));
            if ((copula || colon) && people.Count > 0 && !ClosesClause(reading.ListText, people[^1].End) || colon && people.Count == 1
                || bracket && people.Count > 0 && (people[^1].End >= text.Length || text[people[^1].End] is not ('）' or ')')))
            {
                people.Clear();
            }

            if (people.Count == 0)
            {
                i = chain[^1].End - 1;
                continue;
            }

            if (chain[0].Organisation is null && BureauBefore(reading, chain[0].Title, chain[0].Start) is { } bureau)
            {
                chain[0] = (chain[0].Title, chain[0].Start, chain[0].End, bureau);
            }

            var organisations = new List<(string Title, string? Id, bool Carried)>();
            string? previous = null;
            var previousCarried = false;
            foreach (var (title, titleStart, titleEnd, before) in chain)
            {
                // A session's officers are of the session's committee, never of one carried from the sentence before.
                var id = Organisation(reading, title, titleStart, titleEnd, before, before is null ? previous : null, SessionTitles.Contains(title) ? lastCommittee : lastCommittee ?? carried);
                var fromCarried = id is not null && (lastCommittee is null && id == carried && Organisation(reading, title, titleStart, titleEnd, before, before is null ? previous : null, null) is null
                    || before is null && id == previous && previousCarried);
                organisations.Add((title, id, fromCarried));
                previous = id;
                previousCarried = fromCarried;
                if (id?.StartsWith("committee:", StringComparison.Ordinal) == true && !fromCarried)
                {
                    lastCommittee = id;
                }
            }

            var spanStart = chain[0].Organisation?.Start ?? i;
            foreach (var (name, nameStart, nameEnd) in people)
            {
                var roles = chain.Select(c => text[(c.Organisation?.Start ?? c.Start)..c.End]).ToArray();
                var person = PersonMentions.NewPerson(reading, name, roles, nameStart, nameEnd);
                foreach (var (title, id, fromCarried) in organisations.Where(o => o.Id is not null))
                {
                    PersonMentions.Relate(reading, person, title, id!, spanStart, nameEnd, leads: title == "主席" && !fromCarried && id!.StartsWith("committee:", StringComparison.Ordinal));
                }
            }

            i = people[^1].End - 1;
        }
    }

    // The first committee or body read that starts at `start`, or null. A loop, not LINQ: FindTitled
    // asks at every position it reads, and a lambda there would capture its loop's variables (a
    // closure allocated for each position of every sentence).
    private static Mention? OrganisationAt(UnitReading reading, int start)
    {
        var mentions = reading.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.Implied && m.Label is Labels.Committee or Labels.Body && m.Start == start)
            {
                return m;
            }
        }

        return null;
    }

    // The committee or body named right before a title, or before 常务 opening it (省政协常务副主席).
    private static Mention? OrganisationBefore(UnitReading reading, int at)
    {
        var end = at >= 2 && string.CompareOrdinal(reading.Text, at - 2, "常务", 0, 2) == 0 ? at - 2 : at;
        return reading.Mentions.Where(m => !m.Implied && m.Label is Labels.Committee or Labels.Body && (m.End == at || m.End == end))
            .OrderBy(m => m.Label == Labels.Committee ? 0 : 1).FirstOrDefault();
    }

    // A title opens where a word starts, right after an organisation or place, after a party
    // committee's short name even when no place resolves it (县委书记, 党委副书记), or after a mark
    // (市政协主席, ，副主席), or inside a department's short name (统战部长, 宣传部长), or after 常务
    // (常务副主席); not inside a
    // longer word (总书记, 省委书记处).
    private static bool OpensTitle(UnitReading reading, int at) =>
        at == 0 || reading.Unit.IsWordBoundary(at)
        || (at >= 2 && reading.Text.AsSpan(at - 2, 2) is "统战" or "宣传" or "组织" or "常务") || "，、。；：（( 　代及和与兼".Contains(reading.Text[at - 1])
        || (reading.Text[at - 1] == '委' && at >= 2 && reading.Text[at - 2] is '省' or '市' or '县' or '区' or '州' or '旗' or '党' or '纪')
        || (at >= 2 && string.CompareOrdinal(reading.Text, at - 2, "政协", 0, 2) == 0)
        || reading.EndsAt(at, Labels.Committee, Labels.Body, Labels.Place)
        || HeadOfUnitNamedBefore(reading.Text, at);

    // The longest title starting at `at`, or null. A chair's title run into 团 is the presidium's
    // (县政协原主席团成员: not 原主席), read from its own first character.
    // A title run into 提名人选 or 候选人 (副主席提名人选某甲, 县人大常委会副主任候选人某乙) is a nominee's, read whole.
    private string? TitleAt(string text, int at) =>
        _titles.LongestAt(text, at) is { } title
        && !(title.EndsWith("主席", StringComparison.Ordinal) && at + title.Length < text.Length && text[at + title.Length] == '团')
            ? WordsAt.First(text, at + title.Length, NomineeSuffixes) is { } nominee ? title + nominee : title : null;

    // The committee whose session the document tells of: its own, unless the committee speaking is one under it
    // (淮安市政协八届三次会议 on a province's site, the city's chair reporting): a higher committee's site and leaders
    // report and attend a lower one's session, never the reverse.
    private CommitteeIdentity? SessionCommittee(UnitReading reading) =>
        reading.Context.Issuer is { Place: { } own } issuer && reading.Speaker is { Place: { } speaking } speaker
            ? speaking.Code != own.Code && gazetteer.IsWithin(speaking, own) ? speaker : issuer
            : reading.Context.Issuer ?? reading.Speaker;

    // 执行主席是：王*、某乙、某丙: a masked name opening the list is blanked to a list mark; the list starts after it.
    private static int AfterBlanked(string listText, int at)
    {
        var start = at;
        while (at < listText.Length && listText[at] == '、')
        {
            at++;
        }

        return at > start && at < listText.Length && PersonNames.IsHan(listText[at]) ? at : start;
    }

    // The names end the clause: a list mark left of a blanked note (某丙(女)。) is no item of its own.
    private static bool ClosesClause(string listText, int end)
    {
        while (end < listText.Length && listText[end] == '、')
        {
            end++;
        }

        return end >= listText.Length || listText[end] is '。' or '，' or '；';
    }

    private static bool InsideQuote(UnitReading reading, int at) => reading.Unit.QuoteAt(at) is { } quote && quote.Open < at;
}
