using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Credits without a byline's title: names in brackets closing a story or after a dateline, and
/// photo credits (瞿宏伦 摄).
/// </summary>
internal sealed partial class BylineFinder
{
    private static readonly string[] CreditWords = ["供稿", "撰稿", "报道", "整理"];
    // （县卫健局 某某 供稿）, （县委统战部 …）, （县工商联 …）: a department or a people's organisation sends stories in too.
    private static readonly string[] CreditSenders = ["政协", "办公室", "委员会", "中心", "报", "台", "局", "部", "联"];

    // （梁燕如 梁少欢） closing a story: its authors; 瞿宏伦 摄 under a picture: its photographer. A
    // story closes at the end of the unit, before an editor's line, or where the original text broke
    // the line after the bracket (the repairs joined the captions below to it).
    private void FindCredits(UnitReading reading)
    {
        FindNarrators(reading);
        FindSlashCredits(reading);
        var text = reading.Text;
        foreach (var (open, close) in new[] { ('（', '）'), ('(', ')') })
        {
            for (var end = text.LastIndexOf(close); end > 0; end = text.LastIndexOf(close, end - 1))
            {
                var start = text.LastIndexOf(open, end);
                if (start < 0 || text[(end + 1)..].Any(IsHanOrLetter) && !EditorsOnly(text[(end + 1)..]) && !BreakBefore(reading, end + 1))
                {
                    continue;
                }

                foreach (var (name, nameStart, nameEnd, role) in NamesOnly(reading, start + 1, end).Where(p => !reading.IsTaken(p.Start, p.End, Labels.Person)))
                {
                    PersonMentions.NewPerson(reading, name, [role ?? "作者"], nameStart, nameEnd);
                }
            }
        }

        // 中新网广西新闻8月3日电(杨某某 吴某某), 某某网1月7日讯(刘某): the writers in brackets right after a
        // wire dateline or a paper's or site's news line are its reporters (记者; a 讯 needs no date:
        // 本报讯（刘某）), of the medium opening a wire dateline (中新网).
        for (var at = text.IndexOfAny(['电', '讯']); at >= 0 && at + 1 < text.Length; at = text.IndexOfAny(['电', '讯'], at + 1))
        {
            var close = text[at + 1] switch { '（' => '）', '(' => ')', _ => '\0' };
            var end = close == '\0' ? -1 : text.IndexOf(close, at + 2);
            if (end < 0 || end - at > 30 || (text[at] == '电' && (at < 3 || !text[..at].Contains('日'))))
            {
                continue;
            }

            var medium = DatelineMedium(reading, at + 1);
            foreach (var (name, nameStart, nameEnd, role) in NamesOnly(reading, at + 2, end).Where(p => !reading.IsTaken(p.Start, p.End, Labels.Person)))
            {
                var person = PersonMentions.NewPerson(reading, name, [role ?? "记者"], nameStart, nameEnd);
                if (role is null && medium is not null)
                {
                    PersonMentions.Relate(reading, person, "记者", medium, at + 1, nameEnd, leads: false);
                }
            }
        }

        // 瞿宏伦 摄, 井娇摄影报道, 张宇 摄影.
        var closing = text.TrimEnd('。', ' ', '）', ')');
        closing = closing.EndsWith("摄影报道", StringComparison.Ordinal) ? closing[..^3] : closing.EndsWith("摄影", StringComparison.Ordinal) ? closing[..^1] : closing;
        // A credit closing a caption line the repairs joined to the next one (中新社发 张宇 摄) counts too.
        for (var credit = closing.LastIndexOf('摄'); credit > 1; credit = closing.LastIndexOf('摄', credit - 1))
        {
            if (!(credit + 1 == closing.Length || !IsHanOrLetter(text[credit + 1]) || BreakBefore(reading, credit + 1)))
            {
                continue;
            }

            var spaced = text[credit - 1] == ' ' || SpaceBefore(reading, credit);
            var nameEnd = text[credit - 1] == ' ' ? credit - 1 : credit;
            for (var length = 4; length >= 2; length--)
            {
                var nameStart = nameEnd - length;

                // Set apart by spaces on both sides (… 税某 摄), a name of rare characters is read too.
                if (nameStart >= 0 && (nameStart == 0 || text[nameStart - 1] is ' ' or '。' or '，' || SpaceBefore(reading, nameStart))
                    && (spaced && nameStart > 0 && (text[nameStart - 1] == ' ' || SpaceBefore(reading, nameStart)) ? names.IsCreditName(text[nameStart..nameEnd]) : names.IsName(text[nameStart..nameEnd]))
                    && !reading.IsTaken(nameStart, nameEnd, Labels.Person))
                {
                    PersonMentions.NewPerson(reading, text[nameStart..nameEnd], ["摄影"], nameStart, nameEnd);
                    break;
                }
            }
        }
    }

    // 中新网拉萨1月7日电 (…), 央广网昆明1月25日消息(记者…), 某某日报7月7日讯(通讯员…): the medium whose name opens the
    // dateline (a medium's name, a place, a date, then 电, 消息 or 讯) closed right before the bracket at `open`,
    // as a body of the unit; null when no such dateline stands there.
    private string? DatelineMedium(UnitReading reading, int open)
    {
        var text = reading.Text;
        var close = open;
        while (close > 0 && text[close - 1] is ' ' or '　')
        {
            close--;
        }

        var lineEnd = close >= 1 && text[close - 1] is '电' or '讯' ? close - 1 : close >= 2 && string.CompareOrdinal(text, close - 2, "消息", 0, 2) == 0 ? close - 2 : -1;
        if (lineEnd < 1)
        {
            return null;
        }

        // Back over the date, the place and the name (某某新闻APP5月8日); a space between the name and the date is the
        // dateline's (某某日报 5月8日讯).
        var start = lineEnd;
        while (start > 0 && lineEnd - start < 24 && (PersonNames.IsHan(text[start - 1]) || char.IsAsciiLetterOrDigit(text[start - 1])
            || text[start - 1] == ' ' && start > 1 && PersonNames.IsHan(text[start - 2]) && char.IsAsciiDigit(text[start])))
        {
            start--;
        }

        // 今日某县网讯（通讯员 …）: a medium's name right before 讯, with no date.
        if (text[lineEnd - 1] != '日')
        {
            return text[close - 1] == '讯' && lineEnd - start is >= 3 and <= 10 && text[start] != '本'
                && cues.MediaEndings.Any(e => text.AsSpan(start, lineEnd - start).EndsWith(e, StringComparison.Ordinal))
                ? MediumBody(reading, (text[start..lineEnd], start, lineEnd))
                : null;
        }

        // 某某日报·新某某客户端7月7日讯: the paper whose app it is, named first.
        if (start >= 3 && text[start - 1] == '·')
        {
            var paperEnd = start - 1;
            var paperStart = paperEnd;
            while (paperStart > 0 && paperEnd - paperStart < 10 && PersonNames.IsHan(text[paperStart - 1]))
            {
                paperStart--;
            }

            if (paperEnd - paperStart >= 2 && text[paperStart] != '本' && cues.MediaEndings.Any(e => text.AsSpan(paperStart, paperEnd - paperStart).EndsWith(e, StringComparison.Ordinal)))
            {
                return MediumBody(reading, (text[paperStart..paperEnd], paperStart, paperEnd));
            }
        }

        // 据新华社…电, 转自人民网…电: the medium is the name after the citing word.
        foreach (var citing in CitingWords)
        {
            if (string.CompareOrdinal(text, start, citing, 0, citing.Length) == 0)
            {
                start += citing.Length;
                break;
            }
        }

        // The shortest opening that ends as a medium's name does (中新网, 人民日报), before the place and date.
        for (var end = start + 2; end <= start + 8 && end < lineEnd && (PersonNames.IsHan(text[end - 1]) || char.IsAsciiLetterUpper(text[end - 1])); end++)
        {
            if (text[start] != '本' && cues.MediaEndings.Any(e => text.AsSpan(start, end - start).EndsWith(e, StringComparison.Ordinal)))
            {
                return MediumBody(reading, (text[start..end], start, end));
            }
        }

        return null;
    }

    private static readonly string[] CitingWords = ["转载自", "转自", "来源", "来自", "据"];

    // 章某口述 高某某整理: a line of the original text made of names each followed by what they did for
    // the text (the repairs may have joined the line to the headline and the story).
    private void FindNarrators(UnitReading reading)
    {
        var text = reading.Text;
        var found = new List<(string Name, string Role)>();
        foreach (var line in reading.Original(0, text.Length).Split('\n'))
        {
            var parts = line.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
            var credits = parts.Select(part => NarratorWords.FirstOrDefault(w => part.Length <= 7 && part.EndsWith(w, StringComparison.Ordinal) && names.IsName(part[..^w.Length])) is { } word
                ? (part[..^word.Length], word) : default).ToList();
            if (parts.Length > 0 && credits.All(c => c.Item1 is not null))
            {
                found.AddRange(credits!);
            }
        }

        var at = 0;
        foreach (var (name, role) in found)
        {
            var start = text.IndexOf(name + role, at, StringComparison.Ordinal);
            if (start < 0)
            {
                return;
            }

            at = start + name.Length;
            if (!reading.IsTaken(start, at, Labels.Person))
            {
                PersonMentions.NewPerson(reading, name, [role], start, at);
            }
        }
    }

    // □ 某甲/文 记者 某乙/图: names each followed by a slash and what they did for the story, set
    // apart by spaces or a box in the original (the credit line of a paper's feature); after 记者 the
    // name is the paper's reporter too. A name of rare characters is read beside one read by pattern.
    private void FindSlashCredits(UnitReading reading)
    {
        var text = reading.Text;
        var found = new List<(string Name, int Start, int End, string[] Roles)>();
        for (var slash = text.IndexOfAny(['/', '／']); slash >= 0; slash = text.IndexOfAny(['/', '／'], slash + 1))
        {
            var after = slash + 2;
            if (slash < 2 || slash + 1 >= text.Length || !CreditLetterRoles.TryGetValue(text[slash + 1].ToString(), out var role)
                || (after < text.Length && PersonNames.IsHan(text[after]) && !SpaceBefore(reading, after)))
            {
                continue;
            }

            var start = slash;
            while (start > 0 && slash - start < 6 && PersonNames.IsHan(text[start - 1]) && !(start < slash && SpaceBefore(reading, start)))
            {
                start--;
            }

            var reporter = string.CompareOrdinal(text, start, "记者", 0, 2) == 0;
            var nameStart = reporter ? start + 2 : start;
            reporter |= start >= 2 && string.CompareOrdinal(text, start - 2, "记者", 0, 2) == 0;
            var name = text[nameStart..slash];
            if (start > 0 && PersonNames.IsHan(text[start - 1]) && !SpaceBefore(reading, start) || !names.IsCreditName(name)
                || reading.IsTaken(nameStart, slash, Labels.Person, Labels.Place, Labels.Committee, Labels.Body))
            {
                continue;
            }

            found.Add((name, nameStart, slash, reporter ? ["记者", role] : [role]));
        }

        if (found.Count == 0 || !found.Any(f => names.IsName(f.Name)))
        {
            return;
        }

        foreach (var (name, start, end, roles) in found)
        {
            PersonMentions.NewPerson(reading, name, roles, start, end);
        }
    }

    private static readonly string[] NarratorWords = ["口述", "讲述", "整理", "撰文", "执笔", "供稿"];

    // The names between start and end, read on the original text's spaces, when that is all there is;
    // each may be followed by what it did for the story (（某甲 文/某乙 图）: 作者, 摄影), else its role is
    // the caller's.
    private List<(string Name, int Start, int End, string? Role)> NamesOnly(UnitReading reading, int start, int end)
    {
        var original = reading.Original(start, end).Trim();
        var parts = original.Split([' ', '　', '、', '/', '／'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var roles = CreditLetters(parts);

        // （某县政协  张某某  供稿）: the body that sent the story in and the word for it are no names.
        if (parts.Count >= 2 && CreditWords.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
            if (parts.Count >= 2 && CreditSenders.Any(e => parts[0].EndsWith(e, StringComparison.Ordinal)))
            {
                parts.RemoveAt(0);
            }
        }
        else if (parts.Count >= 2 && parts[0].Length > 2 && CreditSenders.Any(e => parts[0].EndsWith(e, StringComparison.Ordinal))
            && (parts[0].EndsWith("政协", StringComparison.Ordinal) || !names.IsName(parts[0])))
        {
            // （某县政协 张某某）, （中共某县委宣传部 张某 李某）: the body that sent the story in, then its writers, with
            // no word for it (a writer's name ending as a sender does, （王建联 李某）, stays a name).
            parts.RemoveAt(0);
        }

        // A name of rare characters (朱肸) is read beside one read by pattern, never alone (（有删节）).
        if (parts.Count == 0 || !parts.All(names.IsCreditName) || !parts.Any(names.IsName))
        {
            return [];
        }

        var found = new List<(string, int, int, string?)>();
        var at = start;
        for (var k = 0; k < parts.Count; k++)
        {
            var name = parts[k].Replace(" ", "", StringComparison.Ordinal);
            var index = reading.Text.IndexOf(name, at, end - at, StringComparison.Ordinal);
            if (index < 0)
            {
                return [];
            }

            found.Add((name, index, index + name.Length, roles?[k]));
            at = index + name.Length;
        }

        return found;
    }

    // （某甲 文/某乙 图）: when every name is followed by a one-character credit (文, 图, 摄), those letters
    // are taken out of the parts and give each name its role; null when the parts hold no such letters.
    private static List<string>? CreditLetters(List<string> parts)
    {
        if (parts.Count < 2 || parts.Count % 2 != 0 || !parts.Where((_, k) => k % 2 == 1).All(p => CreditLetterRoles.ContainsKey(p)))
        {
            return null;
        }

        var roles = parts.Where((_, k) => k % 2 == 1).Select(p => CreditLetterRoles[p]).ToList();
        var kept = parts.Where((_, k) => k % 2 == 0).ToList();
        parts.Clear();
        parts.AddRange(kept);
        return roles;
    }

    private static readonly Dictionary<string, string> CreditLetterRoles = new() { ["文"] = "作者", ["图"] = "摄影", ["摄"] = "摄影" };

    // What may follow a closing credit: an editor's line (编辑：X, [ 责任编辑:X ]).
    private static bool EditorsOnly(string rest)
    {
        var trimmed = rest.TrimStart(' ', '　', '[', '【', '\n');
        return trimmed.StartsWith("编辑", StringComparison.Ordinal) || trimmed.StartsWith("责任编辑", StringComparison.Ordinal) || trimmed.StartsWith("责编", StringComparison.Ordinal);
    }

    private static bool IsHanOrLetter(char c) => PersonNames.IsHan(c) || char.IsLetter(c);
}
