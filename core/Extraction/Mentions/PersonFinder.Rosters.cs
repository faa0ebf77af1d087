namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named in the forms of elections and rosters: names before 为 or 当选 and the title the
/// clause ends with (补选某甲、某乙为省政协副主席, 某丙当选秘书长, 以某丁为组长), and a roster's line of a
/// title, a colon and names set apart by spaces (副主席：某甲 某乙 某丙; 常　委：卓　某, a two-character
/// name padded to the width of three).
/// </summary>
internal sealed partial class PersonFinder
{
    // Words after the names that make them the elected or appointed, the title closing the clause.
    private static readonly string[] ElectionWords = ["当选为", "当选", "为"];

    // Verbs before the names of an election or appointment (选举某甲为…, 以某乙为组长).
    private static readonly string[] ElectingVerbs = ["选举", "补选", "增选", "推选", "选", "以"];

    private void FindRostersAndElections(UnitReading reading)
    {
        FindElected(reading);
        FindRosters(reading);
    }

    // 补选某甲、某乙为省政协副主席; 某丙当选省政协十二届委员会主席，某丁当选秘书长; 以某戊为组长.
    private void FindElected(UnitReading reading)
    {
        var text = reading.Text;
        string? lastCommittee = null;
        for (var at = 0; at < text.Length; at++)
        {
            var elected = AfterElectingVerb(text, at);
            // 民革某区总支部某甲、某乙当选区政协常委: names right after a body (a party's branch) open the clause too.
            if (!OpensClause(text, at) && !elected && !reading.EndsAt(at, Labels.Body))
            {
                continue;
            }

            // 满票当选为主席: at a clause's opening with no electing verb before it, a two-character
            // reading that is a vote's word or a known word other than a name is no person.
            var people = ElectedNames(reading, at);
            if (!elected && people.Any(p => p.End - p.Start == 2 && IsElectionWord(text[p.Start..p.End])))
            {
                continue;
            }

            // 某甲等135名同志当选常务委员, 某甲、某乙两位同志为副主席, 某甲同志为秘书长: the first of a group
            // elected (the group's count between) or the people counted or called comrades before the title.
            var group = people.Count == 0 ? null : ElectedGroup().Match(text, people[^1].End);
            var wordAt = group is { Success: true } && group.Index == people[^1].End ? group.Index + group.Length : people.Count == 0 ? 0 : people[^1].End;
            if (people.Count == 0 || WordsAt.First(text, wordAt, ElectionWords) is not { } word
                || ClosingTitle(reading, wordAt + word.Length) is not { } title)
            {
                continue;
            }

            // 某甲当选省政协十二届委员会主席: 政协 before a committee's title, no committee read there, is the
            // committee the sentence names before (在省政协十三届一次会议上…当选为政协十三届委员会常务委员), else
            // the committee speaking when the sentence's 政协 is bare or of its level; 某乙、某丙当选副主席
            // after it: a bare title is in the committee of the sentence's election before, else in the
            // committee speaking, never in one carried from another sentence.
            var committeeTitle = IsCommitteeTitle(title.Title);
            var organisation = Organisation(reading, title.Title, title.Start, title.End, OrganisationBefore(reading, title.Start), null, null)
                ?? (committeeTitle && text.AsSpan(people[^1].End, title.Start - people[^1].End).Contains("政协", StringComparison.Ordinal)
                    ? ElectingCommittee(reading, people[0].Start)
                    : null)
                ?? (committeeTitle && text.AsSpan(wordAt + word.Length, title.Start - wordAt - word.Length) is "" or "常务" && !AtCongress(text)
                    ? lastCommittee ?? (reading.Speaker ?? reading.Context.Issuer)?.Id
                    : null);
            if (organisation?.StartsWith("committee:", StringComparison.Ordinal) == true)
            {
                lastCommittee = organisation;
            }

            foreach (var (start, end) in people)
            {
                // 旗政协领导某甲…某甲当选副主席: a person read before (a list, an earlier title) takes the title too.
                var person = reading.Of(Labels.Person).FirstOrDefault(p => p.Start == start && p.End == end) is { } known
                    ? PersonMentions.AddRole(known, title.Title)
                    : PersonMentions.NewPerson(reading, text[start..end], [title.Title], start, end);
                if (organisation is not null)
                {
                    PersonMentions.Relate(reading, person, title.Title, organisation, start, title.End, leads: title.Title == "主席" && organisation.StartsWith("committee:", StringComparison.Ordinal));
                }
            }

            at = people[^1].End - 1;
        }
    }

    // An electing verb ends right before `at` (补选|某甲). A loop, not LINQ: FindElected asks at every
    // position, where a lambda would allocate a closure each time.
    private static bool AfterElectingVerb(string text, int at)
    {
        // Every verb ends in 举, 选 or 以 (or is followed by 了).
        if (at == 0 || text[at - 1] is not ('举' or '选' or '以' or '了'))
        {
            return false;
        }

        foreach (var verb in ElectingVerbs)
        {
            // 增选了某甲、某乙为副主席: the verb's 了 may stand between.
            if (at >= verb.Length && Follows(text, at - verb.Length, verb)
                || verb.Length == 2 && at >= 3 && text[at - 1] == '了' && Follows(text, at - 3, verb))
            {
                return true;
            }
        }

        return false;
    }

    // The committee an election clause at `namesStart` names with 政协: the last committee the sentence
    // read before the names, else the committee speaking unless a 政协 before the names is another
    // level's (省政协 in a county's text: null).
    private static string? ElectingCommittee(UnitReading reading, int namesStart)
    {
        if (reading.Mentions.LastOrDefault(m => !m.Implied && m.Label == Labels.Committee && m.End <= namesStart) is { } named)
        {
            return named.Id;
        }

        var text = reading.Text;
        for (var at = text.IndexOf("政协", StringComparison.Ordinal); at >= 0 && at < namesStart; at = text.IndexOf("政协", at + 2, StringComparison.Ordinal))
        {
            if (SpeakingCommitteeBefore(reading, at + 2) is null)
            {
                return null;
            }
        }

        return (reading.Speaker ?? reading.Context.Issuer)?.Id;
    }

    // The names of an election from `at`, joined by 、: each a name by pattern or an item of the list
    // (折某、 after a first name; see PersonNames.ReadList), or a person already read there (a list
    // read as names before its title was known). A name with a place inside it (张海东: 海东) is the
    // name's, and so is an item after the first that only a township shares (阿古拉、); a reading that
    // is a larger place, a committee or body, or cuts across a person read otherwise, ends the list.
    private List<(int Start, int End)> ElectedNames(UnitReading reading, int at)
    {
        var people = new List<(int Start, int End)>();
        foreach (var (name, start, end) in names.ReadList(reading, at, spaced: false))
        {
            var known = reading.Of(Labels.Person).Any(p => p.Start == start && p.End == end);
            var places = gazetteer.Named(name);
            if (!known && (reading.IsTaken(start, end, Labels.Person, Labels.Committee, Labels.Body)
                || reading.Of(Labels.Place).Any(p => p.Overlaps(start, end) && p.Start <= start)
                || places.Count > 0 && (people.Count == 0 || places.Any(p => p.Place.Level != Places.PlaceLevel.Town))))
            {
                break;
            }

            people.Add((start, end));
        }

        return people;
    }

    // 满票, 全票, 高票, 等额, 差额: how the vote went (a reading ending in 票 or 额), or a word the
    // segmenter knows that it does not tag as a person's name.
    private bool IsElectionWord(string word) => word[^1] is '票' or '额' || names.IsOrdinary(word);

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:等(?:[0-9一二三四五六七八九十百]{1,4}[名位人])?|[一二两三四五六七八九十]{1,2}[名位])?(?:同志|委员)?")]
    private static partial System.Text.RegularExpressions.Regex ElectedGroup();

    // The title that ends the clause starting at `from` (为省政协副主席， → 副主席), within a short reach;
    // null when the clause goes on after it (为主任的工作组) or holds no title.
    private (string Title, int Start, int End)? ClosingTitle(UnitReading reading, int from)
    {
        var text = reading.Text;
        var end = from;
        while (end < text.Length && end - from <= 24 && PersonNames.IsHan(text[end]))
        {
            end++;
        }

        if (end - from > 24 || (end < text.Length && text[end] is not ('，' or '。' or '；' or '、' or ',' or ';' or ' ' or '　')))
        {
            return null;
        }

        for (var start = from; start < end; start++)
        {
            if (TitleAt(text, start) is { } title && start + title.Length == end && OpensTitle(reading, start))
            {
                return (title, start, end);
            }
        }

        return null;
    }

    // 副主席：某甲 某乙 某丙 / 常　委：卓　某 欧阳某某: a title and a colon opening a line of the
    // original, then names set apart by spaces up to the line's end.
    private void FindRosters(UnitReading reading)
    {
        var text = reading.Text;
        for (var colon = text.IndexOfAny([':', '：']); colon >= 0; colon = text.IndexOfAny([':', '：'], colon + 1))
        {
            if (colon == 0 || RosterTitle(reading, colon) is not { } title)
            {
                continue;
            }

            var items = RosterNames(reading, colon + 1);
            if (items.Count == 0 || !items.All(i => names.IsCreditName(i.Name)) || !items.Any(i => names.IsName(i.Name))
                || items.Any(i => reading.IsTaken(i.Start, i.End, Labels.Place, Labels.Committee, Labels.Body))
                || items.Count == 1 && !EndsLine(reading, items[0].End))
            {
                continue;
            }

            var committee = IsCommitteeTitle(title) ? RosterCommittee(reading, colon - title.Length) : null;
            foreach (var (name, start, end) in items.Where(i => !reading.IsTaken(i.Start, i.End, Labels.Person)))
            {
                var person = PersonMentions.NewPerson(reading, name, [title], start, end);
                if (committee?.StartsWith("committee:", StringComparison.Ordinal) == true)
                {
                    PersonMentions.Relate(reading, person, title, committee, colon - title.Length, end, leads: title == "主席");
                }
            }
        }
    }

    // The title before the colon at `colon` (the text's repairs took the spaces out of 常   委),
    // standing at the start of a line of the original or of the unit.
    private string? RosterTitle(UnitReading reading, int colon)
    {
        var text = reading.Text;
        var start = colon;
        while (start > 0 && colon - start < 8 && PersonNames.IsHan(text[start - 1]) && !BylineFinder.BreakBefore(reading, start))
        {
            start--;
        }

        var title = text[start..colon];
        return (start == 0 || BylineFinder.BreakBefore(reading, start) || !PersonNames.IsHan(text[start - 1])) && _titles.Contains(title) ? title : null;
    }

    // The names after a roster's colon: items the original set apart by spaces (the repairs joined
    // them), a one-character item joined to the next one-character item (卓  某 is one name padded to
    // the width of three), up to the line's end.
    private static List<(string Name, int Start, int End)> RosterNames(UnitReading reading, int from)
    {
        var text = reading.Text;
        var items = new List<(string Name, int Start, int End)>();
        var at = from;
        while (at < text.Length && text[at] is ' ' or '　')
        {
            at++;
        }

        while (at < text.Length && PersonNames.IsHan(text[at]) && !(at > from && BylineFinder.BreakBefore(reading, at)))
        {
            var end = at + 1;
            while (end < text.Length && PersonNames.IsHan(text[end]) && !BylineFinder.SpaceBefore(reading, end))
            {
                end++;
            }

            var next = end;
            while (end - at == 1 && next < text.Length && text[next] is ' ' or '　')
            {
                next++;
            }

            if (end - at == 1 && next < text.Length && PersonNames.IsHan(text[next]) && !BylineFinder.BreakBefore(reading, next)
                && (next + 1 == text.Length || !PersonNames.IsHan(text[next + 1]) || BylineFinder.SpaceBefore(reading, next + 1) || text[next + 1] is ' ' or '　'))
            {
                end = next + 1;
            }

            items.Add((text[at..end].Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal), at, end));
            at = end;
            while (at < text.Length && text[at] is ' ' or '　')
            {
                at++;
            }

            if (at == end && at < text.Length && PersonNames.IsHan(text[at]) && !BylineFinder.SpaceBefore(reading, at))
            {
                break;
            }
        }

        return items;
    }

    // The committee a roster's titles are held in: one named on the roster's own line or by a heading
    // just above it (政协某市第一届委员会 alone on its line, perhaps with 历届 or 领导 words, in this unit
    // or one of the few before), else the committee speaking (its page, its history), else the issuer;
    // null when that is no committee. A committee a sentence of an earlier unit names holds no roster.
    private static string? RosterCommittee(UnitReading reading, int titleStart)
    {
        var named = reading.Of(Labels.Committee).LastOrDefault(m => m.End <= titleStart && (OnRosterLine(reading, m.End, titleStart) || HeadsLine(reading, m)))
            ?? reading.Findings.Mentions.LastOrDefault(m => !m.Implied && m.Label == Labels.Committee && m.Unit.Ordinal < reading.Unit.Ordinal
                && reading.Unit.Ordinal - m.Unit.Ordinal <= HeadingReach && HeadsLine(reading, m));
        var id = named?.Id ?? (reading.Speaker ?? reading.Context.Issuer)?.Id;
        return id?.StartsWith("committee:", StringComparison.Ordinal) == true ? id : null;
    }

    // How many units before a roster its committee's heading may stand (a 历届领导 line between).
    private const int HeadingReach = 3;

    // Words a roster's heading may hold beside the committee's name (政协某县历届领导班子成员名单).
    private static readonly string[] HeadingWords = ["历届", "本届", "领导", "班子", "成员", "名单", "组成", "人员"];

    // No line break between the committee's name and the roster's title: the roster's own line.
    private static bool OnRosterLine(UnitReading reading, int from, int titleStart)
    {
        for (var at = from + 1; at < titleStart; at++)
        {
            if (BylineFinder.BreakBefore(reading, at))
            {
                return false;
            }
        }

        return true;
    }

    // The committee's name stands alone on its line of the original (in this unit or an earlier
    // one), perhaps with heading words.
    private static bool HeadsLine(UnitReading reading, Mention committee)
    {
        var text = committee.Unit.Text;
        var start = committee.Start;
        while (start > 0 && !BylineFinder.BreakBefore(reading, committee.Unit, start))
        {
            start--;
        }

        var end = committee.End;
        while (end < text.Length && !BylineFinder.BreakBefore(reading, committee.Unit, end))
        {
            end++;
        }

        return IsHeading(text[start..end], committee.Start - start, committee.End - start);
    }

    // Around the name at [start, end), only heading words and what is no Han character (dates, marks).
    private static bool IsHeading(string line, int start, int end)
    {
        var rest = line[..start] + " " + line[end..];
        foreach (var word in HeadingWords)
        {
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        }

        return !rest.Any(PersonNames.IsHan);
    }

    // 委员：谢谢！很高兴…: a roster's one name closes its line (an interview's answer goes on after it).
    private static bool EndsLine(UnitReading reading, int end)
    {
        var text = reading.Text;
        while (end < text.Length && text[end] is ' ' or '　')
        {
            end++;
        }

        return end == text.Length || BylineFinder.BreakBefore(reading, end);
    }
}
