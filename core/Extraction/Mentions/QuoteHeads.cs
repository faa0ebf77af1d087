using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>A cue noun after a quote and the role it gives the quoted name.</summary>
internal sealed record QuoteHead(string Word, QuoteRole Role, int Start, int End);

/// <summary>
/// Finds the head noun after a quote or a list of quotes: where it is looked for (after 等, a count
/// and a bracket, to the clause's end, the next quote or a cue verb) and which cue noun it is (the
/// last one that starts within ten characters; a platform right after the name or right before a
/// describing noun wins over the describing noun).
/// </summary>
internal sealed partial class QuoteHeads(QuotedNameCues cues, string[] verbs)
{
    [GeneratedRegex(@"^(?:等)?(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|张|支|项|条|大|类|种)")]
    private static partial Regex CountPrefix();

    /// <summary>Every cue verb, longest first: a head is looked for before the next one.</summary>
    public string[] Verbs => verbs;

    /// <summary>Whether an initiative head noun (行动, 工程, 平台 …) starts at <paramref name="at"/>.</summary>
    public bool IsInitiativeHeadAt(string text, int at) =>
        cues.InitiativeHeads.Any(h => string.CompareOrdinal(text, at, h, 0, h.Length) == 0);

    /// <summary>
    /// Where the head noun is looked for: after <paramref name="from"/>, skipping 等, a count (两张,
    /// 25个) and a bracket, to the clause's end, the next quote, or a cue verb.
    /// </summary>
    public (int Start, int End) Region(TextUnit unit, int from)
    {
        var text = unit.Text;
        var start = from;
        if (start < text.Length && text[start] is '（' or '(')
        {
            var close = text.IndexOfAny(['）', ')'], start);
            if (close > 0 && close - start < 8)
            {
                start = close + 1;
            }
        }

        var count = CountPrefix().Match(text[start..]);
        if (count.Success)
        {
            start += count.Length;
        }
        else if (start < text.Length && text[start] == '等')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start < 14 && !QuoteReader.IsClauseEnd(text[end]) && text[end] is not ('“' or '‘' or '《' or '、'))
        {
            end++;
        }

        foreach (var verb in verbs)
        {
            var at = text.IndexOf(verb, start, end - start, StringComparison.Ordinal);
            if (at >= start && at < end && at > start)
            {
                end = at;
            }
        }

        return (start, end);
    }

    /// <summary>The last cue noun that starts within ten characters of the region's start.</summary>
    public QuoteHead? Find(string text, int start, int end)
    {
        QuoteHead? best = null;
        var initiativeHeads = new List<QuoteHead>();
        void Consider(IEnumerable<string> words, QuoteRole role)
        {
            foreach (var word in words)
            {
                for (var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal); at >= 0 && at - start < 10; at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
                {
                    var wordEnd = at + word.Length;
                    if (wordEnd > end)
                    {
                        break;
                    }

                    if (best is null || wordEnd > best.End || (wordEnd == best.End && word.Length > best.Word.Length))
                    {
                        best = new QuoteHead(word, role, at, wordEnd);
                    }

                    if (role == QuoteRole.Initiative)
                    {
                        initiativeHeads.Add(new QuoteHead(word, role, at, wordEnd));
                    }
                }
            }
        }

        Consider(cues.ActivityHeads, QuoteRole.ActivityName);
        Consider(cues.TopicHeads, QuoteRole.Topic);
        Consider(cues.InitiativeHeads, QuoteRole.Initiative);
        Consider(cues.BodyHeads, QuoteRole.Body);
        Consider(cues.RankingMarks, QuoteRole.Award);
        Consider(cues.OtherHeads, QuoteRole.Unknown);

        // “有事多商量”协商平台建设工作要求, “…”线上协商议事平台作用: the platform right after the name,
        // or right before the describing noun, decides, not the requirement or role the phrase ends in.
        if (best is { Role: QuoteRole.Unknown } described
            && initiativeHeads.Where(h => h.Start - start <= 4 || h.End == described.Start).MaxBy(h => (h.End, h.Word.Length)) is { } platform)
        {
            return platform;
        }

        return best;
    }
}
