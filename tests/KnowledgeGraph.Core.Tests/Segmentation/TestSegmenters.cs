using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Tests.Segmentation;

/// <summary>
/// Segmenters loaded once for all tests. They are immutable after loading, so sharing them
/// shares no state between tests; it only saves loading the dictionary for each.
/// </summary>
internal static class TestSegmenters
{
    private static readonly Lazy<JiebaSegmenter> WithUser = new(() => JiebaSegmenter.Load());
    private static readonly Lazy<JiebaSegmenter> Plain = new(() =>
    {
        var options = new SegmenterOptions();
        options.IncludeCppccDictionary = false;
        return JiebaSegmenter.Load(options);
    });

    /// <summary>jieba's dictionary and the CPPCC user dictionary, as the application loads it.</summary>
    public static JiebaSegmenter Cppcc => WithUser.Value;

    /// <summary>jieba's dictionary alone.</summary>
    public static JiebaSegmenter JiebaOnly => Plain.Value;

    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single());
}
