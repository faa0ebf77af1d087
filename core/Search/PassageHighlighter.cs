namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Finds where a passage matches a query's terms: every occurrence of each term in the text,
/// compared without regard to case and character width, merged into spans that neither overlap
/// nor touch. Terms are the query's words; a text that holds none of them is highlighted by the
/// query's bigrams, the unit the index matched on.
/// </summary>
public static class PassageHighlighter
{
    /// <summary>The spans of <paramref name="text"/> that match <paramref name="words"/>, else <paramref name="fallback"/>.</summary>
    public static IReadOnlyList<TextSpan> Highlight(string text, IEnumerable<string> words, IEnumerable<string>? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var spans = Find(folded, words);
        if (spans.Count == 0 && fallback is not null)
        {
            spans = Find(folded, fallback);
        }

        return Merge(spans);
    }

    private static List<TextSpan> Find(string text, IEnumerable<string> terms)
    {
        var spans = new List<TextSpan>();
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Fold).Distinct(StringComparer.Ordinal))
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                spans.Add(new TextSpan(at, at + term.Length));
            }
        }

        return spans;
    }

    // Full-width ASCII to ASCII and upper to lower case, one character for one, so offsets in
    // the folded text are offsets in the original.
    private static string Fold(string text) => string.Create(text.Length, text, static (output, input) =>
    {
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                c = ' ';
            }

            output[i] = char.ToLowerInvariant(c);
        }
    });

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
