namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Names of several parts joined by a middle dot (努尔兰·阿不都满金, 帕巴拉·格列朗杰): names of other peoples written
/// in Han characters for their sounds, whose parts hold characters that would stop a Han name.
/// </summary>
internal sealed partial class PersonNames
{
    // 努尔兰·阿不都满金: parts of Han characters joined by the middle dot, the last one ending
    // before a character that usually follows a name (代表, 作).
    private int? MultiPart(string text, int start)
    {
        var i = start;
        var parts = 0;
        while (true)
        {
            var partStart = i;
            while (i < text.Length && IsHan(text[i]) && i - partStart < 8 && !(i > partStart && StopsTransliteration(text, i))
                && !(i - partStart >= 2 && PartEndsBefore(text, i)))
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

            // 两会·回顾: words of the dictionary joined by a dot make a heading's pair, no name.
            return parts >= 2 && !CommonPart(text.AsSpan(start, i - start)) ? i - start : null;
        }
    }

    // 主席帕巴拉·格列朗杰宣布大会开幕, 亚森·图尔荪向大会作报告: after two characters of a part, a verb a name is followed by, a
    // common verb (宣布) or a preposition before a common word (向|大会) is the sentence's, not the name's.
    private bool PartEndsBefore(string text, int at) =>
        PredicateAfter(text, at) || OpensVerb(text, at)
        || Prepositions.Contains(text[at]) && at + 3 <= text.Length && segmenter.Frequency(text.AsSpan(at + 1, 2)) >= CommonWordFrequency;

    // Every part of a dotted run is a word of the dictionary that is no name (两会·回顾; 阿依古丽·买买提 keeps its name:
    // 阿依古丽 is tagged one).
    private bool CommonPart(ReadOnlySpan<char> run)
    {
        foreach (var range in run.SplitAny("·•"))
        {
            if (!IsOrdinary(run[range]))
            {
                return false;
            }
        }

        return true;
    }

    // A transliterated part (阿不都满金, 买买提) holds characters that stop a Han name (都, 提): only a
    // word opening there (代表, 提出), a particle (作, 在 …) or the end of the Han run ends it.
    // A character before the dot between parts (托乎提·热合曼) or closing the name before a mark
    // (毛吾力提、) is the part's, unless it stops a name on its own (等，).
    private bool StopsTransliteration(string text, int at) =>
        cues.StopChars.Contains(text[at]) && !(at + 1 < text.Length && text[at + 1] is '·' or '•')
        && ((at + 1 >= text.Length || !IsHan(text[at + 1])) && StandaloneStops.Contains(text[at])
            || "作在是为和与及的".Contains(text[at]) || (at + 1 < text.Length && segmenter.Contains(text.AsSpan(at, 2))));
}
