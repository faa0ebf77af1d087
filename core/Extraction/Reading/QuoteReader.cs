using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>Finds the quotes, titles and clauses of a unit.</summary>
internal static class QuoteReader
{
    /// <summary>
    /// The outermost “…” and 《…》 spans in order; ‘…’ counts only where it is not inside “…”.
    /// An opening mark without its closing mark is ignored.
    /// </summary>
    public static List<QuotedSpan> Quotes(string text)
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

    /// <summary>Clauses: the stretches between clause punctuation outside quotes and titles, trimmed, non-empty.</summary>
    public static List<(int Start, int End)> Clauses(string text)
    {
        var clauses = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
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
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
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
