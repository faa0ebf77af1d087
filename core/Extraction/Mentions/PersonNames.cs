using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
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
internal sealed partial class PersonNames(PeopleCues cues, Surnames surnames, JiebaSegmenter segmenter, Gazetteer gazetteer)
{
    // Dictionary frequency from which a word is common enough that a name does not end inside it
    // (强调 6318; 明说 113 is left to the name: 朱士明说).
    private const long CommonWordFrequency = 1000;

    // Dictionary frequency from which the first two characters of a three-character reading are a word of their own
    // (满怀 491, 金秋 178, 班子 553), no surname and given character.
    private const long WordPairFrequency = 100;

    // A dictionary word met fewer times than this is barely a word (付强 3, a name in most texts; 应约 12 is a verb).
    private const long BarelyKnownFrequency = 10;

    // A noun after 原 before a colon is a page's label at a lower frequency than a common word (标题: 465 in jieba's dictionary).
    private const long LabelNounFrequency = 100;

    // A verb, adverb or conjunction this frequent after a name's first given character takes the
    // next character from the name (姜华应邀出席: 应邀 364; 朱士明说 keeps 明: 明说 113; 王治国分别参加
    // keeps 国: 国分 is no word).
    private const long FollowingWordFrequency = 300;

    // Characters that stop a name on their own, whatever follows (王平在会上, 李明作报告). The other
    // stop characters (会, 先, 出, 主 …) stop it only where they open a word (王平会见, 李明先后,
    // 张红出席), and are otherwise a given name's (郑尚会作报告, 李先琦、徐小力).
    // Suffixes that make a word of the dictionary an adjective or a verb (常态化, 规范性), not a given name's end.
    private const string DerivingSuffixes = "化性型式率";

    // Words for a stretch or area of a place (安徽段, 黄河域), not a given name's end.
    private const string PlacePartSuffixes = "段域";

    // Surnames that are also prepositions (向大会, 于会上, 从基层).
    private const string Prepositions = "向于从";

    private const string StandaloneStops = "作带在是为等到对向说讲和与及一了的赴也都就将已又还被把让从以于并兼当任率副所";

    // The surnames that are also common words (和), read only in bylines: single characters, as a
    // surname is matched here by one character.
    private readonly HashSet<char> _bylineSurnames = [.. (cues.BylineSurnames ?? []).Where(s => s.Length == 1).Select(s => s[0])];

    private readonly TitleIndex<string> _titles = TitleIndex.Of(cues.Roles.Select(r => r.Title).Concat(cues.Bylines.Where(b => !b.IsShortCredit).Select(b => b.Title)).Concat(cues.TitlesAfterName.Select(t => t.Title)));

    /// <summary>True when <paramref name="c"/> is a surname that is also a common word (和), read only in bylines.</summary>
    internal bool IsBylineSurname(char c) => _bylineSurnames.Contains(c);

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
            return RareSurnameName(text, start);
        }

        var end = start + surname;
        if (surname == 1 && !spaced && OpensPlacePhrase(text, start))
        {
            return null;
        }

        if (spaced && end + 1 < text.Length && text[end] == ' ' && IsHan(text[end + 1]) && (end + 2 >= text.Length || !IsHan(text[end + 2])))
        {
            return end + 2 - start;
        }

        var given = 0;

        // 田向利代表, 马向东等112名委员: a character that stops a name on its own (向) is the name's when the next one and a
        // verb a name is followed by (or 等 closing a list of people) come after it and the two make no word (or one the
        // dictionary tags as a name: 向东); so when a title follows (李向伟委员) or the name closes its line or its phrase
        // (记者吴向正, 李向阳、王平).
        if (end + 2 <= text.Length && StandaloneStops.Contains(text[end]) && IsHan(text[end + 1]) && !IsOrdinary(text.AsSpan(end, 2))
            && (end + 2 == text.Length || PredicateAfter(text, end + 2) || text[end + 2] == '等' && ClosesListAfter(text, end + 3) || StartsTitle(text, end + 2)
                || text[end + 2] is '，' or '、' or '。' or ' ' or '　' or '）' or ')' or '\n'))
        {
            return surname + 2;
        }

        // 副书记余先河参加会议: a stop character that opens a rare noun (先河) is the name's when a verb a name is followed by comes
        // right after the noun.
        if (end + 2 < text.Length && cues.StopChars.Contains(text[end]) && !StandaloneStops.Contains(text[end]) && IsHan(text[end + 1])
            && segmenter.Tag(text.AsSpan(end, 2)) is "n" or "nz" && segmenter.Frequency(text.AsSpan(end, 2)) < CommonWordFrequency && PredicateAfter(text, end + 2))
        {
            return surname + 2;
        }

        while (end + given < text.Length && given < 2 && IsHan(text[end + given]) && (!Stops(text, end + given) || given == 1 && StopEndsName(text, end + 1))
            && !StartsTitle(text, end + given))
        {
            // 姜梁致欢迎词, 王平主持: a verb a name is followed by, right after the first given character, closes the name.
            if (given == 1 && PredicateAfter(text, end + 1))
            {
                break;
            }

            // 王平强调: a second given character that opens a common word (强调, 表示) is that word's;
            // 某甲、某乙四位同志: a numeral before a measure word of people counts them.
            if (given == 1 && end + 2 < text.Length && (CountsPeople(text, end + 1) || segmenter.Frequency(text.AsSpan(end + 1, 2)) >= CommonWordFrequency || OpensPredicate(text.AsSpan(end + 1, 2)))
                && !PredicateAfter(text, end + 2) && !(text[end + 2] == '等' && ClosesListAfter(text, end + 3)))
            {
                break;
            }

            given++;
        }

        // 副州长农布央宗致辞: a name of four characters (Tibetan, Dai and other names written in Han
        // characters) when a verb a name is followed by comes right after the fourth and the fourth is
        // no adverb, time word or particle (李强今出席 keeps 李强).
        if (given == 2 && surname == 1 && end + 3 < text.Length && IsHan(text[end + 2]) && !Stops(text, end + 2) && !StartsTitle(text, end + 2)
            && PredicateAfter(text, end + 3) && !NonNameTags.Contains(segmenter.Tag(text.AsSpan(end + 2, 1))) && !HoldsCommonWord(text.AsSpan(start, 4))
            && !segmenter.Contains(text.AsSpan(end + 1, 2)) && !segmenter.Contains(text.AsSpan(start, 4)))
        {
            return 4;
        }

        // 向大会报告: a surname that is also a preposition, whose one given character would cut a common
        // word in two (大|会), is that preposition (于大海 keeps its name: 海 is read whole). Unless the
        // word's second character opens a verb, which then follows the name (副县长于强调研: 于强 调研;
        // 向大会作: 会作 is none).
        if (given == 1 && surname == 1 && Prepositions.Contains(text[start]) && end + 2 <= text.Length
            && segmenter.Frequency(text.AsSpan(end, 2)) >= CommonWordFrequency && !OpensVerb(text, end + 1))
        {
            return null;
        }

        // A photo credit's 摄 closes a byline (林君摄).
        if (spaced && given == 2 && text[end + 1] == '摄')
        {
            given--;
        }

        // 谈心谈话: a surname and a character that make a verb, adjective or adverb do not start a name; unless the word is one
        // the dictionary barely knows and a verb a name is followed by comes right after it (秘书长付强参加: 付强 3 v; 领导应约参加
        // keeps its verb: 应约 12).
        var rareWordNamed = given == 1 && PredicateAfter(text, end + 1) && segmenter.Frequency(text.AsSpan(start, surname + 1)) < BarelyKnownFrequency;
        if (given == 0 || IsPredicate(text.AsSpan(start, surname + 1)) && !rareWordNamed)
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

        // 常态化, 规范性: a word of the dictionary and a suffix that makes an adjective or a verb of it;
        // 安徽段, 长江段: a place of the dictionary and a word for a stretch of it.
        if (given == 2 && (DerivingSuffixes.Contains(text[end + 1]) && IsOrdinary(text.AsSpan(start, surname + 1))
            || PlacePartSuffixes.Contains(text[end + 1]) && segmenter.Tag(text.AsSpan(start, surname + 1)) == "ns"))
        {
            return null;
        }

        // 委员满怀喜悦, 委员金秋助学, 领导班子督办: a word of the dictionary (满怀, whatever its tag) and a character that opens
        // another word with the next one (喜悦) are two words, no name; unless a verb a name is followed by comes after the
        // three (王明华表示, 王国民主持: 华表 and 民主 are cut by the verb).
        if (given == 2 && surname == 1 && end + 2 < text.Length && segmenter.Frequency(text.AsSpan(start, 2)) >= WordPairFrequency
            && segmenter.Contains(text.AsSpan(end + 1, 2)) && !PredicateAfter(text, end + 2))
        {
            return null;
        }

        // A longer reading that is an ordinary word (主席会议) is not a name; try the shorter one. Nor is one
        // that ends as a division's name does (作者 白云区政府, 吕梁市政协主席): no given name ends in 市, 区, 县 or 省,
        // and when the characters before are a place's (白云区, 吕梁市) there is no name. Else a name of two runs on into
        // the next body's level (副主席王伟区政协主席李某, 张某县委书记) and keeps its two.
        for (var length = surname + given; length > surname; length--)
        {
            var candidate = text.AsSpan(start, length);
            if (length == surname + 2 && candidate[^1] is '市' or '区' or '县' or '省')
            {
                if (start + length < text.Length && text[start + length] == '委' || !NamesPlace(candidate))
                {
                    continue;
                }

                return null;
            }

            // 王治国 and 阳安江 are in the dictionary as places: read as people unless a place opens
            // them (安徽段: 安徽).
            if (!segmenter.Contains(candidate) || segmenter.Tag(candidate) is "nr" or "nrfg" or "nrt" || rareWordNamed
                || (length == 3 && segmenter.Tag(candidate) == "ns" && segmenter.Tag(candidate[..2]) != "ns"))
            {
                return length;
            }
        }

        return null;
    }

    // 吕梁市, 白云区: a division of the gazetteer or a place of the dictionary, by its full name or without its level.
    private bool NamesPlace(ReadOnlySpan<char> division) =>
        gazetteer.Named(division).Count > 0 || gazetteer.Named(division[..^1]).Count > 0
        || segmenter.Tag(division) == "ns" || segmenter.Tag(division[..^1]) == "ns";

    // 副主任和某培出席: a surname that is also a common word (和) opens a name of three characters when a
    // verb a name is followed by comes right after them, the two given characters make no word and
    // the first is no surname, title or stop (主任和王某出席, 和群众代表, 和副主任 are no names).
    private int? RareSurnameName(string text, int start) =>
        IsBylineSurname(text[start]) && start + 3 < text.Length && IsHan(text[start + 1]) && IsHan(text[start + 2])
        && surnames.Match(text.AsSpan(start + 1)) == 0 && !Stops(text, start + 1) && !StartsTitle(text, start + 1) && !segmenter.Contains(text.AsSpan(start + 1, 2))
        && PredicateAfter(text, start + 3)
            ? 3
            : null;

    // 杨某、邱德和、周某, 原主席李栋一，: 和 or 一 as a name's last character where a mark comes right after it (和 joining two
    // names is followed by the next, 某甲和某乙; 和 before a verb, 在 or 同志 is "with": 王某和参加调研的委员座谈, 王某和在场的委员
    // 交流, 王某和同志们握手).
    private static bool StopEndsName(string text, int at) =>
        text[at] is '和' or '一' && at + 1 < text.Length && text[at + 1] is '、' or '，' or '。' or ',';

    // 张兆民主持, 李顺跃出席: the word the third character seemed to open is cut by a verb a name is
    // followed by (主持, 出席 …), so the character is the name's.
    private static bool PredicateAfter(string text, int at) => at + 2 <= text.Length && WordsAt.StartsAny(text, at, FollowingVerbs);

    // 习近平等党和国家领导人: 等 closing a list of people is no word's end with the character before it
    // (平等), when what follows 等 is what closes such a list.
    private bool ClosesListAfter(string text, int at) =>
        at >= text.Length || !IsHan(text[at]) || "人党在".Contains(text[at]) || PredicateAfter(text, at)
        || WordsAt.StartsAny(text, at, ListClosers);

    private static readonly string[] ListClosers = ["领导", "同志", "委员", "常委", "代表", "嘉宾"];

    private static readonly string[] FollowingVerbs = ["主持", "出席", "参加", "陪同", "讲话", "表示", "指出", "强调", "介绍", "带队", "率队", "一行", "同志", "代表", "致辞", "致词", "致欢迎词", "致贺词", "列席", "一同", "到会"];

    // 四位, 三名, 两人: a numeral and a measure word of people at `at`.
    private static bool CountsPeople(string text, int at) =>
        at + 1 < text.Length && "一二两三四五六七八九十".Contains(text[at]) && text[at + 1] is '位' or '名' or '人';

    // Tags of a character that is no given name's (adverbs, prepositions, time and direction words,
    // numbers, measures, pronouns, particles).
    private static readonly HashSet<string> NonNameTags = ["d", "p", "c", "t", "tg", "f", "m", "q", "r", "u", "zg", "y", "e"];

    // A stop character at the end of a run of Han characters stops the name, except before a comma
    // or a list mark, where a name ends (主席团常务主席陈某会，主席团成员…: 会 is the name's).
    private bool Stops(string text, int at) =>
        (text[at] == '摄' && (at + 1 >= text.Length || !IsHan(text[at + 1]) || text[at + 1] == '影'))
        || cues.StopChars.Contains(text[at])
        && (StandaloneStops.Contains(text[at]) || at + 1 >= text.Length || !IsHan(text[at + 1]) && text[at + 1] is not ('，' or '、') || segmenter.Contains(text.AsSpan(at, 2)));

    // A verb of two characters met at least FollowingWordFrequency times opens at `at` (调研, 视察).
    private bool OpensVerb(string text, int at) =>
        at + 2 <= text.Length && segmenter.Tag(text.AsSpan(at, 2)) is "v" or "vn" && segmenter.Frequency(text.AsSpan(at, 2)) >= FollowingWordFrequency;

    /// <summary>True when <paramref name="c"/> is a surname that is also a preposition (向, 于, 从).</summary>
    internal static bool IsPreposition(char c) => Prepositions.Contains(c);

    /// <summary>True when the segmenter's dictionary holds <paramref name="word"/>, whatever its tag.</summary>
    internal bool InDictionary(ReadOnlySpan<char> word) => segmenter.Contains(word);

    /// <summary>True when <paramref name="word"/> is as common in the dictionary as a common word (齐声 1544, whatever its tag).</summary>
    internal bool IsCommonWord(ReadOnlySpan<char> word) => segmenter.Frequency(word) >= CommonWordFrequency;

    /// <summary>True when a common verb of two characters (同意, 表彰) ends at <paramref name="at"/>.</summary>
    internal bool VerbEndsAt(string text, int at) =>
        at >= 2 && IsHan(text[at - 2]) && (segmenter.Tag(text.AsSpan(at - 2, 2)) == "v" || IsMisTaggedVerb(text.AsSpan(at - 2, 2)))
        && segmenter.Frequency(text.AsSpan(at - 2, 2)) >= FollowingWordFrequency;

    /// <summary>Verbs jieba's dictionary tags as adverbs (同意 5348 d): 会议同意某某主席的意见 names a person after them.</summary>
    private static readonly string[] MisTaggedVerbs = ["同意"];

    /// <summary>True when <paramref name="word"/> is one of <see cref="MisTaggedVerbs"/> (compared without a string made).</summary>
    internal static bool IsMisTaggedVerb(ReadOnlySpan<char> word)
    {
        foreach (var verb in MisTaggedVerbs)
        {
            if (word.SequenceEqual(verb))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensPredicate(ReadOnlySpan<char> word) =>
        segmenter.Frequency(word) >= FollowingWordFrequency && segmenter.Tag(word) is "v" or "d" or "c" or "p";

    /// <summary>True when the segmenter's dictionary holds <paramref name="word"/> and does not tag it as a person's name.</summary>
    internal bool IsOrdinary(ReadOnlySpan<char> word) => segmenter.Contains(word) && segmenter.Tag(word) is not ("nr" or "nrfg" or "nrt");

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
            // 原文地址: a given name of three characters that holds a common word (地址) is no name.
            if (surname > 0 && surname < length && text.AsSpan(0, length).ToArray().All(IsHan) && !IsOrdinary(text.AsSpan(0, length))
                && !(length - surname == 3 && HoldsCommonWord(text.AsSpan(surname, 3))) && follows(length))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="name"/> reads as a label of a page's furniture, no name: of a three-character
    /// given part, one ending in a noun of the dictionary (原|文网址, 文|章来源); of a two-character one, a
    /// common noun after 原 ("original", 原|标题). Other two-character given parts that are common nouns
    /// are names all the same (陈光明, 张文化).
    /// </summary>
    public bool GivenIsCommonNoun(ReadOnlySpan<char> name)
    {
        var surname = surnames.Match(name);
        var given = name[surname..];
        return surname > 0 && (given.Length == 2 && name[0] == '原' && segmenter.Tag(given) == "n" && segmenter.Frequency(given) >= LabelNounFrequency
            || given.Length == 3 && segmenter.Tag(given[1..]) == "n");
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

    // A title of two characters or more starts at `at` (the longest one starting there is that long).
    private bool StartsTitle(string text, int at) => _titles.LongestAt(text, at) is { Length: >= 2 };
}
