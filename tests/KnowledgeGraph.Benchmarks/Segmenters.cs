using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Our segmenter, loaded with or without the CPPCC user dictionary.</summary>
internal static class Segmenters
{
    public static SegmenterOptions Options(bool withUserDictionary)
    {
        var options = new SegmenterOptions();
        if (!withUserDictionary)
        {
            options.IncludeCppccDictionary = false;
        }

        return options;
    }

    /// <summary>The words of a line in default mode with the HMM, whitespace dropped, as the peer prints them.</summary>
    public static string[] Words(JiebaSegmenter segmenter, string line)
    {
        var spans = new List<WordSpan>();
        segmenter.Segment(line, spans);
        return spans.Select(s => line.Substring(s.Start, s.Length)).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
    }

    public static IReadOnlyList<string> SeedLines(string root) =>
        Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .ToList();
}
