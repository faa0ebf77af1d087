namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Space pass: runs of spaces shrink to one space or disappear, depending on what they separate.
/// Runs on after the line pass, so lines are already trimmed.
/// </summary>
/// <remarks>
/// <para>A space next to full-width punctuation (<c>政协 ，</c>, <c>（一） 全面</c>) goes. So does a
/// space between curly quotes, an ellipsis or a dash and Chinese text
/// (<c>“两个确立” “两个维护”</c> → <c>“两个确立”“两个维护”</c>).</para>
/// <para>Between two Chinese characters, the seeds use a space on purpose: it separates the two
/// halves of a slogan or title (<c>“主动融入长三角 聚力发展新淮安”</c>,
/// <c>党建为魂 在政治方向上不偏不倚</c>, <c>《丝路滨海梦 大港时代圆》</c>) and the names in a byline
/// (<c>通讯员 王玉峰 王荣荣</c>). Such a space is kept inside quotes or book-title marks and in
/// short lines (<see cref="TextNormalizerOptions.PhraseSpaceLineLength"/>). It goes when a single
/// character stands on either side (letter-spaced extraction: <c>政 协 工 作</c>, a name padded to
/// align, <c>2024年 工作</c>) and anywhere in long body lines outside quotes.</para>
/// <para>Everything else (between Latin words, numbers, or Chinese and Latin: <c>编者按 2023年</c>,
/// <c>1 深入学习</c>, <c># 人民政协</c>) keeps one space.</para>
/// <para>The kept space maps to the first space of its run.</para>
/// </remarks>
internal static class CjkSpacing
{
    public static MappedText Apply(MappedText input, TextNormalizerOptions options)
    {
        var s = input.Text;
        var space = s.IndexOf(' ');
        if (space < 0)
        {
            return input;
        }

        var output = new MappedTextBuilder(input);
        var copiedTo = 0;
        var line = new LineState();
        while (space >= 0)
        {
            var runEnd = space;
            while (runEnd < s.Length && s[runEnd] == ' ')
            {
                runEnd++;
            }

            if (space >= line.End)
            {
                line = LineState.Around(s, space);
            }

            output.Copy(copiedTo, space);
            if (KeepsSpace(s, space, runEnd, line, options))
            {
                output.Append(' ', space, space + 1);
            }

            copiedTo = runEnd;
            space = runEnd < s.Length ? s.IndexOf(' ', runEnd) : -1;
        }

        output.Copy(copiedTo, s.Length);
        return output.Build();
    }

    /// <summary>Decides the space run s[from..to) on <paramref name="line"/>.</summary>
    private static bool KeepsSpace(string s, int from, int to, LineState line, TextNormalizerOptions options)
    {
        if (from == line.Start || to == line.End)
        {
            return false;
        }

        var before = s[from - 1];
        var after = s[to];
        if (CjkChars.IsFullWidthPunctuation(before) || CjkChars.IsFullWidthPunctuation(after))
        {
            return false;
        }

        if ((CjkChars.IsSharedPunctuation(before) && CjkChars.IsCjkContext(after))
            || (CjkChars.IsSharedPunctuation(after) && CjkChars.IsCjkContext(before)))
        {
            return false;
        }

        if (!CjkChars.IsIdeograph(before) || !CjkChars.IsIdeograph(after))
        {
            return true;
        }

        var singleBefore = from - 2 < line.Start || !CjkChars.IsIdeograph(s[from - 2]);
        var singleAfter = to + 1 >= line.End || !CjkChars.IsIdeograph(s[to + 1]);
        if (singleBefore || singleAfter)
        {
            return false;
        }

        return line.End - line.Start <= options.PhraseSpaceLineLength || line.QuoteDepthAt(s, from) > 0;
    }

    /// <summary>The line being worked on, and how deep in quotes its text is up to where it was last asked.</summary>
    private sealed class LineState
    {
        public int Start { get; private init; }

        public int End { get; private init; }

        private int _scannedTo;
        private int _quoteDepth;

        public static LineState Around(string s, int index)
        {
            var start = index == 0 ? 0 : s.LastIndexOf('\n', index - 1) + 1;
            var end = s.IndexOf('\n', index);
            return new LineState { Start = start, End = end < 0 ? s.Length : end, _scannedTo = start };
        }

        /// <summary>Quote depth at <paramref name="index"/>; indices must not go backwards.</summary>
        public int QuoteDepthAt(string s, int index)
        {
            for (; _scannedTo < index; _scannedTo++)
            {
                var c = s[_scannedTo];
                if (CjkChars.IsQuoteOpener(c))
                {
                    _quoteDepth++;
                }
                else if (CjkChars.IsQuoteCloser(c))
                {
                    _quoteDepth = Math.Max(0, _quoteDepth - 1);
                }
            }

            return _quoteDepth;
        }
    }
}
