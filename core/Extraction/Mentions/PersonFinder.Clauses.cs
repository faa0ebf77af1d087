namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named without a title, where the clause's structure says a person acts: the subject of
/// a report to a meeting (刘某范受…常务委员会委托，向大会报告; 努某代表…常委会向大会报告工作), the head
/// of a visiting party (新闻研究部秦某勇一行到…), the honoured (沈某民获…一等奖、李某年和王某雯获优秀奖;
/// 徐某祥被授予…称号), and the authors in brackets closing a news item ((梁某如 梁某欢)).
/// </summary>
internal sealed partial class PersonFinder
{
    // Verbs that make the names before them the honoured.
    private static readonly string[] HonourVerbs = ["被授予", "被评为", "荣获", "获得", "获评", "获"];

    // What follows a reporter's name: 受 … 委托, or 代表 … then 向大会 or 作 (a report or a speech).
    private static readonly string[] ReportMarks = ["向大会", "作"];

    private void FindInClauses(UnitReading reading)
    {
        FindReporters(reading);
        FindPartyHeads(reading);
        FindHonoured(reading);
        FindAuthorNote(reading);
        FindRostersAndElections(reading);
        FindActors(reading);
    }

    // Verbs that make the names opening a clause people acting (孙某出席并讲话, 张某 王某 出席会议), and those that make
    // them a paper's authors when its title follows (滕某提交了《关于…的建议》).
    private static readonly string[] ActingVerbs = ["出席", "主持", "讲话", "致辞", "会见", "看望", "慰问", "带队", "率队", "表示", "介绍", "指出", "强调", "认为", "感慨"];
    private static readonly string[] PaperVerbs = ["提交", "提出", "撰写"];

    // 孙某出席并讲话, 张某 王某 王某某 出席会议, 滕某提交了《关于…》, 某某作市政协常委会工作报告, ”个体户某某说，: names
    // opening a clause or following a quote (joined by 、, 和 or spaces; a trade perhaps before them), then one of those
    // verbs, 说 and a mark, or a report made; near the text's start, a salutation (（2023年1月11日） 某某 各位委员：).
    private void FindActors(UnitReading reading)
    {
        var text = reading.Text;
        // A name to read there, or a person already read there (张某 named with a title before: 市长张某 王某 出席).
        int? ListedAt(int at) => ActorNameAt(reading, at) ?? (PersonStartingAt(reading, at) is { } known ? known.End - at : null);
        for (var at = 0; at < text.Length; at++)
        {
            if (!(OpensClause(text, at) || at > 0 && text[at - 1] is '”' or '“' or '）' or ')') || ListedAt(at) is null && names.OccupationLength(text, at) == 0)
            {
                continue;
            }

            // ”个体户某某说, 毕业生某某表示: a person by trade, then the name.
            var listed = new List<(int Start, int End)>();
            var next = ListedAt(at) is null ? at + names.OccupationLength(text, at) : at;
            while (ListedAt(next) is { } length)
            {
                listed.Add((next, next + length));
                next += length;
                var following = next;
                while (following < text.Length && text[following] is '、' or ' ' or '　' or '和' or '及' && following - next < 3)
                {
                    following++;
                }

                if (following == next || following >= text.Length || ListedAt(following) is null)
                {
                    break;
                }

                next = following;
            }

            var verb = next;
            while (verb < text.Length && text[verb] is ' ' or '　')
            {
                verb++;
            }

            if (listed.Count == 0 || !(WordsAt.StartsAny(text, verb, ActingVerbs) || PaperFollows(text, verb) || ReportFollows(text, verb)
                || at < 24 && WordsAt.StartsAny(text, verb, cues.Salutations)
                || verb + 1 < text.Length && text[verb] == '说' && text[verb + 1] is '，' or '：' or '。' or ':' or ','))
            {
                continue;
            }

            foreach (var (start, end) in listed.Where(l => !reading.IsTaken(l.Start, l.End, Labels.Person)))
            {
                PersonMentions.NewPerson(reading, text[start..end], [], start, end);
            }

            at = next - 1;
        }
    }

    // A name read at `at` before what people do, or null: not a preposition and its object (，向大会作报告), an office's or
    // unit's short name (金融办, 卫健委, 司法所), an adverb (高兴地说), or a word of the dictionary the segmenter did not cut
    // as a name, or one as common as a common word whatever its tag (齐声说: jieba tags 齐声 a name).
    private int? ActorNameAt(UnitReading reading, int at)
    {
        var text = reading.Text;
        if (names.PrepositionAfterTrade(text, at) || NameAt(reading, at) is not { } length || UnitEnds.Contains(text[at + length - 1])
            || names.InDictionary(text.AsSpan(at, length)) && (!CutAsName(reading, at, at + length) || names.IsCommonWord(text.AsSpan(at, length))))
        {
            return null;
        }

        return length;
    }

    // Last characters of offices' and units' short names (金融办, 卫健委 …) and of adverbs (高兴地), no given name's.
    private const string UnitEnds = "办委局所站组队处科地";

    // 作市政协常委会工作报告, 所作的提案工作情况报告: 作 (所作, 作了) and a report named within the clause.
    private static bool ReportFollows(string text, int at)
    {
        at += at < text.Length && text[at] == '所' ? 1 : 0;
        if (at + 3 > text.Length || text[at] != '作')
        {
            return false;
        }

        var report = text.IndexOf("报告", at + 1, Math.Min(24, text.Length - at - 1), StringComparison.Ordinal);
        return report > 0 && text.AsSpan(at, report - at).IndexOfAny("，。；,;") < 0;
    }

    // 提交了《, 提出的《: a verb of writing a paper, then its title.
    private static bool PaperFollows(string text, int at)
    {
        foreach (var verb in PaperVerbs)
        {
            if (WordsAt.Starts(text, at, verb))
            {
                var title = at + verb.Length;
                title += title < text.Length && text[title] is '了' or '的' ? 1 : 0;
                return title < text.Length && text[title] == '《';
            }
        }

        return false;
    }

    // 刘某范受政协某市委员会常务委员会委托，向大会报告; 张某代表市政协常委会向大会作工作报告.
    private void FindReporters(UnitReading reading)
    {
        var text = reading.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (!OpensClause(text, at) || NameAt(reading, at) is not { } length)
            {
                continue;
            }

            // 王平受…委托: 受 read as a given name's third character is the clause's.
            if (length == 3 && text[at + 2] == '受' && text.IndexOf("委托", at + 3, StringComparison.Ordinal) is var mandate && mandate > 0 && mandate - at <= 40)
            {
                length = 2;
            }

            var after = at + length;
            var reports = (Follows(text, after, "受") && WithinClause(text, after, "委托", after))
                || (Follows(text, after, "代表") && AnyWithinClause(text, after, ReportMarks, after + 2));
            if (reports)
            {
                PersonMentions.NewPerson(reading, text.Substring(at, length), [], at, after);
                at = after - 1;
            }
        }
    }

    // 黄某文一行先后来到…; 新闻研究部秦某勇一行到…: the name before 一行, standing at a clause's start or
    // after a department or body.
    private void FindPartyHeads(UnitReading reading)
    {
        var text = reading.Text;
        for (var at = text.IndexOf("一行", StringComparison.Ordinal); at > 0; at = text.IndexOf("一行", at + 2, StringComparison.Ordinal))
        {
            // 一行人, 一行字: not a party.
            if (at + 2 < text.Length && text[at + 2] is '人' or '字' or '代' or '行')
            {
                continue;
            }

            if (names.ReadBefore(text, at) is not { } length || reading.IsTaken(at - length, at, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
            {
                continue;
            }

            var start = at - length;
            var placed = OpensClause(text, start) || "部局处室厅办委院站组团".Contains(text[start - 1])
                || reading.Mentions.Any(m => !m.Implied && m.Label is Labels.Committee or Labels.Body && m.End == start);
            if (placed && Named(reading, start, length))
            {
                PersonMentions.NewPerson(reading, text.Substring(start, length), [], start, at);
            }
        }
    }

    // 沈某民获一等奖、全某国获三等奖、吴某彦、李某年和王某雯获优秀奖; 徐某祥被授予“时代楷模”称号.
    private void FindHonoured(UnitReading reading)
    {
        var text = reading.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (!OpensClause(text, at) && !(at > 0 && text[at - 1] == '、'))
            {
                continue;
            }

            var people = NamesFrom(reading, at, "、和及");

            if (people.Count == 0 || WordsAt.First(text, people[^1].End, HonourVerbs) is not { } verb)
            {
                continue;
            }

            // 获 alone is honoured only with an award or a title after it (获三等奖, 获“优秀委员”称号), not 获悉.
            var rest = text.AsSpan(people[^1].End + verb.Length);
            var clauseEnd = rest.IndexOfAny("，。；、");
            var clause = clauseEnd < 0 ? rest : rest[..clauseEnd];
            if (verb is "获" or "获得" && !(clause.Contains('奖') || clause.Contains("称号", StringComparison.Ordinal) || clause.Contains("荣誉", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var (start, end) in people)
            {
                PersonMentions.NewPerson(reading, text[start..end], [], start, end);
            }

            at = people[^1].End - 1;
        }
    }

    // …彰显政协作为。(程某 高吕某杏): the authors of a news item in brackets after its last sentence (the
    // line that follows may have been joined to them).
    private void FindAuthorNote(UnitReading reading)
    {
        var text = reading.Text;
        for (var open = text.IndexOfAny(['（', '(']); open >= 0; open = text.IndexOfAny(['（', '('], open + 1))
        {
            var before = open;
            while (before > 0 && text[before - 1] is ' ' or '　')
            {
                before--;
            }

            if (before > 0 && text[before - 1] is not ('。' or '！' or '？' or '”'))
            {
                continue;
            }

            var close = text.IndexOfAny(['）', ')'], open);
            if (close < 0 || AuthorsIn(reading, open + 1, close) is not { Count: > 0 } people)
            {
                continue;
            }

            foreach (var (name, start, end) in people)
            {
                PersonMentions.NewPerson(reading, name, ["作者"], start, end);
            }
        }
    }

    // The names between the brackets, separated by spaces or 、; null when anything else is there.
    private List<(string Name, int Start, int End)>? AuthorsIn(UnitReading reading, int from, int close)
    {
        var text = reading.Text;
        var people = new List<(string Name, int Start, int End)>();
        for (var at = from; at < close;)
        {
            if (text[at] is ' ' or '　' or '、')
            {
                at++;
                continue;
            }

            var end = at;
            while (end < close && text[end] is not (' ' or '　' or '、'))
            {
                end++;
            }

            // (梁某如梁某欢): two names whose space the text lost are split where both halves read as names.
            var split = Enumerable.Range(2, 3).FirstOrDefault(k => end - at - k is >= 2 and <= 4 && Author(reading, at, at + k) && Author(reading, at + k, end));
            if (!Author(reading, at, end) && split == 0)
            {
                return null;
            }

            if (split > 0 && !Author(reading, at, end))
            {
                people.Add((text[at..(at + split)], at, at + split));
                at += split;
            }

            people.Add((text[at..end], at, end));
            at = end;
        }

        return people;
    }

    private bool Author(UnitReading reading, int start, int end) =>
        names.IsNameItem(reading.Text.AsSpan(start, end - start)) && Named(reading, start, end - start);

    // The names from `at` joined by one of `joiners` (某甲、某乙和某丙).
    private List<(int Start, int End)> NamesFrom(UnitReading reading, int at, string joiners)
    {
        var text = reading.Text;
        var people = new List<(int Start, int End)>();
        while (NameAt(reading, at) is { } length)
        {
            people.Add((at, at + length));
            at += length;
            if (at + 1 < text.Length && joiners.Contains(text[at]))
            {
                at++;
                continue;
            }

            break;
        }

        return people;
    }

    // A name that is no place, body or committee already read, and no word of the dictionary.
    private int? NameAt(UnitReading reading, int at) =>
        names.Read(reading.Text, at) is { } length && Named(reading, at, length) ? length : null;

    private bool Named(UnitReading reading, int start, int length) =>
        !reading.IsTaken(start, start + length, Labels.Person, Labels.Place, Labels.Committee, Labels.Body)
        && gazetteer.Named(reading.Text.AsSpan(start, length)).Count == 0;

    // `word` found from `from` on stands within 40 characters of `after` with no sentence or clause
    // end (。；) between them.
    private static bool WithinClause(string text, int after, string word, int from) =>
        text.IndexOf(word, from, StringComparison.Ordinal) is var found && found > 0 && found - after <= 40
        && !text.AsSpan(after, found - after).ContainsAny('。', '；');

    // One of `words` found from `from` on stands so (a loop: see WordsAt).
    private static bool AnyWithinClause(string text, int after, string[] words, int from)
    {
        foreach (var word in words)
        {
            if (WithinClause(text, after, word, from))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCommitteeTitle(string title) => _committeeTitles.Contains(title);

    private static bool OpensClause(string text, int at) => at == 0 || text[at - 1] is '，' or ',' or '。' or '；' or ';' or '：' or ' ' or '　' or '\n';

    private static bool Follows(string text, int at, string word) => WordsAt.Starts(text, at, word);
}
