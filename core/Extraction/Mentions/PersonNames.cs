using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Reads a person's name where the sentence's structure says one stands (after a title, in a
/// byline): a surname of graph-schema/surnames.txt and one or two given characters, or a name of
/// several parts joined by · (努尔兰·阿不都满金). The segmenter may glue a name to the next word
/// (戚寿余作), so names are read by pattern: a given character is not taken when it usually
/// follows a name (作, 带, 在 …) or a title starts there (尹萌通讯员), and a reading that is an
/// ordinary word of the dictionary (主席会议) is not a name.
/// </summary>
internal sealed class PersonNames(PeopleCues cues, Surnames surnames, JiebaSegmenter segmenter)
{
    // Dictionary frequency from which a word is common enough that a name does not end inside it
    // (强调 6318; 明说 113 is left to the name: 朱士明说).
    private const long CommonWordFrequency = 1000;

    private readonly string[] _titles = cues.Roles.Select(r => r.Title).Concat(cues.Bylines.Select(b => b.Title)).Concat(cues.TitlesAfterName.Select(t => t.Title))
        .Distinct().OrderByDescending(t => t.Length).ToArray();

    /// <summary>The length of the name starting at <paramref name="start"/>, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the name would start.</param>
    /// <param name="spaced">True in bylines, where a two-character name may be written with a space (龚 正).</param>
    public int? Read(string text, int start, bool spaced = false)
    {
        if (start >= text.Length || !IsHan(text[start]))
        {
            return null;
        }

        if (MultiPart(text, start) is { } joined)
        {
            return joined;
        }

        var surname = surnames.Match(text.AsSpan(start));
        if (surname == 0)
        {
            return null;
        }

        var end = start + surname;
        if (spaced && end + 1 < text.Length && text[end] == ' ' && IsHan(text[end + 1]) && (end + 2 >= text.Length || !IsHan(text[end + 2])))
        {
            return end + 2 - start;
        }

        var given = 0;
        while (end + given < text.Length && given < 2 && IsHan(text[end + given]) && !cues.StopChars.Contains(text[end + given]) && !StartsTitle(text, end + given))
        {
            // 王平强调: a second given character that opens a common word (强调, 表示) is that word's.
            if (given == 1 && end + 2 < text.Length && segmenter.Frequency(text.AsSpan(end + 1, 2)) >= CommonWordFrequency)
            {
                break;
            }

            given++;
        }

        // A photo credit's 摄 closes a byline (林君摄).
        if (spaced && given == 2 && text[end + 1] == '摄')
        {
            given--;
        }

        // 谈心谈话: a surname and a character that make a verb, adjective or adverb do not start a name.
        if (given == 0 || IsPredicate(text.AsSpan(start, surname + 1)))
        {
            return null;
        }

        // A surname that opens a longer word of the dictionary is that word's (政协委员齐聚一堂).
        for (var length = 4; length > surname + given; length--)
        {
            if (start + length <= text.Length && IsOrdinary(text.AsSpan(start, length)))
            {
                return null;
            }
        }

        // A longer reading that is an ordinary word (主席会议) is not a name; try the shorter one.
        for (var length = surname + given; length > surname; length--)
        {
            var candidate = text.AsSpan(start, length);
            if (!segmenter.Contains(candidate) || segmenter.Tag(candidate) is "nr" or "nrfg" or "nrt")
            {
                return length;
            }
        }

        return null;
    }

    private bool IsOrdinary(ReadOnlySpan<char> word) => segmenter.Contains(word) && segmenter.Tag(word) is not ("nr" or "nrfg" or "nrt");

    private bool IsPredicate(ReadOnlySpan<char> word) => segmenter.Contains(word) && segmenter.Tag(word) is "v" or "vn" or "vd" or "a" or "ad" or "an" or "d" or "z";

    /// <summary>
    /// The length of a name of two to four characters that opens <paramref name="text"/> and is
    /// followed by something <paramref name="follows"/> accepts, characters that usually follow a
    /// name included (黎作凤各位委员): or null.
    /// </summary>
    public int? ReadBefore(string text, Func<int, bool> follows)
    {
        for (var length = 2; length <= 4 && length <= text.Length; length++)
        {
            var surname = surnames.Match(text);
            if (surname > 0 && surname < length && text.AsSpan(0, length).ToArray().All(IsHan) && !IsOrdinary(text.AsSpan(0, length)) && follows(length))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="name"/> as a whole reads as a name.</summary>
    public bool IsName(string name) => name.Length >= 2 && Read(name, 0, spaced: true) == name.Length;

    /// <summary>The length of the name that ends at <paramref name="end"/> (2 or 3 characters), read backwards, or null.</summary>
    public int? ReadBefore(string text, int end)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = end - length;
            if (start < 0)
            {
                continue;
            }

            if (Read(text, start) == length)
            {
                return length;
            }
        }

        return null;
    }

    private bool StartsTitle(string text, int at) => _titles.Any(t => t.Length >= 2 && string.CompareOrdinal(text, at, t, 0, t.Length) == 0);

    // 努尔兰·阿不都满金: parts of Han characters joined by the middle dot, the last one ending
    // before a character that usually follows a name (代表, 作).
    private int? MultiPart(string text, int start)
    {
        var i = start;
        var parts = 0;
        while (true)
        {
            var partStart = i;
            while (i < text.Length && IsHan(text[i]) && i - partStart < 8 && !(i > partStart && cues.StopChars.Contains(text[i])))
            {
                i++;
            }

            if (i == partStart)
            {
                return null;
            }

            parts++;
            if (i < text.Length && text[i] is '·' or '•' && i + 1 < text.Length && IsHan(text[i + 1]))
            {
                i++;
                continue;
            }

            return parts >= 2 ? i - start : null;
        }
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    // Names from `at`, joined by the separators (、 in a sentence; spaces too in a byline); a photo
    // credit's 摄 ends the last one.
    public List<(string Name, int Start, int End)> ReadList(UnitReading reading, int at, bool spaced, string separators = "、")
    {
        var text = reading.Text;
        var found = new List<(string, int, int)>();
        while (at < text.Length && Read(text, at, spaced) is { } length)
        {
            var name = new string(text.AsSpan(at, length).ToArray().Where(c => c != ' ').ToArray());
            found.Add((name, at, at + length));
            at += length;
            if (at < text.Length && text[at] == '摄')
            {
                break;
            }

            var next = at;
            while (next < text.Length && separators.Contains(text[next]))
            {
                next++;
            }

            if (next == at)
            {
                break;
            }

            at = next;
        }

        return found;
    }
}
