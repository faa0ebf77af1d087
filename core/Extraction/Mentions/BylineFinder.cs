using KnowledgeGraph.Core.Extraction.Context;
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
    private readonly NameListFinder _lists = new(names, gazetteer);
    private static readonly string[] SaysWords = ["表示", "指出", "强调", "认为"];
    private static readonly string[] CreditWords = ["供稿", "撰稿", "报道", "整理"];
    private static readonly string[] CreditSenders = ["政协", "办公室", "委员会", "中心", "报", "台"];

    // Bylines: 本报记者 胡京春 通讯员 王旭东, 作者：唐波 邓建明 编辑：欧阳江东, 湖南日报全媒体记者 刘尚文 摄.
    public void Find(UnitReading reading)
    {
        FindPendingByline(reading);
        FindSpeaker(reading);
        FindCredits(reading);
        _lists.Find(reading);
        FindBylines(reading);
    }

    // （梁燕如 梁少欢） closing a story: its authors; 瞿宏伦 摄 under a picture: its photographer.
    private void FindCredits(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var (open, close) in new[] { ('（', '）'), ('(', ')') })
        {
            var end = text.LastIndexOf(close);
            var start = end > 0 ? text.LastIndexOf(open, end) : -1;
            if (start < 0 || text[(end + 1)..].Any(IsHanOrLetter) && !EditorsOnly(text[(end + 1)..]))
            {
                continue;
            }

            var people = NamesOnly(reading, start + 1, end);
            foreach (var (name, nameStart, nameEnd) in people)
            {
                PersonMentions.NewPerson(reading, name, ["作者"], nameStart, nameEnd);
            }
        }

        // 中新网广西新闻8月3日电(杨某某 吴某某): the writers in brackets right after a wire dateline.
        for (var at = text.IndexOf('电'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('电', at + 1))
        {
            var close = text[at + 1] switch { '（' => '）', '(' => ')', _ => '\0' };
            var end = close == '\0' ? -1 : text.IndexOf(close, at + 2);
            if (end < 0 || end - at > 30 || at < 3 || !text[..at].Contains('日'))
            {
                continue;
            }

            foreach (var (name, nameStart, nameEnd) in NamesOnly(reading, at + 2, end).Where(p => !reading.IsTaken(p.Start, p.End, Labels.Person)))
            {
                PersonMentions.NewPerson(reading, name, ["作者"], nameStart, nameEnd);
            }
        }

        // 瞿宏伦 摄, 井娇摄影报道, 张宇 摄影.
        var closing = text.TrimEnd('。', ' ', '）', ')');
        closing = closing.EndsWith("摄影报道", StringComparison.Ordinal) ? closing[..^3] : closing.EndsWith("摄影", StringComparison.Ordinal) ? closing[..^1] : closing;
        var credit = closing.LastIndexOf('摄');
        if (credit > 1 && credit + 1 == closing.Length || credit > 1 && !IsHanOrLetter(text[credit + 1]))
        {
            var nameEnd = text[credit - 1] == ' ' ? credit - 1 : credit;
            for (var length = 4; length >= 2; length--)
            {
                var nameStart = nameEnd - length;
                if (nameStart >= 0 && (nameStart == 0 || text[nameStart - 1] is ' ' or '。' or '，') && names.IsName(text[nameStart..nameEnd])
                    && !reading.IsTaken(nameStart, nameEnd, Labels.Person))
                {
                    PersonMentions.NewPerson(reading, text[nameStart..nameEnd], ["摄影"], nameStart, nameEnd);
                    break;
                }
            }
        }
    }

    // The names between start and end, read on the original text's spaces, when that is all there is.
    private List<(string Name, int Start, int End)> NamesOnly(UnitReading reading, int start, int end)
    {
        var original = reading.Original(start, end).Trim();
        var parts = original.Split([' ', '　', '、'], StringSplitOptions.RemoveEmptyEntries).ToList();

        // （某县政协  张某某  供稿）: the body that sent the story in and the word for it are no names.
        if (parts.Count >= 2 && CreditWords.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
            if (parts.Count >= 2 && CreditSenders.Any(e => parts[0].EndsWith(e, StringComparison.Ordinal)))
            {
                parts.RemoveAt(0);
            }
        }

        if (parts.Count == 0 || !parts.All(names.IsName))
        {
            return [];
        }

        var found = new List<(string, int, int)>();
        var at = start;
        foreach (var part in parts)
        {
            var name = part.Replace(" ", "", StringComparison.Ordinal);
            var index = reading.Text.IndexOf(name, at, end - at, StringComparison.Ordinal);
            if (index < 0)
            {
                return [];
            }

            found.Add((name, index, index + name.Length));
            at = index + name.Length;
        }

        return found;
    }

    // What may follow a closing credit: an editor's line (编辑：X, [ 责任编辑:X ]).
    private static bool EditorsOnly(string rest)
    {
        var trimmed = rest.TrimStart(' ', '　', '[', '【', '\n');
        return trimmed.StartsWith("编辑", StringComparison.Ordinal) || trimmed.StartsWith("责任编辑", StringComparison.Ordinal) || trimmed.StartsWith("责编", StringComparison.Ordinal);
    }

    private static bool IsHanOrLetter(char c) => PersonNames.IsHan(c) || char.IsLetter(c);

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
        var parts = original.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var count = parts.TakeWhile(p => p.Length <= 4 && names.IsName(p) && !_bylines.Any(b => p.StartsWith(b.Title, StringComparison.Ordinal))).Count();
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

    private void FindBylines(UnitReading reading)
    {
        var text = reading.Text;
        var lastEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var byline = _bylines.FirstOrDefault(b => string.CompareOrdinal(text, i, b.Title, 0, b.Title.Length) == 0);
            if (byline is null || !(OpensByline(reading, i) || i == lastEnd))
            {
                continue;
            }

            var at = i + byline.Title.Length;
            while (at < text.Length && text[at] is ' ' or '　' or '：' or ':')
            {
                at++;
            }

            if (at >= text.TrimEnd().Length && text.TrimEnd().EndsWith('：'))
            {
                // 责任编辑： closing a line: the name stands on the next one.
                reading.State.PendingByline = byline.Title;
                continue;
            }

            var people = SpacedNames(reading, at) ?? names.ReadList(reading, at, spaced: true, separators: " 　、");
            if (people.Count == 0)
            {
                continue;
            }

            var organisation = Medium(reading, i) ?? byline.Organization switch
            {
                "issuer" => reading.Context.IssuerId,
                "speaker" => reading.Speaker?.Id ?? reading.Context.Publisher?.Id ?? reading.Context.IssuerId,
                _ => reading.Context.Publisher?.Id ?? reading.Context.IssuerBody?.Id,
            };
            foreach (var (name, start, end) in people)
            {
                var person = PersonMentions.NewPerson(reading, name, [byline.Title], start, end);
                if (organisation is not null)
                {
                    PersonMentions.Relate(reading, person, byline.Title, organisation, i, end, leads: false);
                }
            }

            i = people[^1].End - 1;
            lastEnd = people[^1].End;
        }
    }

    // 责任编辑：/李某某: a line that is only a name, under a byline's title that closed the line before.
    private void FindPendingByline(UnitReading reading)
    {
        if (reading.State.PendingByline is not { } title)
        {
            return;
        }

        reading.State.PendingByline = null;
        var text = reading.Text.TrimEnd();
        if (text.Length is >= 2 and <= 5 && names.Read(text, 0, spaced: true) == text.Length && !reading.IsTaken(0, text.Length, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
        {
            var person = PersonMentions.NewPerson(reading, text.Replace(" ", "", StringComparison.Ordinal), [title], 0, text.Length);
            if (reading.Context.Publisher?.Id is { } publisher)
            {
                PersonMentions.Relate(reading, person, title, publisher, 0, text.Length, leads: false);
            }
        }
    }

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
            return cues.Salutations.Any(s => rest.StartsWith(s, StringComparison.Ordinal)) || rest.StartsWith('：')
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

    // A byline's title stands at the start, after a space or bracket, or right after a medium's name.
    private bool OpensByline(UnitReading reading, int at)
    {
        var text = reading.Text;
        return at == 0 || text[at - 1] is ' ' or '　' or '（' or '(' or '【' or '[' or '丨' or '|' or '：' or '，' or '。' or '）'
            || MediumName(text, at) is not null;
    }

    // 湖南日报全媒体记者: the medium named before a byline's title, as a body of the unit.
    private string? Medium(UnitReading reading, int titleAt)
    {
        if (MediumName(reading.Text, titleAt) is not { } medium)
        {
            return null;
        }

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
            while (start > 0 && PersonNames.IsHan(text[start - 1]) && end - start < 10)
            {
                start--;
            }

            return end - start >= 2 ? (text[start..end], start, end) : null;
        }

        return null;
    }
}
