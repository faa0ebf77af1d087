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
