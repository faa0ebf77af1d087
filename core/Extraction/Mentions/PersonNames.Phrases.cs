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

    private bool IsOccupation(ReadOnlySpan<char> word) =>
        OccupationEnds.Contains(word[^1]) && segmenter.Contains(word) && segmenter.Tag(word) == "n";

    // The last characters of nouns for people by trade (企业家, 律师, 学者, 医生, 研究员, 个体户, 农民, 传承人, 院士).
    private const string OccupationEnds = "家师者生员户民人士";

    // 委员向全县群众, 向县慈善协会, 于乾县召开: a surname that is also a preposition, followed by a
    // division's character (县, 市 …), a word that opens a phrase about a place or a body (全县, 各级,
    // 本市) or a place of the gazetteer named with its division (乾县, 房县), is that preposition; a
    // verb a name is followed by after three characters keeps the name (于全胜主持). 于长春 stays a
    // name: a place without its division is a given name too often.
    private bool OpensPlacePhrase(string text, int start)
    {
        var at = start + 1;
        if (!Prepositions.Contains(text[start]) || at + 1 >= text.Length || !IsHan(text[at]) || !IsHan(text[at + 1]) || PredicateAfter(text, start + 3))
        {
            return false;
        }

        if (OpeningDivisions.Contains(text[at]))
        {
            return true;
        }

        if (PhraseOpeners.Contains(text[at]) && segmenter.Contains(text.AsSpan(at, 2)) && segmenter.Tag(text.AsSpan(at, 2)) is not ("nr" or "nrfg" or "nrt"))
        {
            return true;
        }

        foreach (var (length, readings) in gazetteer.NamesAt(text, at))
        {
            if (DivisionCharacters.Contains(text[at + length - 1]) && readings.Any(r => !r.IsShort))
            {
                return true;
            }
        }

        return false;
    }

    // The characters that end a division's name (县, 镇 …), which no given name ends with; the first
    // five open no given name either (县慈善协会), the others (镇华, 乡宁) may.
    private const string DivisionCharacters = "省市县区旗州盟镇乡村";

    private const string OpeningDivisions = "省市县区旗";

    // Characters that open a phrase about a place or a body (全县, 各级, 该市, 本单位, 乡镇).
    private const string PhraseOpeners = "全各该本乡";
}
