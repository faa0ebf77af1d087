using System.Text;
using KnowledgeGraph.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The PDF loader as it was before it read layout and folded glyphs, kept as the baseline of
/// <see cref="FormatFidelity"/>: PdfPig's words cut into blocks by its recursive XY cut, blocks in
/// its reading order, each text line a line, blocks and pages separated by blank lines, no
/// space between CJK words, characters as the PDF names them.
/// </summary>
internal static class BaselinePdfLoader
{
    public static LoadedDocument Load(string path)
    {
        using var document = PdfDocument.Open(path);
        var pages = new List<string>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var text = PageText(document.GetPage(number));
            if (text.Length > 0)
            {
                pages.Add(text);
            }
        }

        return new LoadedDocument(path, string.Join("\n\n", pages), "pdf", null);
    }

    private static string PageText(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return "";
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance
            .Get(RecursiveXYCut.Instance.GetBlocks(words))
            .OrderBy(block => block.ReadingOrder);
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.AppendJoin('\n', block.TextLines.Select(line => Line(line.Words)));
        }

        return text.ToString();
    }

    private static string Line(IEnumerable<Word> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && !IsCjk(text[^1]) && !IsCjk(word.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        return text.ToString();
    }

    // CJK ideographs, radicals, punctuation and full-width forms, and the halves of pairs beyond the BMP.
    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);
}
