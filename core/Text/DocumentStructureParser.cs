using System.Globalization;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Finds the sections, paragraphs and sentences of a normalized document. Every non-blank line
/// is a heading or one paragraph (the normalizer has already joined wrapped lines).
/// </summary>
/// <remarks>
/// <para>A line is a heading when it carries a marker (<see cref="HeadingMarkers"/>): Markdown
/// <c>#</c>, <c>一、</c>, <c>（一）</c>, <c>1 …</c>/<c>1.</c>/<c>1、</c>, <c>2024年工作回顾</c>,
/// a <c>——</c> subtitle; marked lines longer than 60 characters are paragraphs.</para>
/// <para>An unmarked line is a title heading when it stands after a blank line (or opens the
/// document), some text follows it, and it looks like a title: at most
/// <see cref="DocumentStructureParserOptions.MaxTitleLength"/> characters, at least one Chinese
/// character, no 。！？；：, not ending in a comma or other punctuation except a closing bracket,
/// and not a byline (<c>通讯员 …</c>) nor an item of a dashed or bulleted list (<c>- …</c>, <c>• …</c>).</para>
/// <para>A title-like line right under a heading, with no blank line between, continues that
/// heading (<c>1 必须坚定党的领导\n增强履职的政治性</c>, <c>2024年\n市政协工作思路</c>). A heading
/// takes at most one such line; further ones are paragraphs.</para>
/// <para>Levels: <c>一、</c>, titles, subtitles and year parts 1; <c>（一）</c> 2; <c>1 …</c> 2, or 3
/// when the document also has <c>（一）</c> headings; Markdown its depth.</para>
/// <para>Ids are the document id plus ordinals, so the same text always gets the same ids.</para>
/// </remarks>
public sealed class DocumentStructureParser(DocumentStructureParserOptions? options = null)
{
    private static readonly string[] BylinePrefixes =
        ["通讯员", "记者", "本报记者", "本报通讯员", "特约记者", "编者按", "来源", "作者", "责任编辑", "编辑", "本版策划", "摄影", "图片"];

    private readonly DocumentStructureParserOptions _options = options ?? DocumentStructureParserOptions.Default;

    public DocumentStructure Parse(string documentId, NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(documentId, text.Text);
    }

    public DocumentStructure Parse(string documentId, string text)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReadLines(text);
        Classify(text, lines);
        return Assemble(documentId, text, lines);
    }

    private static List<Line> ReadLines(string text)
    {
        var lines = new List<Line>();
        var afterBlank = true;
        var rawStart = 0;
        while (rawStart <= text.Length)
        {
            var rawEnd = text.IndexOf('\n', rawStart);
            if (rawEnd < 0)
            {
                rawEnd = text.Length;
            }

            var start = rawStart;
            var end = rawEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                afterBlank = true;
            }
            else
            {
                lines.Add(new Line { Start = start, End = end, AfterBlank = afterBlank });
                afterBlank = false;
            }

            rawStart = rawEnd + 1;
        }

        return lines;
    }

    private void Classify(string text, List<Line> lines)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            line.Marker = HeadingMarkers.Match(text, line.Start, line.End, out line.MarkdownDepth);
            if (line.Marker != HeadingMarker.None)
            {
                line.Role = LineRole.Heading;
                continue;
            }

            if (!IsTitleText(text, line.Start, line.End))
            {
                continue;
            }

            var previous = k > 0 ? lines[k - 1] : null;
            if (previous is { Role: LineRole.Heading, Marker: not HeadingMarker.Markdown } && !line.AfterBlank)
            {
                line.Role = LineRole.HeadingContinuation;
            }
            else if (line.AfterBlank && k + 1 < lines.Count)
            {
                line.Role = LineRole.Heading;
                line.Marker = HeadingMarker.None;
            }
        }
    }

    private DocumentStructure Assemble(string documentId, string text, List<Line> lines)
    {
        var hasParenthesizedOrdinals = lines.Exists(line => line.Marker == HeadingMarker.ParenthesizedChineseOrdinal);
        var sections = new List<Section>();
        SectionDraft? current = null;
        foreach (var line in lines)
        {
            switch (line.Role)
            {
                case LineRole.Heading:
                    Close(current, documentId, text, sections);
                    current = new SectionDraft(HeadingText(text, line), Level(line, hasParenthesizedOrdinals), line.Start, line.End);
                    break;
                case LineRole.HeadingContinuation when current is not null:
                    current.Heading += " " + text[line.Start..line.End];
                    current.End = line.End;
                    break;
                default:
                    current ??= new SectionDraft(null, 0, line.Start, line.Start);
                    current.Paragraphs.Add((line.Start, line.End));
                    current.End = line.End;
                    break;
            }
        }

        Close(current, documentId, text, sections);
        return new DocumentStructure(sections);
    }

    private void Close(SectionDraft? draft, string documentId, string text, List<Section> sections)
    {
        if (draft is null)
        {
            return;
        }

        var sectionId = Id(documentId, 's', sections.Count + 1);
        var paragraphs = new List<Paragraph>(draft.Paragraphs.Count);
        foreach (var (start, end) in draft.Paragraphs)
        {
            var paragraphId = Id(sectionId, 'p', paragraphs.Count + 1);
            var spans = SentenceSplitter.Split(text, start, end, _options);
            var sentences = new List<Sentence>(spans.Count);
            foreach (var span in spans)
            {
                sentences.Add(new Sentence(Id(paragraphId, 't', sentences.Count + 1), span.Start, span.End, text[span.Start..span.End]));
            }

            paragraphs.Add(new Paragraph(paragraphId, start, end, sentences));
        }

        sections.Add(new Section(sectionId, draft.Heading, draft.Level, draft.Start, draft.End, paragraphs));
    }

    private static string Id(string parent, char kind, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}:{kind}{ordinal}");

    private static string HeadingText(string text, Line line)
    {
        var start = line.Start + line.MarkdownDepth;
        while (start < line.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text[start..line.End];
    }

    private static int Level(Line line, bool hasParenthesizedOrdinals) => line.Marker switch
    {
        HeadingMarker.Markdown => line.MarkdownDepth,
        HeadingMarker.ParenthesizedChineseOrdinal => 2,
        HeadingMarker.ArabicOrdinal => hasParenthesizedOrdinals ? 3 : 2,
        _ => 1,
    };

    private bool IsTitleText(string text, int start, int end)
    {
        if (end - start > _options.MaxTitleLength || HeadingMarkers.IsListItem(text, start, end))
        {
            return false;
        }

        var hasIdeograph = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '；' or '：' or '!' or '?' or ';' or ':')
            {
                return false;
            }

            hasIdeograph |= CjkChars.IsIdeograph(c);
        }

        var last = text[end - 1];
        var endsWell = CjkChars.IsIdeograph(last) || char.IsLetterOrDigit(last) || CjkChars.IsCloser(last);
        return hasIdeograph && endsWell && !IsByline(text, start, end);
    }

    private static bool IsByline(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        foreach (var prefix in BylinePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private enum LineRole
    {
        Paragraph,
        Heading,
        HeadingContinuation,
    }

    private sealed class Line
    {
        public int Start;
        public int End;
        public bool AfterBlank;
        public HeadingMarker Marker;
        public int MarkdownDepth;
        public LineRole Role;
    }

    private sealed class SectionDraft(string? heading, int level, int start, int end)
    {
        public string? Heading { get; set; } = heading;

        public int Level { get; } = level;

        public int Start { get; } = start;

        public int End { get; set; } = end;

        public List<(int Start, int End)> Paragraphs { get; } = [];
    }
}
