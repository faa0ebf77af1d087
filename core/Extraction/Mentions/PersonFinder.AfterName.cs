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

                var standsAlone = start == 0 || text[start - 1] is '，' or '、' or '。' or '；' or '：' or '（' or '“' or ' ' or '和' or '与' or '及'
                    || CutAsName(reading, start, at) || reading.EndsAt(start, Labels.Committee, Labels.Body);
                if (!standsAlone)
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

    // The segmenter's word ending at `start` is an adverb (不断拓宽委员…).
    private static bool AfterAdverb(UnitReading reading, int start)
    {
        var tokens = reading.Unit.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.End == start && t.Tag is "d" or "ad")
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
