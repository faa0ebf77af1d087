using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>Finds the quotes, titles and clauses of a unit.</summary>
internal static class QuoteReader
{
    /// <summary>
    /// The outermost “…” and 《…》 spans in order; ‘…’ counts only where it is not inside “…”.
    /// An opening mark without its closing mark is ignored. Reported speech (<see cref="IsSpeech"/>)
    /// is no quote: the quotes inside it are the outermost ones.
    /// </summary>
    public static List<QuotedSpan> Quotes(string text)
    {
        var spans = new List<QuotedSpan>();
        foreach (var span in Outermost(text))
        {
            if (IsSpeech(text, span))
            {
                spans.AddRange(Outermost(text[span.InnerStart..span.InnerEnd]).Select(inner => new QuotedSpan(inner.Open + span.InnerStart, inner.Close + span.InnerStart, inner.IsTitle)));
            }
            else
            {
                spans.Add(span);
            }
        }

        return spans;
    }

    /// <summary>
    /// Reported speech: a “…” opened right after a colon (报告…情况：“…”, 他说：“…”), or opening the unit in the first
    /// person (“…我们共征集…，…。”某某说), that holds clauses of its own. What is said is sentences of the text, not a name
    /// or a title.
    /// </summary>
    public static bool IsSpeech(string text, QuotedSpan span)
    {
        if (span.IsTitle || text[span.Open] != '“')
        {
            return false;
        }

        var before = span.Open - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var inner = text.AsSpan(span.InnerStart, span.InnerEnd - span.InnerStart);
        return (before >= 0 ? text[before] is '：' or ':' : inner.Contains("我们", StringComparison.Ordinal))
            && inner.IndexOfAny("，。；！？,;") >= 0;
    }

    private static List<QuotedSpan> Outermost(string text)
    {
        var spans = new List<QuotedSpan>();
        var stack = new Stack<(char Opener, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '‘' or '《')
            {
                stack.Push((c, i));
            }
            else if (c is '”' or '’' or '》' && stack.Count > 0)
            {
                var expected = c switch { '”' => '“', '’' => '‘', _ => '《' };

                // Unwind openers left unclosed inside this pair.
                while (stack.Count > 0 && stack.Peek().Opener != expected)
                {
                    stack.Pop();
                }

                if (stack.Count == 0)
                {
                    continue;
                }

                var (opener, at) = stack.Pop();
                if (stack.Count == 0)
                {
                    spans.Add(new QuotedSpan(at, i, IsTitle: opener == '《'));
                }
            }
        }

        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        return spans;
    }

    /// <summary>
    /// Clauses: the stretches between clause punctuation outside quotes and titles, trimmed, non-empty;
    /// the marks of reported speech (<see cref="IsSpeech"/>) close no clause and hide none.
    /// </summary>
    public static List<(int Start, int End)> Clauses(string text)
    {
        var speechMarks = Outermost(text).Where(q => IsSpeech(text, q)).SelectMany(q => new[] { q.Open, q.Close }).ToHashSet();
        var clauses = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
                if (speechMarks.Contains(i))
                {
                    continue;
                }

                if (c is '“' or '‘' or '《' or '（' or '(')
                {
                    depth++;
                    continue;
                }

                if (c is '”' or '’' or '》' or '）' or ')')
                {
                    depth = Math.Max(0, depth - 1);
                    continue;
                }

                if (depth > 0 || !IsClauseEnd(c))
                {
                    continue;
                }
            }

            var s = start;
            var e = i;
            while (s < e && (char.IsWhiteSpace(text[s]) || speechMarks.Contains(s)))
            {
                s++;
            }

            while (e > s && (char.IsWhiteSpace(text[e - 1]) || speechMarks.Contains(e - 1)))
            {
                e--;
            }

            if (e > s)
            {
                clauses.Add((s, e));
            }

            start = i + 1;
        }

        return clauses;
    }

    /// <summary>Marks that end a clause: ，；：。！？ and their ASCII forms.</summary>
    public static bool IsClauseEnd(char c) => c is '，' or '；' or '：' or '。' or '！' or '？' or ',' or ';' or ':' or '!' or '?' || CjkChars.IsSentenceTerminator(c);
}
