using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Names that stand as items: alone between spaces or brackets (a credit), or in a list closed by 、
/// (the names after a title). An item's place says a name may stand there; these readers decide
/// whether the item reads as one.
/// </summary>
internal sealed partial class PersonNames
{
    /// <summary>
    /// True when <paramref name="item"/>, an item standing alone between spaces or brackets, reads as
    /// a name: a surname and one to three characters, or four Han characters of two surnames (高吕艳杏),
    /// with no ordinary word in it.
    /// </summary>
    public bool IsNameItem(ReadOnlySpan<char> item)
    {
        if (item.Length is < 2 or > 4 || item.ContainsAnyExcept(HanRange) || IsOrdinary(item) || HoldsCommonWord(item))
        {
            return false;
        }

        var surname = surnames.Match(item);
        return surname > 0 && surname < item.Length && !IsPredicate(item[..(surname + 1)]);
    }

    /// <summary>
    /// True when <paramref name="item"/>, set apart by spaces or brackets in a credit (记者 …, （… 文/… 图）,
    /// … 摄), reads as a name: by pattern, or as two to four Han characters that are no word, hold no
    /// common word and open no title (rare surnames and characters: 税某, 朱肸; names of other peoples
    /// written in Han characters: 平措央宗). The credit's place is what says a name stands there.
    /// </summary>
    public bool IsCreditName(string item) =>
        IsName(item)
        || (item.Length is >= 2 and <= 4 && !item.AsSpan().ContainsAnyExcept(HanRange) && !IsOrdinary(item) && !HoldsCommonWord(item)
            && !StartsTitle(item, 0) && !Stops(item, 0) && !IsPredicate(item.AsSpan(0, 2)) && !IsPhrase(item));

    // A rare reading that the segmenter reads as a phrase is none: a verb, adverb or preposition and
    // a word of two or more characters (有删节, 无改动, 据报道), or four characters cut wholly into
    // words of two or more characters, none a proper noun's (远景航拍: 远景 航拍; 扎西顿珠 is cut into
    // two place words and stays a name). A name written in Han characters for its sounds (达瓦次仁)
    // falls apart into single characters and is no phrase.
    private bool IsPhrase(string item)
    {
        var words = segmenter.Cut(item, hmm: false);
        if (words.Count == 2 && segmenter.Tag(words[0]) is "v" or "d" or "p" && words[1].Length >= 2 && segmenter.Contains(words[1]))
        {
            return true;
        }

        return item.Length == 4 && words.Count > 1 && words.All(w => w.Length >= 2 && segmenter.Contains(w))
            && !words.Any(w => segmenter.Tag(w) is "nr" or "nrfg" or "nrt" or "ns" or "nz");
    }

    private static readonly System.Buffers.SearchValues<char> HanRange = System.Buffers.SearchValues.Create(
        Enumerable.Range('\u4E00', '\u9FFF' - '\u4E00' + 1).Select(c => (char)c).Where(IsHan).ToArray());

    // An item of a list of names closed by 、 is the whole item: a surname and up to three
    // characters (李先琦、, 佟格日乐、), or, after a first name of the list, any two to five
    // characters that are not a word of the dictionary (辛耀雄、敖登其其格、李贤).
    private int? Bounded(string text, int at, bool inList, string separators)
    {
        if (!separators.Contains('、'))
        {
            return null;
        }

        var end = at;
        while (end < text.Length && end - at <= 5 && IsHan(text[end]))
        {
            end++;
        }

        var length = end - at;
        if (end >= text.Length || text[end] != '、' || length < 2 || length > 5 || IsOrdinary(text.AsSpan(at, length)) || StartsTitle(text, at))
        {
            return null;
        }

        // The given name, or an item without a surname, holds no common word (强企业、惠民生 are
        // slogans, 华芳纺织、中炬农业 firms; 张建国、 is left to the reading by pattern).
        var surname = surnames.Match(text.AsSpan(at));
        return (surname > 0 && length - surname is >= 1 and <= 3 && !IsPredicate(text.AsSpan(at, surname + 1)) && !HoldsCommonWord(text.AsSpan(at + surname, length - surname)))
            || (inList && !HoldsCommonWord(text.AsSpan(at, length)))
            ? length
            : null;
    }

    // 副主席支某强、钱某东: the first item of a list of names after a title, of two or three characters,
    // whose surname is too rare for the table, when the item after the 、 reads as a name by pattern
    // and is no word and holds none either (锡常泰、宁镇扬 are places).
    private int? OpensList(string text, int at, string separators)
    {
        if (Bounded(text, at, inList: true, separators) is not { } length || length is not (2 or 3) || Stops(text, at))
        {
            return null;
        }

        var next = at + length + 1;
        return Read(text, next) is { } following && !IsOrdinary(text.AsSpan(next, following)) && !HoldsCommonWord(text.AsSpan(next, following)) ? length : null;
    }

    // …潘某瑛、和某涛在主席台就座: the last item of a list of names, after a 、, opening with a surname
    // that is also a common word (和): three characters, the two given ones no ordinary word, opening no title,
    // before a character that stops a name on its own or a mark. The 、 says it is an item, not 和
    // joining the last name to the list.
    private int? ClosesList(string text, int at) =>
        IsBylineSurname(text[at]) && at + 3 <= text.Length && IsHan(text[at + 1]) && IsHan(text[at + 2])
        && surnames.Match(text.AsSpan(at + 1)) == 0 && !StartsTitle(text, at + 1) && !IsOrdinary(text.AsSpan(at + 1, 2)) && !IsOrdinary(text.AsSpan(at, 2))
        && (at + 3 == text.Length || !IsHan(text[at + 3]) || StandaloneStops.Contains(text[at + 3]))
            ? 3
            : null;

    // …马某生、胡开颜，: the last item of a list of names, after a 、, closing the clause: a surname and
    // one or two characters whose given name holds no common word, though a character in it
    // would stop a name in running text (开).
    private int? ClosesListAtMark(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 3 && IsHan(text[end]))
        {
            end++;
        }

        var surname = surnames.Match(text.AsSpan(at));
        var length = end - at;
        return end < text.Length && text[end] is '，' or ',' or '。' or '；' && length is 2 or 3 && surname > 0 && surname < length
            && !IsOrdinary(text.AsSpan(at, length)) && !IsPredicate(text.AsSpan(at, surname + 1)) && !HoldsCommonWord(text.AsSpan(at + surname, length - surname)) && !StartsTitle(text, at + surname)
                ? length
                : null;
    }

    // 副主席秦某文、乌兰、马某生: an item of two or three characters that is also a word or a place's name
    // (乌兰), between two names of a list after a title: the title and the list say it is a name too.
    // A list without a title is left to its own items (县名、地名 lists in reports read otherwise).
    private int? BetweenNames(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at <= 3 && IsHan(text[end]))
        {
            end++;
        }

        var length = end - at;
        return length is 2 or 3 && end + 1 < text.Length && text[end] == '、' && !StartsTitle(text, at) && !Stops(text, at)
            && Read(text, end + 1) is { } next && !IsOrdinary(text.AsSpan(end + 1, next)) && !HoldsCommonWord(text.AsSpan(end + 1, next))
                ? length
                : null;
    }

    /// <summary>
    /// True when <paramref name="item"/> reads as a verb and its object (强企业, 壮财源, 惠民生): a character
    /// and a noun of the dictionary met at least <see cref="SloganNounFrequency"/> times, not a name.
    /// </summary>
    public bool IsSloganItem(ReadOnlySpan<char> item) =>
        item.Length == 3 && segmenter.Tag(item[1..]) is "n" or "vn" && segmenter.Frequency(item[1..]) >= SloganNounFrequency;

    private const long SloganNounFrequency = 100;

    /// <summary>True when two characters of <paramref name="item"/> make a common word (企业, 民生): slogans and firms, not names.</summary>
    public bool HoldsCommonWord(ReadOnlySpan<char> item)
    {
        for (var i = 0; i + 2 <= item.Length; i++)
        {
            if (segmenter.Frequency(item.Slice(i, 2)) >= CommonWordFrequency)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with what stands in a list of names but is no name blanked to 、 (offsets
    /// kept): a note after a name (田某(女)、, 马某（回族） 、) and a name masked with * (王*、李某*、).
    /// </summary>
    public static string ListText(string text)
    {
        if (text.AsSpan().IndexOfAny("(（*＊") < 0)
        {
            return text;
        }

        var blanked = NameNote().Replace(text, m => new string('、', m.Length));
        blanked = NoteMark().Replace(blanked, m => new string('、', m.Length));
        return MaskedName().Replace(blanked, m => new string('、', m.Length));
    }

    // 王某涛*、…（标*者为党外人士）: a star after a whole name of three characters marks a note, it masks none.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[、：:][\u4e00-\u9fff]{3})[*＊](?=[、，,。；;])")]
    private static partial System.Text.RegularExpressions.Regex NoteMark();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\u4e00-\u9fff])[ 　]*[（(](?:女|男|[\u4e00-\u9fff]{1,3}族)[）)][ 　]*(?=[、，,。；;]|$)")]
    private static partial System.Text.RegularExpressions.Regex NameNote();

    // 王*、李某*、张**: what a mask leaves of a name, the visible characters and the masks at most three.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[、：:])(?:[\u4e00-\u9fff][*＊]{1,2}|[\u4e00-\u9fff]{2}[*＊])(?=[、，,。；;])")]
    private static partial System.Text.RegularExpressions.Regex MaskedName();

    // 丨 (a radical in the Han block) is what pages set between credits (丨责编:某甲丨校对:某乙), never a name's.
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' and not '丨';

    // Names from `at`, joined by the separators (、 in a sentence; spaces too in a byline); a photo
    // credit's 摄 ends the last one. Only after a title (titled) may a first item of rare characters
    // open the list, or an item a place shares stand between two names.
    public List<(string Name, int Start, int End)> ReadList(UnitReading reading, int at, bool spaced, string separators = "、", bool titled = false)
    {
        var text = separators.Contains('、') ? reading.ListText : reading.Text;
        var found = new List<(string, int, int)>();
        while (at < text.Length && (Bounded(text, at, found.Count > 0, separators) ?? Read(text, at, spaced) ?? (titled && found.Count == 0 ? OpensList(text, at, separators) : null)
            ?? (found.Count > 0 && text[at - 1] == '、' ? ClosesList(text, at) ?? ClosesListAtMark(text, at) ?? (titled ? BetweenNames(text, at) : null) : null)) is { } length)
        {
            var name = new string(text.AsSpan(at, length).ToArray().Where(c => c != ' ').ToArray());
            found.Add((name, at, at + length));
            at += length;
            if (at < text.Length && text[at] == '摄')
            {
                break;
            }

            // 潘某武,、汪某霞: converting mirrors put a comma before the list mark; the two are one mark.
            var next = at;
            while (next < text.Length && (separators.Contains(text[next]) || text[next] is '，' or ',' && separators.Contains('、') && next + 1 < text.Length && text[next + 1] == '、'))
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
