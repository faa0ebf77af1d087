namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People named after the word for what they are, which is no title of an office: party members
/// (机关党支部党员某甲、某乙，党外干部某丙，), a group's members (办公室成员某丁，), and a notice's contact
/// person (联系人：某戊).
/// </summary>
internal sealed partial class NameListFinder
{
    // 党员某甲、某乙, 党外干部某丙, 成员某丁: the words, longest first so that 党员干部 is read whole.
    private static readonly string[] MemberWords = ["党员干部", "党外干部", "党员", "成员"];

    // 机关党支部党员某甲，, 党外党员某乙，: the units whose members one name after 党员 may be.
    private static readonly string[] MemberUnits = ["支部", "机关", "党外"];

    // 联系人：某戊, 联系人 某戊: the word and the marks that may stand before the name.
    private const string ContactWord = "联系人";
    private const string ContactMarks = "：: 　";

    private void FindMembers(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var word in MemberWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // 党员干部 is read as itself, not as 党员 before 干部….
                if (word == "党员" && WordsAt.Starts(text, at, "党员干部"))
                {
                    continue;
                }

                // The list closes its clause (a mark or 等 after it): 党员同志要… is no list of names.
                var people = names.ReadList(reading, at + word.Length, spaced: false);
                if (people.Count == 0 || people[^1].End is var end && end < text.Length && text[end] is not ('，' or '。' or '；' or '等' or '）' or ')'))
                {
                    continue;
                }

                // 实现党员全覆盖，, 党员干部任前，: one name after 党员 only where a unit owns the members (支部党员某甲，);
                // and no word of the dictionary (全覆盖) is a member's name.
                if (word.StartsWith("党员", StringComparison.Ordinal)
                    && (people.Count == 1 && !MemberUnits.Any(u => text.AsSpan(0, at).EndsWith(u, StringComparison.Ordinal))
                        || people.Any(p => names.IsOrdinary(p.Name))))
                {
                    continue;
                }

                AddUntitled(reading, people);
            }
        }

        for (var at = text.IndexOf(ContactWord, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ContactWord, at + 1, StringComparison.Ordinal))
        {
            var start = at + ContactWord.Length;
            while (start < text.Length && ContactMarks.Contains(text[start]))
            {
                start++;
            }

            if (start > at + ContactWord.Length)
            {
                AddUntitled(reading, names.ReadList(reading, start, spaced: true, separators: "、"));
            }
        }
    }

    // Each name not read as something already (a person, place or organisation), as a person with no role.
    private void AddUntitled(UnitReading reading, List<(string Name, int Start, int End)> people)
    {
        foreach (var (name, start, end) in people)
        {
            if (!reading.IsTaken(start, end, Labels.Person, Labels.Place, Labels.Committee, Labels.Body) && gazetteer.Named(name).Count == 0)
            {
                PersonMentions.NewPerson(reading, name, [], start, end);
            }
        }
    }
}
