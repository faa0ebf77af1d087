using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

/// <summary>The sentences of the real seed documents, as passages the way the index holds them.</summary>
internal static class SeedPassages
{
    private static readonly Lazy<IReadOnlyList<IndexedPassage>> All = new(Read);

    /// <summary>Every sentence of the five seeds, in id order.</summary>
    public static IReadOnlyList<IndexedPassage> Passages => All.Value;

    /// <summary>The passage whose id is <c>{seed prefix}:{sentence path}</c>, e.g. <c>000:s6:p1:t3</c>.</summary>
    public static IndexedPassage Get(string shortId)
    {
        var (prefix, path) = (shortId[..3], shortId[4..]);
        return Passages.Single(p => p.DocumentId.StartsWith(prefix, StringComparison.Ordinal) && p.Id == p.DocumentId + ":" + path);
    }

    private static IReadOnlyList<IndexedPassage> Read()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        var normalizer = new TextNormalizer();
        var parser = new DocumentStructureParser();
        var passages = new List<IndexedPassage>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var structure = parser.Parse(name, normalizer.Normalize(File.ReadAllText(file)));
            passages.AddRange(structure.Sentences.Select(s => new IndexedPassage(s.Id, name, s.Text, null, null, null, null, [])));
        }

        passages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return passages;
    }
}
