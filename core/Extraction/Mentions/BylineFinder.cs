using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named by who wrote, photographed or gave a text rather than by a title in a sentence:
/// bylines anywhere in a sentence (本报记者 胡京春 通讯员 王旭东, 湖南日报全媒体记者 刘尚文 摄, 作者：唐波
/// 邓建明, 【编辑：李娟娟】), the speaker above a text (杨松; 黎作凤各位委员; 孙伟（2023年1月16日）), credits
/// closing a story in brackets (（梁燕如 梁少欢）: 作者), photo credits (瞿宏伦 摄: 摄影) and lists of
/// three or more names (出席的领导有：汪驰、王彩莲、刘建忠: see <see cref="NameListFinder"/>).
/// </summary>
/// <remarks>
/// A byline's role is held in the medium named before its title (湖南日报); else, for a
/// correspondent (通讯员), in the committee speaking; for 本版策划 in the issuer; for the others in
/// the document's publisher. Names are read on the original text, where a page keeps the spaces
/// between them that the repairs of the text took out (朱肸 张金玲).
/// </remarks>
internal sealed partial class BylineFinder(PeopleCues cues, PersonNames names, Gazetteer gazetteer)
{
    private readonly RoleCue[] _bylines = cues.Bylines.OrderByDescending(b => b.Title.Length).ToArray();

    // The same bylines by their title's first character (in the same order).
    private readonly TitleIndex<RoleCue> _bylineIndex = new(cues.Bylines, b => b.Title);
    private readonly NameListFinder _lists = new(names, gazetteer);
    private static readonly string[] SaysWords = ["表示", "指出", "强调", "认为"];

    // Bylines: 本报记者 胡京春 通讯员 王旭东, 作者：唐波 邓建明 编辑：欧阳江东, 湖南日报全媒体记者 刘尚文 摄.
    public void Find(UnitReading reading)
    {
        FindPendingByline(reading);
        FindSpeaker(reading);
        FindCredits(reading);
        _lists.Find(reading);
        FindBylines(reading);
    }

    // 记者:尹丹 李莲 李恒 关嫦: two or more names the original separates by spaces, read there (the
    // repaired text may have joined them: 尹丹李莲); null when the original has no such list.
    private List<(string Name, int Start, int End)>? SpacedNames(UnitReading reading, int at)
    {
        var text = reading.Text;
        var end = at;
        while (end < text.Length && end - at < 40 && (PersonNames.IsHan(text[end]) || text[end] is ' ' or '　'))
        {
            end++;
        }

        var original = reading.Original(at, end);
        // The line ends the list: the repairs may have joined the next one to it (审核:甲 乙\n本网征集稿件).
        var parts = original.Split([' ', '　', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var count = parts.TakeWhile(p => p.Length <= 4 && names.IsCreditName(p) && !_bylines.Any(b => p.StartsWith(b.Title, StringComparison.Ordinal))).Count();
        if (count < 2)
        {
            return null;
        }

        var found = new List<(string, int, int)>();
        var from = at;
        foreach (var part in parts.Take(count))
        {
            var index = text.IndexOf(part, from, end - from, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            found.Add((part, index, index + part.Length));
            from = index + part.Length;
        }

        return found;
    }

    // The first byline (of the longest title) whose title stands at `at`, a short credit's only where
    // one opens. A loop over the index, not LINQ over every byline: this runs at every position.
    private RoleCue? BylineAt(UnitReading reading, int at)
    {
        foreach (var byline in _bylineIndex.OpeningWith(reading.Text[at]))
        {
            if (WordsAt.Starts(reading.Text, at, byline.Title) && (!byline.IsShortCredit || OpensShortCredit(reading, at)))
            {
                return byline;
            }
        }

        return null;
    }

    private void FindBylines(UnitReading reading)
    {
        var text = reading.Text;
        var lastEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var byline = BylineAt(reading, i);
            var leading = byline is null ? null : LeadingCorrespondent(reading, i);
            if (byline is null || !(OpensByline(reading, i) || i == lastEnd || leading is not null))
            {
                continue;
            }

            // 本报讯（某某 记者 某某某）: the name opening the bracket is a correspondent's, its title left out.
            if (leading is { } first && !reading.IsTaken(first.Start, first.End, Labels.Person))
            {
                PersonMentions.NewPerson(reading, first.Name, [], first.Start, first.End);
            }

            var at = i + byline.Title.Length;
            while (at < text.Length && CreditMarks.Contains(text[at]))
            {
                at++;
            }

            if (at >= text.TrimEnd().Length && (text.TrimEnd().EndsWith('：') || (i > 0 && text[i - 1] is '（' or '(')))
            {
                // 责任编辑： closing a line, （记者 closing a broken one: the name stands on the next one.
                reading.State.PendingByline = byline;
                continue;
            }

            var people = SpacedNames(reading, at) ?? names.ReadList(reading, at, spaced: true, separators: " 　、");
            people.AddRange(JoinedNames(reading, people.Count > 0 ? people[^1].End : at, people.Count == 0));
            if (people.Count == 0)
            {
                continue;
            }

            people[^1] = FourCharacters(reading, RunOnCut(reading, people[^1]));

            var organisation = Medium(reading, i) ?? (i > 0 && text[i - 1] is '（' or '(' ? DatelineMedium(reading, i - 1) : null) ?? byline.Organization switch
            {
                "issuer" => reading.Context.IssuerId,
                "speaker" => reading.Speaker?.Id ?? reading.Context.Publisher?.Id ?? reading.Context.IssuerId,
                _ => reading.Context.Publisher?.Id ?? reading.Context.IssuerBody?.Id,
            };
            foreach (var (name, start, end) in people)
            {
                var person = PersonMentions.NewPerson(reading, name, byline.HeldRoles, start, end);
                foreach (var role in organisation is null ? [] : byline.HeldRoles)
                {
                    PersonMentions.Relate(reading, person, role, organisation!, i, end, leads: false);
                }
            }

            i = people[^1].End - 1;
            lastEnd = people[^1].End;
        }
    }

    // 责任编辑：/李某某: a line that is only a name, under a byline's title that closed the line before;
    // （记者/马某某）10月23日…: a bracketed byline the page broke after its title.
    private void FindPendingByline(UnitReading reading)
    {
        if (reading.State.PendingByline is not { } byline)
        {
            return;
        }

        reading.State.PendingByline = null;
        var text = reading.Text.TrimEnd();
        var length = text.Length <= 5 ? text.Length : text.IndexOfAny(['）', ')']);
        if (length is >= 2 and <= 5 && names.Read(text, 0, spaced: true) == length && !reading.IsTaken(0, length, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
        {
            var person = PersonMentions.NewPerson(reading, text[..length].Replace(" ", "", StringComparison.Ordinal), byline.HeldRoles, 0, length);
            foreach (var role in reading.Context.Publisher?.Id is null ? [] : byline.HeldRoles)
            {
                PersonMentions.Relate(reading, person, role, reading.Context.Publisher!.Id, 0, length, leads: false);
            }
        }
    }

    // Marks between a credit's title and its names (记者：, 文/, 图 | , 【责任编辑】：).
    private const string CreditMarks = " 　：:/／|丨】]";

    // 文/王某 图/李某, 图：李某: a credit's one-character title opens a line, a unit or a part after a
    // space, and a credit's mark other than a space follows it.
    private static bool OpensShortCredit(UnitReading reading, int at)
    {
        var text = reading.Text;
        var next = at + 1;
        while (next < text.Length && text[next] is ' ' or '　')
        {
            next++;
        }

        return (at == 0 || text[at - 1] is ' ' or '　' || SpaceBefore(reading, at))
            && next < text.Length && text[next] is not (' ' or '　') && CreditMarks.Contains(text[next]);
    }

    // The original text broke the line before this offset (the repairs joined 深化 and 记者：某某).
    internal static bool BreakBefore(UnitReading reading, int at) => BreakBefore(reading, reading.Unit, at);

    // The original text broke the line before this offset of `unit` (this unit or an earlier one).
    internal static bool BreakBefore(UnitReading reading, TextUnit unit, int at) =>
        at > 0 && at < unit.Text.Length && reading.Original(unit, at - 1, at + 1).Contains('\n');

    // The original text had a space or a line break before this offset (文/王某 图/李某 joined as 王某图).
    internal static bool SpaceBefore(UnitReading reading, int at) =>
        at > 0 && at < reading.Text.Length && reading.Original(at - 1, at + 1).AsSpan(1).IndexOfAny(" 　\n") >= 0;

    // 记者马某梅乔某明: names run together in a byline bracket, each read where it ends at the bracket,
    // a space or the next name; a surname that is also a common word (和) is read here only.
    private List<(string Name, int Start, int End)> JoinedNames(UnitReading reading, int at, bool first)
    {
        var text = reading.Text;
        var found = new List<(string, int, int)>();
        while (at < text.Length && PersonNames.IsHan(text[at]))
        {
            var end = at;
            while (end < text.Length && end - at < 4 && PersonNames.IsHan(text[end]))
            {
                end++;
            }

            // The run up to the closing mark holds one name, or a name and another one after it.
            var length = Enumerable.Range(2, 2).Reverse().FirstOrDefault(l => at + l <= text.Length && ClosesJoined(text, at + l)
                && (names.IsName(text.Substring(at, l)) || ((first || found.Count > 0) && BylineSurname(text[at]) && !StartsCredit(text, at + 1))));
            if (length == 0 || reading.IsTaken(at, at + length, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
            {
                break;
            }

            found.Add((text.Substring(at, length), at, at + length));
            at += length;
        }

        return found;
    }

    // 本报记者韦莎妮娜: a byline's last name of four characters (Zhuang, Tibetan, Dai names written in Han
    // characters) where one more character runs to the end of the credit.
    private (string Name, int Start, int End) FourCharacters(UnitReading reading, (string Name, int Start, int End) name)
    {
        var text = reading.Text;
        var end = name.End;
        return name.Name.Length == 3 && name.End - name.Start == 3 && end < text.Length && PersonNames.IsHan(text[end]) && text[end] != '摄' && !StartsCredit(text, end) && !SpaceBefore(reading, end)
            && (end + 1 == text.Length || !PersonNames.IsHan(text[end + 1]) || BreakBefore(reading, end + 1))
            ? (name.Name + text[end], name.Start, end + 1)
            : name;
    }

    // 终审:陈 某 预览…: a name of three characters whose last one the original set apart by a space and
    // runs on into the next word (预览) is the first two (the repairs joined the spaced name to that word).
    private static (string Name, int Start, int End) RunOnCut(UnitReading reading, (string Name, int Start, int End) name)
    {
        var text = reading.Text;
        return name.Name.Length == 3 && name.End - name.Start == 3 && SpaceBefore(reading, name.End - 1) && name.End < text.Length
            && PersonNames.IsHan(text[name.End]) && !SpaceBefore(reading, name.End)
            ? (name.Name[..2], name.Start, name.End - 1)
            : name;
    }

    // A joined name ends at a closing bracket, a space, the end, or where another name ends at one.
    private bool ClosesJoined(string text, int end) =>
        end >= text.Length || text[end] is '）' or ')' or ' ' or '　' or '】'
        || Enumerable.Range(2, 2).Any(l => end + l <= text.Length && names.IsName(text.Substring(end, l)) && (end + l == text.Length || text[end + l] is '）' or ')' or ' ' or '　' or '】'));

    private bool BylineSurname(char c) => names.IsBylineSurname(c);

    private bool StartsCredit(string text, int at) => _bylines.Any(b => !b.IsShortCredit && string.CompareOrdinal(text, at, b.Title, 0, b.Title.Length) == 0);

    // The speaker or author named alone above a text (杨松; 努尔兰·阿不都满金), or at its start before
    // the salutation (黎作凤各位委员), the date (孙伟（2023年1月16日）), a colon (贾庆林：…), 同志在 (杨某同志在…会议上) or, opening a paragraph, a verb of saying and a comma (杨某某表示，).
    private void FindSpeaker(UnitReading reading)
    {
        var text = reading.Text.TrimEnd();
        if (reading.Unit.Ordinal > 40 || text.Length == 0)
        {
            return;
        }

        int? length = (reading.Unit.IsWholeParagraph || reading.Unit.IsHeading) && names.Read(text, 0, spaced: true) is { } whole && whole == text.Length && (text.Contains('·') || whole <= 5) ? whole : null;
        length ??= names.ReadBefore(text, end =>
        {
            var rest = text[end..];
            // 原标题：, 原文网址：: a label of the page before its colon is no speaker.
            return cues.Salutations.Any(s => rest.StartsWith(s, StringComparison.Ordinal)) || (rest.StartsWith('：') && !names.GivenIsCommonNoun(text.AsSpan(0, end)))
                || rest.StartsWith("同志在", StringComparison.Ordinal) || rest.StartsWith("同志：", StringComparison.Ordinal)
                || SaysWords.Any(w => rest.StartsWith(w + "，", StringComparison.Ordinal))
                || (rest.StartsWith('（') && DateText.Find(rest[..Math.Min(rest.Length, 16)]) is { Start: <= 2 });
        });
        if (length is { } found && !reading.IsTaken(0, found, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
        {
            var name = new string(text.AsSpan(0, found).ToArray().Where(c => c != ' ').ToArray());
            PersonMentions.NewPerson(reading, name, [], 0, found);
        }

        // A heading that took the name line below it (…常务委员会工作报告 杨松).
        var space = text.LastIndexOf(' ');
        if (reading.Unit.IsHeading && space > 0 && text.Length - space - 1 is >= 2 and <= 4 && names.Read(text, space + 1) == text.Length - space - 1)
        {
            PersonMentions.NewPerson(reading, text[(space + 1)..], [], space + 1, text.Length);
        }
    }

    // （某某 记者 …, (某某 通讯员 …: a name alone between the bracket and the byline's title, the page keeping a space
    // before the title (the repairs may have joined them).
    private (string Name, int Start, int End)? LeadingCorrespondent(UnitReading reading, int at)
    {
        var text = reading.Text;
        var open = at < 3 ? -1 : text.LastIndexOfAny(['（', '('], at - 1, Math.Min(at, 6));
        if (open < 0 || !(text[at - 1] is ' ' or '　' || SpaceBefore(reading, at)))
        {
            return null;
        }

        var name = text[(open + 1)..at].Trim(' ', '　');
        var start = text.IndexOf(name, open + 1, StringComparison.Ordinal);
        return name.Length is >= 2 and <= 4 && name.All(PersonNames.IsHan) && names.IsCreditName(name)
            && !_bylines.Any(b => name.StartsWith(b.Title, StringComparison.Ordinal)) ? (name, start, start + name.Length) : null;
    }

    // A byline's title stands at the start, after a space or bracket, or right after a medium's name; after a
    // paper's box mark too (□记者), unless the title names this paper (□本报记者 is read at 记者, after 本报).
    private bool OpensByline(UnitReading reading, int at)
    {
        var text = reading.Text;
        return at == 0 || text[at - 1] is ' ' or '　' or '（' or '(' or '【' or '[' or '丨' or '|' or '：' or '，' or '。' or '）' || (text[at - 1] is '□' or '■' && text[at] != '本')
            || MediumName(text, at) is not null || BreakBefore(reading, at);
    }

    // 湖南日报全媒体记者: the medium named before a byline's title, as a body of the unit.
    private string? Medium(UnitReading reading, int titleAt)
    {
        // 本报记者, 本台记者: "this paper" is the publisher, not a medium of that name.
        if (MediumName(reading.Text, titleAt) is not { } medium || medium.Name[0] == '本')
        {
            return null;
        }

        return MediumBody(reading, medium);
    }

    // The medium as a body of the unit (the body already read there, or a new one).
    private static string MediumBody(UnitReading reading, (string Name, int Start, int End) medium)
    {
        if (reading.Mentions.FirstOrDefault(m => m.Label == Labels.Body && m.Start == medium.Start && m.End == medium.End) is { } known)
        {
            return known.Id;
        }

        var mention = new Mention(Labels.Body, "body:" + medium.Name, medium.Name, reading.Unit, medium.Start, medium.End);
        mention.Properties["kind"] = "媒体";
        return reading.Add(mention).Id;
    }

    private (string Name, int Start, int End)? MediumName(string text, int titleAt)
    {
        var end = titleAt;
        foreach (var qualifier in cues.MediaQualifiers.OrderByDescending(q => q.Length))
        {
            if (end >= qualifier.Length && string.CompareOrdinal(text, end - qualifier.Length, qualifier, 0, qualifier.Length) == 0)
            {
                end -= qualifier.Length;
                break;
            }
        }

        foreach (var ending in cues.MediaEndings.OrderByDescending(e => e.Length))
        {
            if (end < ending.Length || string.CompareOrdinal(text, end - ending.Length, ending, 0, ending.Length) != 0)
            {
                continue;
            }

            var start = end - ending.Length;
            // 某某新闻网讯 某某市新闻传媒中心记者…: the dateline's 讯, joined to the name when the space went, is not of it.
            while (start > 0 && PersonNames.IsHan(text[start - 1]) && end - start < 10
                && !(text[start - 1] == '讯' && start > 1 && text[start - 2] is '网' or '报' or '台'))
            {
                start--;
            }

            return end - start >= 2 ? (text[start..end], start, end) : null;
        }

        return null;
    }
}
