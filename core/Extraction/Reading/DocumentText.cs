using System.Text;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// A document as the rules read it: its normalized text, its structure, and its units (each
/// heading, then the sentences of its section), with the way from a unit span to evidence in
/// the original text.
/// </summary>
internal sealed class DocumentText
{
    private DocumentText(string documentId, NormalizedText text, DocumentStructure structure, List<TextUnit> units)
    {
        DocumentId = documentId;
        Text = text;
        Structure = structure;
        Units = units;
    }

    public string DocumentId { get; }

    public NormalizedText Text { get; }

    public DocumentStructure Structure { get; }

    /// <summary>Headings and sentences in reading order.</summary>
    public IReadOnlyList<TextUnit> Units { get; }

    // Where each sentence starts in the normalized text, by id (built on first use).
    private Dictionary<string, int>? _sentenceStarts;

    private string? _joinedUnits;

    /// <summary>
    /// Every unit's text, joined by line breaks (built on first use): a word without a line break is in
    /// some unit exactly when it is in this, so one search tells that no unit holds it.
    /// </summary>
    public string JoinedUnits => _joinedUnits ??= string.Join('\n', Units.Select(u => u.Text));

    public static DocumentText Read(string documentId, string original, JiebaSegmenter segmenter, CancellationToken cancellationToken)
    {
        // A page in traditional characters is read as simplified, one character for one (offsets stay);
        // a forum's masked 政 (区*协) as 政 again.
        var normalized = new TextNormalizer().Normalize(MaskedCharacters.Restore(TraditionalCharacters.Simplify(original)));
        var structure = new DocumentStructureParser().Parse(documentId, normalized);
        var units = new List<TextUnit>();
        foreach (var section in structure.Sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (section.Heading is { Length: > 0 } heading && HeadingUnit(section, heading, normalized.Text, units.Count) is { } headingUnit)
            {
                units.Add(headingUnit);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                foreach (var sentence in paragraph.Sentences)
                {
                    foreach (var (offset, length) in Windows(sentence.Text))
                    {
                        units.Add(new TextUnit(sentence.Id, section.Id, paragraph.Id, sentence.Text.Substring(offset, length), sentence.Start + offset, units.Count, sentence.Text)
                        {
                            IsWholeParagraph = paragraph.Sentences.Count == 1 && length == sentence.Text.Length,
                        });
                    }
                }
            }
        }

        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            unit.SetTokens(segmenter.Tokenize(unit.Text));
        }

        TextUnit.MarkLinkItems(units);
        return new DocumentText(documentId, normalized, structure, units);
    }

    /// <summary>
    /// Sentences longer than this are read in pieces of at most this length, cut after a clause
    /// mark where there is one: every rule looks at a sentence's neighbourhood only, and pieces keep
    /// a sentence without any full stop (a run-on page of extracted PDF text) from costing more
    /// than its length. The pieces share the sentence's id and make one passage.
    /// </summary>
    public const int MaxUnitLength = 400;

    /// <summary>
    /// Evidence for the unit span [start, end): its place in the original text, checked to quote
    /// the mention exactly (ignoring whitespace and character width). Null when it cannot: the
    /// normalizer rewrote the source there (a doubled glyph such as 20232023年年), and evidence
    /// that does not quote its source is worse than none.
    /// </summary>
    public Evidence? Locate(TextUnit unit, int start, int end)
    {
        if (start < 0 || end > unit.Text.Length || end <= start)
        {
            return null;
        }

        var (normalizedStart, normalizedEnd) = unit.ToNormalized(start, end);
        if (normalizedEnd > Text.Text.Length || normalizedEnd <= normalizedStart)
        {
            return null;
        }

        var (originalStart, originalEnd) = Text.ToOriginal(normalizedStart, normalizedEnd);
        if (!Quotes(Text.Original.AsSpan(originalStart, originalEnd - originalStart), unit.Text.AsSpan(start, end - start)))
        {
            return null;
        }

        var inSentence = InSentence(unit, start, end, normalizedStart);
        return new Evidence(DocumentId, unit.Id, originalStart, originalEnd, unit.Sentence, inSentence?.Start, inSentence?.End);
    }

    // Whether the original span quotes the unit's span. Most spans are the same characters, and
    // then their comparable forms are too: only spans that differ are folded and compared (each
    // comparison of folded forms builds four strings, and every mention is located).
    private static bool Quotes(ReadOnlySpan<char> original, ReadOnlySpan<char> span) =>
        original.SequenceEqual(span) || Comparable(original.ToString()) == Comparable(span.ToString());

    // The unit span [start, end) in the unit's whole sentence (a long sentence is read in pieces),
    // checked to hold the same characters; null when it does not.
    private (int Start, int End)? InSentence(TextUnit unit, int start, int end, int normalizedStart)
    {
        var offset = start;
        if (!unit.IsHeading)
        {
            _sentenceStarts ??= Structure.Sections
                .SelectMany(section => section.Paragraphs)
                .SelectMany(paragraph => paragraph.Sentences)
                .GroupBy(sentence => sentence.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Start, StringComparer.Ordinal);
            if (!_sentenceStarts.TryGetValue(unit.Id, out var sentenceStart))
            {
                return null;
            }

            offset = normalizedStart - sentenceStart;
        }

        var length = end - start;
        return offset >= 0 && offset + length <= unit.Sentence.Length
            && unit.Sentence.AsSpan(offset, length).SequenceEqual(unit.Text.AsSpan(start, length))
            ? (offset, offset + length)
            : null;
    }

    /// <summary>The unit's whole span in the original text.</summary>
    public (int Start, int End) OriginalSpan(TextUnit unit)
    {
        var (s, e) = unit.ToNormalized(0, unit.Text.Length);
        return Text.ToOriginal(s, Math.Min(e, Text.Text.Length));
    }

    /// <summary>
    /// Text without whitespace, with radicals, compatibility ideographs and look-alike punctuation
    /// folded as the normalizer folds them (⺠ → 民, <see cref="GlyphFolding"/>), in compatibility
    /// form (，→ , and the like), for comparing a mention with its source. A lone surrogate (a span
    /// cut through a pair) becomes U+FFFD, which the normalization accepts. Pinyin glosses go as the
    /// normalizer drops them (<see cref="PinyinGlosses"/>): a mirror's 習(xí)近平 quotes 习近平.
    /// </summary>
    public static string Comparable(string text)
    {
        text = PinyinGlosses.Strip(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (c is '“' or '”')
            {
                // The normalizer pairs straight quotes into “ ” (实现"两个建成"目标): one quote mark.
                builder.Append('"');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return GlyphFolding.Fold(builder.ToString()).Normalize(NormalizationForm.FormKC);
    }

    private static IEnumerable<(int Offset, int Length)> Windows(string sentence)
    {
        var start = 0;
        while (sentence.Length - start > MaxUnitLength)
        {
            var limit = start + MaxUnitLength;
            var cut = sentence.LastIndexOfAny(['，', '；', '：', '、', ',', ';'], limit - 1, MaxUnitLength / 2) + 1;
            if (cut <= start)
            {
                cut = char.IsHighSurrogate(sentence[limit - 1]) ? limit - 1 : limit;
            }

            yield return (start, cut - start);
            start = cut;
        }

        if (sentence.Length > start)
        {
            yield return (start, sentence.Length - start);
        }
    }

    // The heading's own lines, as the parser joined them (Markdown marks removed, a continuation
    // line joined with one space), each character mapped to the normalized text.
    private static TextUnit? HeadingUnit(Section section, string heading, string text, int ordinal)
    {
        var chars = new StringBuilder(heading.Length);
        var map = new List<int>(heading.Length);
        var i = section.Start;
        while (i < text.Length && text[i] == '#')
        {
            i++;
        }

        while (i < text.Length && chars.Length < heading.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                // The parser joins a continuation line with one space.
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (chars.Length > 0 && heading[chars.Length] == ' ')
                {
                    chars.Append(' ');
                    map.Add(i - 1);
                }

                continue;
            }

            if (chars.Length == 0 && char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c != heading[chars.Length])
            {
                return null;
            }

            chars.Append(c);
            map.Add(i);
            i++;
        }

        return chars.ToString() == heading ? new TextUnit(section.Id + ":h", section.Id, heading, [.. map], ordinal) : null;
    }
}
