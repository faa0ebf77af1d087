namespace KnowledgeGraph.Core.Segmentation;

/// <summary>Where the segmenter's data comes from.</summary>
public sealed class SegmenterOptions
{
    /// <summary>Folder the build copies the data packages into, beside the program.</summary>
    public static string DefaultDataFolder => Path.Combine(AppContext.BaseDirectory, "dict");

    /// <summary>jieba's main dictionary (<c>word freq tag</c> a line).</summary>
    public string DictionaryPath { get; set; } = Path.Combine(DefaultDataFolder, "jieba", "jieba.dict.utf8");

    /// <summary>The HMM tables for unknown words, in cppjieba's <c>hmm_model.utf8</c> format.</summary>
    public string HmmModelPath { get; set; } = Path.Combine(DefaultDataFolder, "jieba", "hmm_model.utf8");

    /// <summary>Load the CPPCC user dictionary (graph-schema/cppcc.dict.utf8) first among the user dictionaries.</summary>
    public bool IncludeCppccDictionary { get; set; } = true;

    /// <summary>Further user dictionaries in jieba's format (<c>word [freq] [tag]</c>), applied in order.</summary>
    public IList<string> UserDictionaryPaths { get; set; } = [];

    /// <summary>Every user dictionary to load, in order.</summary>
    public IEnumerable<string> AllUserDictionaryPaths() =>
        IncludeCppccDictionary ? UserDictionaryPaths.Prepend(Path.Combine(DefaultDataFolder, "cppcc.dict.utf8")) : UserDictionaryPaths;
}
