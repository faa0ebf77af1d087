using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// Writes a small PDF with Chinese text the way many Chinese PDFs carry it: a Type0 font with
/// two-byte codes and a ToUnicode map. The font program is not embedded, so no CJK font file is
/// needed; text extraction only reads codes, the map and the widths.
/// </summary>
internal static class ChinesePdf
{
    /// <summary>
    /// One run of text at a position (in points from the bottom left of an A4 page), with extra
    /// space after each glyph as in spaced-out titles.
    /// </summary>
    public sealed record TextRun(double X, double Y, string Text, double CharacterSpacing = 0);

    public static byte[] Build(params IReadOnlyList<TextRun>[] pages)
    {
        var characters = pages.SelectMany(p => p).SelectMany(run => run.Text).Distinct().Order().ToList();
        var pageCount = pages.Length;

        // Objects: 1 catalog, 2 page tree, 3 Type0 font, 4 CID font, 5 descriptor, 6 ToUnicode,
        // then a page and its content stream for each page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pageCount).Select(i => $"{7 + (2 * i)} 0 R"))}] /Count {pageCount} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
            Stream(ToUnicodeMap(characters)),
        };
        for (var i = 0; i < pageCount; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {8 + (2 * i)} 0 R >>");
            objects.Add(Stream(ContentStream(pages[i])));
        }

        return Assemble(objects);
    }

    // Character codes are the UTF-16 code units themselves, so the map sends each code to itself.
    private static string ToUnicodeMap(IReadOnlyList<char> characters)
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        map.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        map.Append(CultureInfo.InvariantCulture, $"{characters.Count} beginbfchar\n");
        foreach (var c in characters)
        {
            map.Append(CultureInfo.InvariantCulture, $"<{(int)c:X4}> <{(int)c:X4}>\n");
        }

        map.Append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
        return map.ToString();
    }

    private static string ContentStream(IReadOnlyList<TextRun> runs)
    {
        var content = new StringBuilder("BT\n/F1 12 Tf\n");
        foreach (var run in runs)
        {
            content.Append(CultureInfo.InvariantCulture, $"{run.CharacterSpacing} Tc\n1 0 0 1 {run.X} {run.Y} Tm\n<");
            foreach (var c in run.Text)
            {
                content.Append(CultureInfo.InvariantCulture, $"{(int)c:X4}");
            }

            content.Append("> Tj\n");
        }

        content.Append("ET");
        return content.ToString();
    }

    private static string Stream(string data) =>
        $"<< /Length {Encoding.ASCII.GetByteCount(data)} >>\nstream\n{data}\nendstream";

    private static byte[] Assemble(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var crossReference = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{crossReference}\n%%EOF\n");

        // Everything written is ASCII, so character offsets are byte offsets.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
