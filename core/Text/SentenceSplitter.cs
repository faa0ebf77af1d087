namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Splits one paragraph into sentences at 。！？ (and ； when asked). Closing quotes and brackets
/// after the terminator stay with the sentence (<c>……。”</c>). A terminator inside “…” or 《…》
/// does not split unless the quote closes right after it or has run on for longer than
/// <see cref="DocumentStructureParserOptions.MaxQuotedSpanLength"/>. Spans exclude surrounding
/// whitespace; empty ones are dropped.
/// </summary>
internal static class SentenceSplitter
{
    public static List<(int Start, int End)> Split(string text, int start, int end, DocumentStructureParserOptions options)
    {
        var sentences = new List<(int Start, int End)>();
        var sentenceStart = start;
        var quoteDepth = 0;
        var quoteOpenedAt = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (CjkChars.IsQuoteOpener(c))
            {
                if (quoteDepth == 0)
                {
                    quoteOpenedAt = i;
                }

                quoteDepth++;
                i++;
                continue;
            }

            if (CjkChars.IsQuoteCloser(c))
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                i++;
                continue;
            }

            if (!IsTerminator(c, options))
            {
                i++;
                continue;
            }

            var after = i + 1;
            var depthAfter = quoteDepth;
            while (after < end && (IsTerminator(text[after], options) || CjkChars.IsCloser(text[after]) || text[after] == '…'))
            {
                if (CjkChars.IsQuoteCloser(text[after]))
                {
                    depthAfter = Math.Max(0, depthAfter - 1);
                }

                after++;
            }

            var insideQuote = depthAfter > 0 && i - quoteOpenedAt <= options.MaxQuotedSpanLength;
            if (!insideQuote)
            {
                Add(text, sentenceStart, after, sentences);
                sentenceStart = after;
                depthAfter = 0;
            }

            quoteDepth = depthAfter;
            i = after;
        }

        Add(text, sentenceStart, end, sentences);
        return sentences;
    }

    private static bool IsTerminator(char c, DocumentStructureParserOptions options) =>
        CjkChars.IsSentenceTerminator(c) || (options.SplitAtSemicolon && c is '；' or ';');

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
