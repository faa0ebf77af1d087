using System.Text;
using KnowledgeGraph.Core.Text;
using UglyToad.PdfPig.Content;

namespace KnowledgeGraph.Core.Documents.Pdf;

/// <summary>
/// Cuts a page's letters into rows (letters sharing a baseline) and the rows into segments at
/// gaps wider than <see cref="GutterEms"/> ems: the gutter between two columns, the space between
/// a running header's date and its title, or between the cells of a table row; and at narrower
/// gaps (from <see cref="NarrowGutterEms"/>) that several rows share: a newspaper's gutters.
/// </summary>
/// <remarks>
/// <para>Only text in the orientation most of the page's letters run in is read (a page turned
/// a quarter is read turned back); letters at other angles are watermarks, stamps or margin
/// notes. A letter drawn twice at nearly the same place (fake bold) is read once.</para>
/// <para>Spaces are those the producer wrote as space glyphs, and gaps of
/// <see cref="LatinSpaceEms"/> em or more between two non-CJK letters when it wrote none. A gap
/// next to a Chinese character without a space glyph is the producer's own spacing between
/// Chinese and Latin text (<c>2023年</c>), not a space of the text.</para>
/// </remarks>
internal static class PdfSegmentReader
{
    /// <summary>A gap this many ems wide or more separates two segments of a row.</summary>
    public const double GutterEms = 1.5;

    /// <summary>A gap this many ems wide or more separates two segments where many rows have one at the same place (<see cref="NarrowGutters"/>).</summary>
    public const double NarrowGutterEms = 0.8;

    /// <summary>How many rows of a page share a narrow gap for it to be a gutter.</summary>
    private const int NarrowGutterRows = 4;

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
        var rows = Rows(Glyphs(page).OrderByDescending(l => l.Baseline));
        var gutters = NarrowGutters(rows);
        var segments = new List<PdfSegment>();
        foreach (var (row, baseline) in rows)
        {
            CutRow(row, baseline, pageNumber, gutters, segments);
        }

        return segments;
    }

    /// <summary>The letters, top first, grouped into rows by their baselines.</summary>
    private static List<(List<Glyph> Letters, double Baseline)> Rows(IEnumerable<Glyph> letters)
    {
        var rows = new List<(List<Glyph> Letters, double Baseline)>();
        foreach (var letter in letters)
        {
            if (rows.Count == 0 || Math.Abs(rows[^1].Baseline - letter.Baseline) > SameRowShare * SizeOf(letter))
            {
                rows.Add(([], letter.Baseline));
            }

            rows[^1].Letters.Add(letter);
        }

        return rows;
    }

    /// <summary>
    /// Gutters narrower than <see cref="GutterEms"/>, as newspapers set them: the x of gaps of at
    /// least <see cref="NarrowGutterEms"/>, with no space glyph in them, that <see cref="NarrowGutterRows"/>
    /// rows or more share. A gap that wide in one row alone, or one the producer filled with a
    /// space (a full-width space between two names, however many rows line them up), is a space
    /// of the text; down a page of rows, empty, it is the white between two columns.
    /// </summary>
    private static List<double> NarrowGutters(List<(List<Glyph> Letters, double Baseline)> rows)
    {
        var gaps = new List<(double From, double To)>();
        foreach (var (row, _) in rows)
        {
            var visible = Visible(row);
            var spaces = row.Where(l => string.IsNullOrWhiteSpace(l.Value)).Select(l => (l.Start + l.End) / 2).ToList();
            for (var i = 1; i < visible.Count; i++)
            {
                var (from, to) = (visible[i - 1].End, visible[i].Start);
                if (to - from >= NarrowGutterEms * Math.Max(SizeOf(visible[i]), SizeOf(visible[i - 1])) && !spaces.Exists(x => from < x && x < to))
                {
                    gaps.Add((from, to));
                }
            }
        }

        return gaps
            .Select(g => (g.From + g.To) / 2)
            .Where(x => gaps.Count(g => g.From < x && x < g.To) >= NarrowGutterRows)
            .ToList();
    }

    private static void CutRow(List<Glyph> row, double baseline, int pageNumber, List<double> gutters, List<PdfSegment> segments)
    {
        var visible = Visible(row);
        var start = 0;
        for (var i = 1; i <= visible.Count; i++)
        {
            var cut = i == visible.Count || IsGutter(visible[i - 1], visible[i], gutters);
            if (cut && i > start)
            {
                var part = visible.GetRange(start, i - start);
                segments.Add(Segment(part, Spaces(row, part), baseline, pageNumber));
                start = i;
            }
        }
    }

    private static bool IsGutter(Glyph before, Glyph after, List<double> gutters)
    {
        var (gap, em) = (after.Start - before.End, Math.Max(SizeOf(after), SizeOf(before)));
        return gap > GutterEms * em
            || (gap >= NarrowGutterEms * em && gutters.Exists(x => before.End < x && x < after.Start));
    }

    /// <summary>The row's visible letters left to right, a glyph drawn twice at one place kept once.</summary>
    private static List<Glyph> Visible(List<Glyph> row)
    {
        var sorted = row.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.Start).ToList();
        var visible = new List<Glyph>(sorted.Count);
        foreach (var letter in sorted)
        {
            var doubled = visible.Count > 0
                && visible[^1].Value == letter.Value
                && letter.Start - visible[^1].Start < Math.Min(DoubledShare * SizeOf(letter), letter.Width / 2);
            if (!doubled)
            {
                visible.Add(letter);
            }
        }

        return visible;
    }

    /// <summary>The x positions of the space glyphs that fall within the letters' extent.</summary>
    private static List<double> Spaces(List<Glyph> row, List<Glyph> part)
    {
        var from = part[0].Start;
        var to = part[^1].End;
        return row.Where(l => string.IsNullOrWhiteSpace(l.Value))
            .Select(l => (l.Start + l.End) / 2)
            .Where(x => x > from && x < to)
            .Order()
            .ToList();
    }

    private static PdfSegment Segment(List<Glyph> letters, List<double> spaces, double baseline, int pageNumber)
    {
        var size = letters
            .GroupBy(l => Math.Round(l.Size * 2) / 2)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
        var bold = letters.TrueForAll(l => l.Bold);
        var text = GlyphFolding.Fold(Join(letters, spaces));
        return new PdfSegment(pageNumber, letters[0].Start, letters[^1].End, baseline, size, bold, text, LeadWidth(letters));
    }

    private static double SizeOf(Glyph letter) => Math.Max(1, letter.Size);

    /// <summary>
    /// The page's letters in the orientation most of its text runs in, turned so that it reads
    /// left to right on baselines that go down the page: a landscape table set on a portrait page
    /// reads like any other page. Letters in any other orientation (watermarks, stamps, margin
    /// notes) are left out.
    /// </summary>
    private static IEnumerable<Glyph> Glyphs(Page page)
    {
        var letters = page.Letters.Where(l => l.Value.Length > 0 && l.TextOrientation != TextOrientation.Other).ToList();
        if (letters.Count == 0)
        {
            return [];
        }

        var orientation = letters.GroupBy(l => l.TextOrientation).MaxBy(g => g.Count())!.Key;
        return letters.Where(l => l.TextOrientation == orientation).Select(l =>
        {
            var (start, baseline) = Turned(l.StartBaseLine.X, l.StartBaseLine.Y, orientation);
            var (end, _) = Turned(l.EndBaseLine.X, l.EndBaseLine.Y, orientation);
            return new Glyph(l.Value, start, end, baseline, l.PointSize, l.Width, IsBold(l));
        });
    }

    private static (double Along, double Up) Turned(double x, double y, TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate90 => (-y, x),
        TextOrientation.Rotate270 => (y, -x),
        TextOrientation.Rotate180 => (-x, -y),
        _ => (x, y),
    };

    /// <summary>A letter as this reader needs it: where it starts and ends along its baseline, the baseline's height, its size and weight.</summary>
    private sealed record Glyph(string Value, double Start, double End, double Baseline, double Size, double Width, bool Bold);

    // Font names carry the weight when the descriptor does not (NotoSerifCJKjp-Bold, SimHei is
    // drawn bold by design but is not named so, and stays regular here).
    private static bool IsBold(Letter letter) =>
        letter.FontDetails is { } font
        && (font.IsBold || font.Weight >= 600
            || font.Name.Contains("bold", StringComparison.OrdinalIgnoreCase)
            || font.Name.Contains("black", StringComparison.OrdinalIgnoreCase)
            || font.Name.Contains("heavy", StringComparison.OrdinalIgnoreCase));

    /// <summary>The letters' text, with a space where the producer wrote one or left a Latin word gap.</summary>
    private static string Join(List<Glyph> letters, List<double> spaces)
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
                while (nextSpace < spaces.Count && spaces[nextSpace] < letter.Start)
                {
                    spaced |= spaces[nextSpace] > previous.Start;
                    nextSpace++;
                }

                var gap = letter.Start - previous.End;
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

    private static double LeadWidth(List<Glyph> letters)
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

        var width = letters[end - 1].End - letters[0].Start;
        return width > 0 ? width : letters.Take(end).Sum(l => l.Width);
    }

    private static bool IsLatin(string value) => value.Length == 1 && char.IsAsciiLetterOrDigit(value[0]);

    private static bool IsIdeograph(string value) => value.Length == 1 && CjkChars.IsIdeograph(value[0]);
}
