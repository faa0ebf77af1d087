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
    private readonly Dictionary<string, TextUnit> _byId;

    private DocumentText(string documentId, NormalizedText text, DocumentStructure structure, List<TextUnit> units)
    {
        DocumentId = documentId;
        Text = text;
        Structure = structure;
        Units = units;
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    public string DocumentId { get; }

    public NormalizedText Text { get; }

    public DocumentStructure Structure { get; }

    /// <summary>Headings and sentences in reading order.</summary>
    public IReadOnlyList<TextUnit> Units { get; }

    public TextUnit Unit(string id) => _byId[id];

    public static DocumentText Read(string documentId, string original, JiebaSegmenter segmenter, CancellationToken cancellationToken)
    {
        var normalized = new TextNormalizer().Normalize(original);
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
                    units.Add(new TextUnit(sentence.Id, section.Id, paragraph.Id, sentence.Text, sentence.Start, units.Count));
                }
            }
        }

        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            unit.SetTokens(segmenter.Tokenize(unit.Text));
        }

        return new DocumentText(documentId, normalized, structure, units);
    }

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
        var quoted = Text.Original[originalStart..originalEnd];
        return Comparable(quoted) == Comparable(unit.Text[start..end])
            ? new Evidence(DocumentId, unit.Id, originalStart, originalEnd, unit.Text)
            : null;
    }

    /// <summary>The unit's whole span in the original text.</summary>
    public (int Start, int End) OriginalSpan(TextUnit unit)
    {
        var (s, e) = unit.ToNormalized(0, unit.Text.Length);
        return Text.ToOriginal(s, Math.Min(e, Text.Text.Length));
    }

    /// <summary>Text without whitespace, in compatibility form (，→ , and the like), for comparing a mention with its source.</summary>
    public static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
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
