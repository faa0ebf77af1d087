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

    // The head nouns in the order they are weighed, and each by its first character with its place in that order.
    private readonly (string Word, QuoteRole Role)[] _heads = HeadsOf(cues);
    private readonly Dictionary<char, (int Order, string Word)[]> _headsByFirst = HeadsOf(cues)
        .Select((h, order) => (Order: order, h.Word))
        .GroupBy(h => h.Word[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static (string Word, QuoteRole Role)[] HeadsOf(QuotedNameCues cues) =>
    [
        .. cues.ActivityHeads.Select(w => (w, QuoteRole.ActivityName)), .. cues.TopicHeads.Select(w => (w, QuoteRole.Topic)),
        .. cues.InitiativeHeads.Select(w => (w, QuoteRole.Initiative)), .. cues.BodyHeads.Select(w => (w, QuoteRole.Body)),
        .. cues.RankingMarks.Select(w => (w, QuoteRole.Award)), .. cues.OtherHeads.Select(w => (w, QuoteRole.Unknown)),
    ];

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
        // Every head found in the region, then taken in the order of the lists (activity, topic, initiative, body,
        // ranking, other), of the words in each and of where they start: the first of two equal readings wins.
        var found = new List<(int Order, int At)>();
        for (var at = start; at < end && at - start < 10; at++)
        {
            if (_headsByFirst.TryGetValue(text[at], out var heads))
            {
                foreach (var (order, word) in heads)
                {
                    if (at + word.Length <= end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                    {
                        found.Add((order, at));
                    }
                }
            }
        }

        found.Sort();
        QuoteHead? best = null;
        var initiativeHeads = new List<QuoteHead>();
        foreach (var (order, at) in found)
        {
            var (word, role) = _heads[order];
            var wordEnd = at + word.Length;
            if (best is null || wordEnd > best.End || (wordEnd == best.End && word.Length > best.Word.Length))
            {
                best = new QuoteHead(word, role, at, wordEnd);
            }

            if (role == QuoteRole.Initiative)
            {
                initiativeHeads.Add(new QuoteHead(word, role, at, wordEnd));
            }
        }

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
