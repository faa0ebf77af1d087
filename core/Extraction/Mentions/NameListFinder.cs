using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named in lists without a title before each name: three or more names joined by 、 (出席的领导有：
/// 汪驰、王彩莲、刘建忠), perhaps closed by 和 and a count with a title (6名市政协委员), and the described
/// items of a list closed by 等 (人民警察英雄X、最美退役军人Y、…等), and a name leading a group of a
/// committee (郭某荣等市政协老领导); a list may follow the word for its group (党和国家领导人). Lists of slogans (兴产业、强企业、壮财源) are not lists of names.
/// </summary>
internal sealed partial class NameListFinder(PersonNames names, Gazetteer gazetteer)
{
    public void Find(UnitReading reading)
    {
        FindNameLists(reading);
        FindDescribedLists(reading);
        FindNameBeforeGroup(reading);
        FindNameClauses(reading);
        FindMembers(reading);
    }

    // 蒋某庆，贾某、陈某，焦某锋，老领导…: clauses that are nothing but names, two or more in a row and
    // three names or more in all (lists of leaders grouped by rank with commas).
    private void FindNameClauses(UnitReading reading)
    {
        var text = reading.Text;
        var run = new List<(string Name, int Start, int End)>();
        var clauses = 0;
        for (var at = 0; at <= text.Length; at++)
        {
            // Null, not a new empty list, where no clause opens: this runs at every position.
            var people = at < text.Length && (at == 0 || text[at - 1] is '，' or '：' or '。' or '；') ? names.ReadList(reading, at, spaced: false) : null;
            var end = people is { Count: > 0 } ? people[^1].End : -1;
            if (people is { Count: > 0 } && end < text.Length && text[end] == '，' && people.All(p => p.End - p.Start <= 3 && gazetteer.Named(p.Name).Count == 0))
            {
                run.AddRange(people);
                clauses++;
                at = end;
                continue;
            }

            if (people is { Count: > 0 } && clauses > 0 && end <= text.Length && (end == text.Length || text[end] is '。' or '；'))
            {
                run.AddRange(people);
                clauses++;
            }

            if (clauses >= 2 && run.Count >= 3)
            {
                foreach (var (name, start, nameEnd) in run.Where(p => !reading.IsTaken(p.Start, p.End, Labels.Person, Labels.Place, Labels.Committee, Labels.Body)))
                {
                    PersonMentions.NewPerson(reading, name, [], start, nameEnd);
                }
            }

            run.Clear();
            clauses = 0;
        }
    }

    // 郭某荣等市政协老领导: a name opening a clause, then 等 and the committee or body the group it leads is of.
    private void FindNameBeforeGroup(UnitReading reading)
    {
        var text = reading.Text;
        for (var close = text.IndexOf('等'); close > 1; close = text.IndexOf('等', close + 1))
        {
            if (names.ReadBefore(text, close) is not { } length || close - length is var start && start > 0 && text[start - 1] is not ('，' or '。' or '；' or '：')
                || reading.IsTaken(start, close, Labels.Person, Labels.Place, Labels.Committee, Labels.Body) || gazetteer.Named(text.AsSpan(start, length)).Count > 0
                || !reading.Mentions.Any(m => !m.Implied && m.Label is Labels.Committee or Labels.Body && m.Start == close + 1))
            {
                continue;
            }

            PersonMentions.NewPerson(reading, text[start..close], [], start, close);
        }
    }

    // 出席的领导有：汪驰、王彩莲、刘建忠…: three or more names, none of them a place, joined by 、 (the
    // last perhaps by 和); a count and a title after them (6名市政协委员, 等委员, 等5位政协委员) is the title of each.
    private void FindNameLists(UnitReading reading)
    {
        var text = reading.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (at > 0 && text[at - 1] is not ('：' or '，' or '、' or '有' or '。' or '；' or ' ') && !WordsAt.EndsAny(text, at, GroupWords))
            {
                continue;
            }

            // 兴产业、强企业、壮财源: a list that goes on from an item that ends in no name is no list of names
            // (成员刘强、白某光 goes on from a name).
            if (at > 0 && text[at - 1] == '、' && !reading.Of(Labels.Person).Any(p => p.End == at - 1) && names.ReadBefore(text, at - 1) is null)
            {
                continue;
            }

            var people = names.ReadList(reading, at, spaced: false);
            if (people.Count < 3 || people.Any(p => gazetteer.Named(p.Name).Count > 0 || reading.IsTaken(p.Start, p.End, Labels.Person, Labels.Committee, Labels.Body))
                || people.Count(p => names.IsSloganItem(Item(text, p.Start))) is var slogans && slogans >= 2 && 2 * slogans >= people.Count
                || PlacesInNames(reading, people) is not { } inNames)
            {
                continue;
            }

            foreach (var place in inNames)
            {
                reading.Remove(place);
            }

            // …蒋某某和谢某某6名市政协委员: the last name after 和, and the title the count gives them all.
            var last = people[^1].End;
            if (last + 1 < text.Length && text[last] is '和' or '及' && names.Read(text, last + 1) is { } tail && !reading.IsTaken(last + 1, last + 1 + tail, Labels.Person))
            {
                people.Add((text.Substring(last + 1, tail), last + 1, last + 1 + tail));
                last += 1 + tail;
            }

            last = CountedRest(reading, people, last);
            var counted = CountedTitle().Match(text, last);
            var title = counted.Success && counted.Index == last ? counted.Groups["title"].Value : null;
            foreach (var (name, start, end) in people)
            {
                var person = PersonMentions.NewPerson(reading, name, title is null ? [] : [title], start, end);
                if (title is not null && (reading.Speaker ?? reading.Context.Issuer) is { } committee)
                {
                    PersonMentions.Relate(reading, person, title, committee.Id, start, counted.Index + counted.Length, leads: false);
                }
            }

            at = last;
        }
    }

    // The places read inside the names of a list, or null when a place is more than that: 宋海东、张素东、王娟 names three
    // people, the segmenter having cut 宋|海东 and 张素|东, so a short form that ends a name after its surname is the
    // name's; a place that opens an item, or a full name with its level (海东市), leaves the list unread.
    private static List<Mention>? PlacesInNames(UnitReading reading, List<(string Name, int Start, int End)> people)
    {
        List<Mention> inside = [];
        foreach (var place in reading.Of(Labels.Place))
        {
            if (!people.Any(p => place.Overlaps(p.Start, p.End)))
            {
                continue;
            }

            if (!people.Any(p => place.Start > p.Start && place.End == p.End) || place.End - place.Start > 2
                || PlaceLevelChars.Contains(reading.Text[place.End - 1]))
            {
                return null;
            }

            inside.Add(place);
        }

        return inside;
    }

    private const string PlaceLevelChars = "省市县区州旗盟";

    // …某甲、边某、牛某某8名委员: items after the names read that the count after them closes, when it counts
    // every item, are names too (a name that is also a word: 边卡); returns the end of the list.
    private int CountedRest(UnitReading reading, List<(string Name, int Start, int End)> people, int last)
    {
        var text = reading.Text;
        var rest = new List<(string, int, int)>();
        var at = last;
        while (at < text.Length && text[at] == '、')
        {
            var end = at + 1;
            while (end < text.Length && end - at <= 4 && PersonNames.IsHan(text[end]) && !"等和及".Contains(text[end]))
            {
                end++;
            }

            if (end - at - 1 is < 2 or > 3 || reading.IsTaken(at + 1, end, Labels.Person, Labels.Place, Labels.Committee, Labels.Body) || gazetteer.Named(text.AsSpan(at + 1, end - at - 1)).Count > 0)
            {
                return last;
            }

            rest.Add((text[(at + 1)..end], at + 1, end));
            at = end;
        }

        var counted = CountedTitle().Match(text, at);
        if (rest.Count == 0 || !counted.Success || counted.Index != at || Numbers.Small(counted.Groups["count"].Value) != people.Count + rest.Count)
        {
            return last;
        }

        people.AddRange(rest);
        return at;
    }

    // 党和国家领导人某甲、某乙、某丙出席, 老同志某甲、某乙…: a word for the group the listed people belong to, no title of theirs.
    private static readonly string[] GroupWords = ["领导人", "领导同志", "老同志", "老领导"];

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:等(?:[0-9一二三四五六七八九十]{1,3}[名位])?|(?<count>[0-9一二三四五六七八九十]{1,3})[名位])(?:[市县区省州旗]?政协)?(?<title>委员|常委)")]
    private static partial System.Text.RegularExpressions.Regex CountedTitle();

    // 人民警察英雄杨某华、最美退役军人贾某东、见义勇为少年李某婷等: three or more items of a list closed
    // by 等, each a description ending in a name.
    private void FindDescribedLists(UnitReading reading)
    {
        var text = reading.Text;
        for (var close = text.IndexOf('等'); close > 0; close = text.IndexOf('等', close + 1))
        {
            var items = new List<(int Start, int End)>();
            var end = close;
            while (true)
            {
                var start = end;
                while (start > 0 && PersonNames.IsHan(text[start - 1]) && end - start < 14)
                {
                    start--;
                }

                items.Add((start, end));
                if (start > 0 && text[start - 1] == '、')
                {
                    end = start - 1;
                    continue;
                }

                break;
            }

            if (items.Count < 3)
            {
                continue;
            }

            var people = new List<(string Name, int Start, int End)>();
            foreach (var (start, itemEnd) in items)
            {
                if (names.ReadBefore(text, itemEnd) is not { } length || names.IsSloganItem(text.AsSpan(start, itemEnd - start))
                    || reading.IsTaken(itemEnd - length, itemEnd, Labels.Person, Labels.Place, Labels.Committee, Labels.Body) || gazetteer.Named(text.AsSpan(itemEnd - length, length)).Count > 0)
                {
                    people.Clear();
                    break;
                }

                people.Add((text[(itemEnd - length)..itemEnd], itemEnd - length, itemEnd));
            }

            foreach (var (name, start, nameEnd) in people)
            {
                PersonMentions.NewPerson(reading, name, [], start, nameEnd);
            }
        }
    }

    // The item of a list from `at` to the next list or clause mark (at most six characters).
    private static ReadOnlySpan<char> Item(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 6 && PersonNames.IsHan(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }
}
