namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named before their title (习近平总书记, 厉忠强委员, 汪某书记), the name standing alone or cut as a
/// name by the segmenter.
/// </summary>
internal sealed partial class PersonFinder
{
    // 习近平总书记, 厉忠强委员: a name right before the title, standing alone (after a clause mark,
    // a title or a list mark) or cut as a name by the segmenter.
    private void FindTitleAfterName(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (title, bodyName) in _titlesAfterName)
        {
            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                if (names.ReadBefore(text, at) is not { } length || reading.IsTaken(at - length, at, Labels.Person, Labels.Place, Labels.Committee, Labels.Body)
                    || reading.IsTaken(at, at + title.Length, Labels.Person))
                {
                    if (bodyName is null && PersonEndingAt(reading, at) is { } known)
                    {
                        // 总经理厉忠强委员: a person already read gets the role too.
                        AddCommitteeMember(reading, known, title, at);
                    }

                    continue;
                }

                // 习近平总书记关于…的重要论述: a doctrine cited, not the person doing something.
                if (bodyName is { Length: > 0 } && WordsAt.StartsAny(text, at + title.Length, cues.CitingWords))
                {
                    continue;
                }

                var start = at - length;
                // 不断拓宽委员履职渠道: a word after an adverb is a verb, whatever its tag; 主席：某甲\n副主席：…:
                // a title opening the next line of the original (a roster's) is not the name's.
                if (AfterAdverb(reading, start) || BylineFinder.BreakBefore(reading, at))
                {
                    continue;
                }

                // 原政协主席: 原 and a word of the dictionary is "former", no surname and given name.
                // 同志 gives no title: after a verb (选举某某同志为秘书长) the name is the clause's (an election's) to read.
                if (!(title == "同志" ? start == 0 || "，、。；：（“ 和与及".Contains(text[start - 1]) || CutAsName(reading, start, at) : StandsAloneBefore(reading, start, at))
                    || text[start] == '原' && names.IsOrdinary(text.AsSpan(start + 1, length - 1)))
                {
                    continue;
                }

                var name = text[start..at];
                var person = PersonMentions.NewPerson(reading, name, title == "同志" ? [] : [title], start, at + title.Length);
                if (bodyName is "")
                {
                    continue;
                }

                if (bodyName is not null)
                {
                    var body = reading.Add(new Mention(Labels.Body, "body:" + bodyName, bodyName, reading.Unit, at, at + title.Length) { Implied = true });
                    PersonMentions.Relate(reading, person, title, body.Id, start, at + title.Length, leads: false);
                }
                else
                {
                    AddCommitteeMember(reading, person, title, at);
                }
            }
        }
    }

    // 考察了某甲、某乙等委员工作室: members known through the studios named after them are members (委员), the
    // committee unsaid (a studio of 政协委员 of any level): the names listed before (等)委员工作室, read back
    // from the studio along the list.
    private void FindStudioMembers(UnitReading reading)
    {
        const string studio = "委员工作室";
        var text = reading.Text;
        for (var at = text.IndexOf(studio, StringComparison.Ordinal); at >= 0; at = text.IndexOf(studio, at + studio.Length, StringComparison.Ordinal))
        {
            var end = at > 0 && text[at - 1] == '等' ? at - 1 : at;
            var listed = new List<(int Start, int End)>();
            while (names.ReadBefore(text, end) is { } length && !reading.IsTaken(end - length, end, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
            {
                listed.Add((end - length, end));
                if (end - length == 0 || text[end - length - 1] != '、')
                {
                    break;
                }

                end = end - length - 1;
            }

            // 关于推进委员工作室建设, 得益于政协委员工作室: the list's first name stands alone (after a mark or a
            // verb's 了, or cut as a name), never the tail of a word.
            if (listed.Count == 0 || listed[^1] is var (first, firstEnd) && !(first == 0 || "，、。；：（“ 了".Contains(text[first - 1]) || CutAsName(reading, first, firstEnd)))
            {
                continue;
            }

            foreach (var (start, nameEnd) in listed)
            {
                PersonMentions.NewPerson(reading, text[start..nameEnd], ["委员"], start, nameEnd);
            }
        }
    }

    // 某甲、某乙等市政协委员提交…, 对某丙等41名优秀政协委员予以表彰, 某丁等5人提交的, 某甲、某乙两名委员, 某甲、某乙委员:
    // names listed before the group they lead (after 等, or right before a count and a title, or two or more names right
    // before a title): the group's title is each one's (委员, 常委 of the committee named there, else of the committee
    // speaking; 会员, 盟员, 社员 of their party; none for 人 or 同志). Read back from the group along the list, past names
    // already read; its first name stands alone (after a mark, a particle, a preposition or conjunction, a committee or a
    // body, or cut as a name), never the tail of a word.
    private void FindListedBeforeGroup(UnitReading reading)
    {
        var text = reading.Text;
        foreach (System.Text.RegularExpressions.Match group in GroupAfterList().Matches(text))
        {
            var afterAnd = group.Index > 0 && text[group.Index - 1] == '等';
            if (!afterAnd && group.Groups["people"].Success)
            {
                continue;
            }

            var close = afterAnd ? group.Index - 1 : group.Index;
            var listed = new List<(int Start, int End, bool Known)>();
            var end = close;
            while (end > 0)
            {
                var known = PersonNamedEndingAt(reading, end);
                int? length = known is not null ? end - known.Start : names.ReadBefore(text, end);
                if (length is null || known is null && (reading.IsTaken(end - length.Value, end, Labels.Person, Labels.Place, Labels.Committee, Labels.Body)
                    || gazetteer.Named(text.AsSpan(end - length.Value, length.Value)).Count > 0))
                {
                    break;
                }

                listed.Add((end - length.Value, end, known is not null));
                if (end - length.Value == 0 || text[end - length.Value - 1] != '、')
                {
                    break;
                }

                end = end - length.Value - 1;
            }

            // Without 等, a count or two names at least: 某甲委员 alone is FindTitleAfterName's.
            if (listed.Count == 0 || !afterAnd && !group.Groups["count"].Success && listed.Count < 2
                || !StandsAloneBefore(reading, listed[^1].Start, listed[^1].End))
            {
                continue;
            }

            var title = group.Groups["title"].Value is "同志" or "" ? null : group.Groups["title"].Value;
            var named = group.Groups["committee"] is { Success: true } c ? reading.Of(Labels.Committee).FirstOrDefault(m => m.Start == c.Index) : null;
            foreach (var (start, nameEnd, _) in listed.Where(l => !l.Known))
            {
                var person = PersonMentions.NewPerson(reading, text[start..nameEnd], title is null ? [] : [title], start, nameEnd);
                if (title is "会员" or "盟员" or "社员" && PartyOf(reading, close) is { } partyId)
                {
                    PersonMentions.Relate(reading, person, title, partyId, start, group.Index + group.Length, leads: false);
                }

                if (title is "委员" or "常委")
                {
                    if (named is not null)
                    {
                        PersonMentions.Relate(reading, person, title, named.Id, start, group.Index + group.Length, leads: false);
                    }
                    else
                    {
                        AddCommitteeMember(reading, person, title, group.Index + group.Length - title.Length);
                    }
                }
            }
        }
    }

    // The first name of a list stands alone: at the text's start, after a mark, a particle, preposition or conjunction
    // (了, 对, 和), a verb (the segmenter's token, or a common verb of the dictionary), a committee or a body; or the
    // segmenter cut it as a name.
    private bool StandsAloneBefore(UnitReading reading, int start, int end)
    {
        // 对于政协委员: a surname that is also a preposition and makes a word with the character before is that word's.
        if (start > 0 && PersonNames.IsPreposition(reading.Text[start]) && names.IsOrdinary(reading.Text.AsSpan(start - 1, 2)))
        {
            return false;
        }

        if (start == 0 || "，、。；：（“ 了和与及对由向将把请让经有,;:(".Contains(reading.Text[start - 1]) || CutAsName(reading, start, end)
            || reading.EndsAt(start, Labels.Committee, Labels.Body))
        {
            return true;
        }

        // 并向镇委员联络站, 对于政协: a surname that is also a preposition, after a word, is that preposition.
        if (PersonNames.IsPreposition(reading.Text[start]))
        {
            return false;
        }

        // 会议同意某某主席的意见: a verb of the dictionary right before, however the segmenter joined them.
        if (names.VerbEndsAt(reading.Text, start))
        {
            return true;
        }

        var tokens = reading.Unit.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End == start)
            {
                return tokens[i].Tag is "v" or "p" or "c" or "uj" or "ul";
            }
        }

        return false;
    }

    // A group closing a list of people: a count (15名, 5位; 5人 only after 等), a qualifier, the committee, then the
    // group's title (委员 not of 委员会 or 委员单位; 常委 not of 常委会).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:(?<count>[0-9一二三四五六七八九十两百余多]{1,4}[名位])?(?:优秀|特邀|老)?(?<committee>(?:[市县区省州旗]|全国)政协|政协)?(?<title>委员(?!会|单位|工作室)|常委(?!会)|会员|盟员|社员|同志)|[0-9一二三四五六七八九十两]{1,3}人(?<people>))")]
    private static partial System.Text.RegularExpressions.Regex GroupAfterList();

    // The helpers below are indexed loops, not LINQ, for FindTitleAfterName's loop: a lambda there
    // would capture the loop's variables, a closure allocated for every occurrence of every title
    // (and a foreach over a read-only list allocates its enumerator).

    // The first person read here that ends at `end`, or null.
    private static Mention? PersonEndingAt(UnitReading reading, int end)
    {
        var mentions = reading.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Label == Labels.Person && !m.Implied && m.End == end)
            {
                return m;
            }
        }

        return null;
    }

    // The first person read whose name (not its title: 某甲委员) ends at `end`, or null.
    private static Mention? PersonNamedEndingAt(UnitReading reading, int end)
    {
        var mentions = reading.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Label == Labels.Person && !m.Implied && m.Start + m.Name.Length == end && string.CompareOrdinal(reading.Text, m.Start, m.Name, 0, m.Name.Length) == 0)
            {
                return m;
            }
        }

        return null;
    }

    // The first person read that starts at `start`, or null.
    private static Mention? PersonStartingAt(UnitReading reading, int start)
    {
        var mentions = reading.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Label == Labels.Person && !m.Implied && m.Start == start)
            {
                return m;
            }
        }

        return null;
    }

    // The segmenter's word ending at `start` is an adverb (不断拓宽委员…).
    private static bool AfterAdverb(UnitReading reading, int start)
    {
        var tokens = reading.Unit.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.End == start && t.Tag is "d" or "ad" && !PersonNames.IsMisTaggedVerb(t.Word))
            {
                return true;
            }
        }

        return false;
    }

    // The segmenter cut [start, end) as one word and tagged it a person's name.
    private static bool CutAsName(UnitReading reading, int start, int end)
    {
        var tokens = reading.Unit.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start == start && t.End == end && t.Tag is "nr" or "nrfg")
            {
                return true;
            }
        }

        return false;
    }

    private static void AddCommitteeMember(UnitReading reading, Mention person, string title, int at)
    {
        if ((reading.Speaker ?? reading.Context.Issuer) is { } committee)
        {
            PersonMentions.Relate(reading, person, title, committee.Id, person.Start, at + title.Length, leads: false);
        }
    }
}
