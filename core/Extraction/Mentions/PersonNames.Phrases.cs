using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// What stands around a name without being one: a trade between a title and the name (企业家), and a
/// surname that is a preposition before a place or a body (向乾县, 于全县).
/// </summary>
internal sealed partial class PersonNames
{
    /// <summary>
    /// The length of an occupation at <paramref name="at"/> (企业家, 民营企业家, 乡村医生, 律师), or 0: a noun
    /// of the dictionary for a person by trade, perhaps after one word that qualifies it, as it stands
    /// between a title and names (市政协委员、企业家刘建国).
    /// </summary>
    internal int OccupationLength(string text, int at)
    {
        for (var length = Math.Min(5, text.Length - at); length >= 2; length--)
        {
            if (IsOccupation(text.AsSpan(at, length)))
            {
                return length;
            }
        }

        for (var first = 2; first <= 3 && at + first + 2 <= text.Length; first++)
        {
            var qualifier = text.AsSpan(at, first);
            if (!segmenter.Contains(qualifier) || segmenter.Tag(qualifier) is "nr" or "nrfg" or "nrt" or "v" or "p" or "c" or "d" or "m" or "r")
            {
                continue;
            }

            for (var length = Math.Min(4, text.Length - at - first); length >= 2; length--)
            {
                if (IsOccupation(text.AsSpan(at + first, length)))
                {
                    return first + length;
                }
            }
        }

        return 0;
    }

    // 国家卫健委, 人民银行: the state and the people open a body's name (委员、国家卫健委副主任某某), no trade.
    private bool IsOccupation(ReadOnlySpan<char> word) =>
        OccupationEnds.Contains(word[^1]) && segmenter.Contains(word) && segmenter.Tag(word) == "n" && word is not ("国家" or "人民");

    // The last characters of nouns for people by trade (企业家, 律师, 学者, 医生, 研究员, 个体户, 农民, 传承人, 院士).
    private const string OccupationEnds = "家师者生员户民人士";

    // 委员向全县群众, 向县慈善协会, 于乾县召开: a surname that is also a preposition, followed by a
    // division's character (县, 市 …), a word that opens a phrase about a place or a body (全县, 各级,
    // 本市) or a place of the gazetteer named with its division (乾县, 房县), is that preposition; a
    // verb a name is followed by after three characters keeps the name (于全胜主持). 于长春 stays a
    // name: a place without its division is a given name too often. A common noun, time or place word the
    // sentence goes on from is the preposition's object too (向灾区捐款, 于近日回乡). Never asked in a byline
    // (作者:向某某), which holds names only.
    private bool OpensPlacePhrase(string text, int start)
    {
        var at = start + 1;
        if (!Prepositions.Contains(text[start]) || at + 1 >= text.Length || !IsHan(text[at]) || !IsHan(text[at + 1]))
        {
            return false;
        }

        // 委员于上午参加活动: a time word as common as 近日 or 上午 is the preposition's object whatever follows
        // (于国庆主持, 于春天主持 keep their names: 国庆 and 春天 are rarer words).
        var time = text.AsSpan(at, 2);
        if (segmenter.Contains(time) && segmenter.Tag(time) == "t" && segmenter.Frequency(time) >= CommonTimeFrequency)
        {
            return true;
        }

        if (PredicateAfter(text, start + 3))
        {
            return false;
        }

        if (OpeningDivisions.Contains(text[at]))
        {
            return true;
        }

        if (PhraseOpeners.Contains(text[at]) && OpensPhrase(text.AsSpan(at, 2)))
        {
            return true;
        }

        if (ObjectOfPreposition(text, at))
        {
            return true;
        }

        foreach (var (length, readings) in gazetteer.NamesAt(text, at))
        {
            // 于宁县长, 向东区长: a county's or district's name before 长 is a name before its title (宁县 + 长 = 于宁 县长).
            if (DivisionCharacters.Contains(text[at + length - 1]) && readings.Any(r => !r.IsShort) && !(at + length < text.Length && text[at + length] == '长'))
            {
                return true;
            }
        }

        return false;
    }

    // 全县, 各级, 本周, 乡亲: a word after 全, 各, 该, 本 or 乡 that names a division, is no noun (a pronoun, a
    // time, a place word) or is common. A rarer noun is a given name as often (向全福, 于全胜, 向本源).
    private bool OpensPhrase(ReadOnlySpan<char> word) =>
        segmenter.Contains(word) && segmenter.Tag(word) is not ("nr" or "nrfg" or "nrt")
        && (DivisionCharacters.Contains(word[1]) || NonNameTags.Contains(segmenter.Tag(word)) || segmenter.Tag(word) == "s" || segmenter.Frequency(word) >= FollowingWordFrequency);

    // 委员向灾区捐款, 向社会各界发出倡议, 委员于近日回乡: a common noun, time or place word of the dictionary (no
    // name's nor place's) that the sentence goes on from, as a preposition's object does. A name goes on
    // otherwise: to a list or a verb a name is followed by (于海军、, 于海军等, 于海军在会上, 于国庆主持), and
    // names and places as given names (于海洋, 向红梅) are tagged so.
    private bool ObjectOfPreposition(string text, int at) =>
        at + 2 < text.Length && IsHan(text[at + 2]) && !StandaloneStops.Contains(text[at + 2]) && IsCommon(text.AsSpan(at, 2), "n", "f", "s");

    private bool IsCommon(ReadOnlySpan<char> word, params ReadOnlySpan<string> tags) =>
        segmenter.Contains(word) && tags.Contains(segmenter.Tag(word)) && segmenter.Frequency(word) >= FollowingWordFrequency;

    // Dictionary frequency from which a time word is no given name (近日 2033, 日前 2144, 上午 3088; not 春天 1421).
    private const long CommonTimeFrequency = 2000;

    /// <summary>
    /// True when the name read at <paramref name="at"/> after a trade is rather a preposition and a word
    /// (企业家向灾区捐款, 民营企业家于近日回乡): a surname that is also a preposition before a common word of
    /// the dictionary that is no name nor place (海洋, 红梅 are: 于海洋).
    /// </summary>
    internal bool PrepositionAfterTrade(string text, int at) =>
        at + 3 <= text.Length && Prepositions.Contains(text[at]) && segmenter.Contains(text.AsSpan(at + 1, 2))
        && segmenter.Tag(text.AsSpan(at + 1, 2)) is not ("nr" or "nrfg" or "nrt" or "ns") && segmenter.Frequency(text.AsSpan(at + 1, 2)) >= FollowingWordFrequency;

    // The characters that end a division's name (县, 镇 …), which no given name ends with; the first
    // five open no given name either (县慈善协会), the others (镇华, 乡宁) may.
    private const string DivisionCharacters = "省市县区旗州盟镇乡村";

    private const string OpeningDivisions = "省市县区旗";

    // Characters that open a phrase about a place or a body (全县, 各级, 该市, 本单位, 乡镇).
    private const string PhraseOpeners = "全各该本乡";
}
