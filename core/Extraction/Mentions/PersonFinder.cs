using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Named persons with their roles.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A committee, a title, then a name: 省政协主席张义珍, 市政协主席戚寿余. The segmenter may glue
/// the name to the next word (戚寿余作), so names are read by pattern, not from words: a surname,
/// then one or two given characters; a third character is taken unless it is a character that
/// usually follows a name (作, 带, 在 …) or the name would then be a dictionary word.</item>
/// <item>Bylines: a unit that opens with 通讯员, 本版策划 … lists names separated by spaces or 、.</item>
/// <item>A name the segmenter tags as a person (nr), followed by a title (习近平总书记).</item>
/// </list>
/// Ids are <c>person:{name}</c>. A role in a committee gives HAS_ROLE (key: the role) and, for
/// 主席, LEADS; a byline role goes to the committee speaking (通讯员) or the issuer (本版策划).
/// </remarks>
internal sealed class PersonFinder(PeopleCues cues, Surnames surnames, JiebaSegmenter segmenter)
{
    public void Find(UnitReading reading)
    {
        FindBylines(reading);
        FindTitled(reading);
        FindTitleAfterName(reading);
    }

    private void FindBylines(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var byline in cues.Bylines)
        {
            if (!text.StartsWith(byline.Title, StringComparison.Ordinal))
            {
                continue;
            }

            var organization = byline.Organization == "issuer" ? reading.Context.Issuer : reading.Speaker;
            var i = byline.Title.Length;
            while (i < text.Length)
            {
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '：' or ':' or '、' or '，' or ','))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('、' or '，' or ',' or '。'))
                {
                    i++;
                }

                var name = text[start..i];
                if (name.Length is >= 2 and <= 4 && surnames.Match(name) > 0 && name.All(IsHan))
                {
                    AddPerson(reading, name, byline.Title, organization, start, i, leads: false);
                }
                else
                {
                    // Not a name (or the byline ends at 。): the list is over.
                    break;
                }
            }

            return;
        }
    }

    // {committee}{title}{name}: the committee mention must end where the title starts.
    private void FindTitled(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var committee in reading.Of(Labels.Committee).ToList())
        {
            foreach (var role in cues.Roles.OrderByDescending(r => r.Title.Length))
            {
                if (role.Organization != "committee" || string.CompareOrdinal(text, committee.End, role.Title, 0, role.Title.Length) != 0)
                {
                    continue;
                }

                var nameStart = committee.End + role.Title.Length;
                if (ReadName(text, nameStart) is not { } length)
                {
                    break;
                }

                var identity = new CommitteeIdentity(committee.Name, (string)committee.Properties["level"], null);
                AddPerson(reading, text.Substring(nameStart, length), committee.Surface + role.Title, identity, committee.Start, nameStart + length, leads: role.Title == "主席", role.Title, nameStart);
                break;
            }
        }
    }

    // 习近平总书记: a word tagged nr or nrfg right before a title.
    private void FindTitleAfterName(UnitReading reading)
    {
        var tokens = reading.Unit.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Tag is not ("nr" or "nrfg") || token.Word.Length is < 2 or > 3 || surnames.Match(token.Word) == 0)
            {
                continue;
            }

            foreach (var title in cues.TitlesAfterName)
            {
                if (string.CompareOrdinal(reading.Text, token.End, title.Title, 0, title.Title.Length) != 0)
                {
                    continue;
                }

                var body = reading.Add(new Mention(Labels.Body, "body:" + title.Body, title.Body, reading.Unit, token.End, token.End + title.Title.Length) { Implied = true });
                var person = NewPerson(reading, token.Word, title.Title, token.Start, token.End + title.Title.Length);
                reading.Relate(new RelationFact("HAS_ROLE", person.Id, body.Id, reading.Unit, token.Start, token.End + title.Title.Length)
                {
                    Key = title.Title,
                    Properties = { ["role"] = title.Title },
                });
            }
        }
    }

    private void AddPerson(UnitReading reading, string name, string roleTitle, CommitteeIdentity? organization, int start, int end, bool leads, string? role = null, int? nameStart = null)
    {
        var person = NewPerson(reading, name, roleTitle, nameStart ?? start, end);
        if (organization is null)
        {
            return;
        }

        var key = role ?? roleTitle;
        reading.Relate(new RelationFact("HAS_ROLE", person.Id, organization.Id, reading.Unit, start, end)
        {
            Key = key,
            Properties = { ["role"] = key },
        });
        if (leads)
        {
            reading.Relate(new RelationFact("LEADS", person.Id, organization.Id, reading.Unit, start, end));
        }
    }

    private static Mention NewPerson(UnitReading reading, string name, string roleTitle, int start, int end)
    {
        var mention = new Mention(Labels.Person, "person:" + name, name, reading.Unit, start, end);
        mention.Properties["roles"] = new[] { roleTitle };
        return reading.Add(mention);
    }

    /// <summary>The length of the name starting at <paramref name="start"/> (2 to 4 characters), or null.</summary>
    private int? ReadName(string text, int start)
    {
        var surname = surnames.Match(text.AsSpan(start));
        if (surname == 0)
        {
            return null;
        }

        var given = 0;
        for (var i = start + surname; i < text.Length && given < 2 && IsHan(text[i]) && !cues.StopChars.Contains(text[i]); i++)
        {
            given++;
        }

        if (given == 0)
        {
            return null;
        }

        // A longer reading that is an ordinary word (主席会议) is not a name; try the shorter one.
        for (var length = surname + given; length > surname; length--)
        {
            var candidate = text.AsSpan(start, length);
            if (!segmenter.Contains(candidate) || segmenter.Tag(candidate) is "nr" or "nrfg")
            {
                return length;
            }
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
