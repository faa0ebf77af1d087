using System.Text;
using KnowledgeGraph.Core.Text;
using UglyToad.PdfPig.Content;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Cuts a page's letters into rows (letters sharing a baseline) and the rows into segments at
/// gaps wider than <see cref="GutterEms"/> ems: the gutter between two columns, the space between
/// a running header's date and its title, or between the cells of a table row.
/// </summary>
/// <remarks>
/// <para>Only horizontal text is read: rotated letters are watermarks, stamps or margin notes. A
/// letter drawn twice at nearly the same place (fake bold) is read once.</para>
/// <para>Spaces are those the producer wrote as space glyphs, and gaps of
/// <see cref="LatinSpaceEms"/> em or more between two non-CJK letters when it wrote none. A gap
/// next to a Chinese character without a space glyph is the producer's own spacing between
/// Chinese and Latin text (<c>2023年</c>), not a space of the text.</para>
/// </remarks>
internal static class PdfSegmentReader
{
    /// <summary>A gap this many ems wide or more separates two segments of a row.</summary>
    public const double GutterEms = 1.5;

    /// <summary>A gap this wide between two Latin letters, with no space glyph, is a space.</summary>
    public const double LatinSpaceEms = 0.2;

    /// <summary>Two letters whose baselines differ by less than this share of their size are on one row.</summary>
    private const double SameRowShare = 0.35;

    /// <summary>The same glyph drawn again within this share of an em (and of its own width) of the first is one letter.</summary>
    private const double DoubledShare = 0.15;

    private const string ClosingPunctuation = "，。、；：？！）」』”’》〉】〕］｝,.;:?!)]}%…—·";
    private const string OpeningPunctuation = "（「『“‘《〈【〔［｛([{";

    public static List<PdfSegment> Read(Page page, int pageNumber)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ToList();

        var segments = new List<PdfSegment>();
        var row = new List<Letter>();
        double rowBaseline = 0;
        foreach (var letter in letters)
        {
            var baseline = letter.StartBaseLine.Y;
            if (row.Count > 0 && Math.Abs(rowBaseline - baseline) > SameRowShare * SizeOf(letter))
            {
                CutRow(row, rowBaseline, pageNumber, segments);
                row.Clear();
            }

            if (row.Count == 0)
            {
                rowBaseline = baseline;
            }

            row.Add(letter);
        }

        CutRow(row, rowBaseline, pageNumber, segments);
        return segments;
    }

    private static void CutRow(List<Letter> row, double baseline, int pageNumber, List<PdfSegment> segments)
    {
        var visible = Visible(row);
        var start = 0;
        for (var i = 1; i <= visible.Count; i++)
        {
            var cut = i == visible.Count
                || visible[i].StartBaseLine.X - visible[i - 1].EndBaseLine.X > GutterEms * Math.Max(SizeOf(visible[i]), SizeOf(visible[i - 1]));
            if (cut && i > start)
            {
                var part = visible.GetRange(start, i - start);
                segments.Add(Segment(part, Spaces(row, part), baseline, pageNumber));
                start = i;
            }
        }
    }

    /// <summary>The row's visible letters left to right, a glyph drawn twice at one place kept once.</summary>
    private static List<Letter> Visible(List<Letter> row)
    {
        var sorted = row.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X).ToList();
        var visible = new List<Letter>(sorted.Count);
        foreach (var letter in sorted)
        {
            var doubled = visible.Count > 0
                && visible[^1].Value == letter.Value
                && letter.StartBaseLine.X - visible[^1].StartBaseLine.X < Math.Min(DoubledShare * SizeOf(letter), letter.Width / 2);
            if (!doubled)
            {
                visible.Add(letter);
            }
        }

        return visible;
    }

    /// <summary>The x positions of the space glyphs that fall within the letters' extent.</summary>
    private static List<double> Spaces(List<Letter> row, List<Letter> part)
    {
        var from = part[0].StartBaseLine.X;
        var to = part[^1].EndBaseLine.X;
        return row.Where(l => string.IsNullOrWhiteSpace(l.Value))
            .Select(l => (l.StartBaseLine.X + l.EndBaseLine.X) / 2)
            .Where(x => x > from && x < to)
            .Order()
            .ToList();
    }

    private static PdfSegment Segment(List<Letter> letters, List<double> spaces, double baseline, int pageNumber)
    {
        var size = letters
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
        var bold = letters.TrueForAll(IsBold);
        var text = GlyphFolding.Fold(Join(letters, spaces));
        return new PdfSegment(pageNumber, letters[0].StartBaseLine.X, letters[^1].EndBaseLine.X, baseline, size, bold, text, LeadWidth(letters));
    }

    private static double SizeOf(Letter letter) => Math.Max(1, letter.PointSize);

    // Font names carry the weight when the descriptor does not (NotoSerifCJKjp-Bold, SimHei is
    // drawn bold by design but is not named so, and stays regular here).
    private static bool IsBold(Letter letter) =>
        letter.FontDetails is { } font
        && (font.IsBold || font.Weight >= 600
            || font.Name.Contains("bold", StringComparison.OrdinalIgnoreCase)
            || font.Name.Contains("black", StringComparison.OrdinalIgnoreCase)
            || font.Name.Contains("heavy", StringComparison.OrdinalIgnoreCase));

    /// <summary>The letters' text, with a space where the producer wrote one or left a Latin word gap.</summary>
    private static string Join(List<Letter> letters, List<double> spaces)
    {
        var text = new StringBuilder();
        var nextSpace = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (i > 0)
            {
                var previous = letters[i - 1];
                var spaced = false;
                while (nextSpace < spaces.Count && spaces[nextSpace] < letter.StartBaseLine.X)
                {
                    spaced |= spaces[nextSpace] > previous.StartBaseLine.X;
                    nextSpace++;
                }

                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                spaced |= gap >= LatinSpaceEms * SizeOf(letter)
                    && !CjkChars.IsCjkContext(text[^1]) && !CjkChars.IsCjkContext(letter.Value[0]);
                if (spaced)
                {
                    text.Append(' ');
                }
            }

            text.Append(letter.Value);
        }

        return text.ToString();
    }

    private static double LeadWidth(List<Letter> letters)
    {
        var end = 1;
        if (OpeningPunctuation.Contains(letters[0].Value, StringComparison.Ordinal) && letters.Count > 1)
        {
            end = 2;
        }

        var latin = IsLatin(letters[end - 1].Value);
        if (!latin && end < letters.Count && IsIdeograph(letters[end - 1].Value) && IsIdeograph(letters[end].Value))
        {
            // Producers that break Chinese at word boundaries (LibreOffice) keep a two-character word together.
            end++;
        }

        while (end < letters.Count
            && (ClosingPunctuation.Contains(letters[end].Value, StringComparison.Ordinal) || (latin && IsLatin(letters[end].Value))))
        {
            end++;
        }

        var width = letters[end - 1].EndBaseLine.X - letters[0].StartBaseLine.X;
        return width > 0 ? width : letters.Take(end).Sum(l => l.Width);
    }

    private static bool IsLatin(string value) => value.Length == 1 && char.IsAsciiLetterOrDigit(value[0]);

    private static bool IsIdeograph(string value) => value.Length == 1 && CjkChars.IsIdeograph(value[0]);
}
