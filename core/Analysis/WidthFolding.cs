using Lucene.Net.Analysis.CharFilters;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// A char filter map from full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their
/// half-width forms, applied before tokenizing so that ２０２３年 is read as 2023年.
/// One character maps to one, so offsets are unchanged.
/// </summary>
internal static class WidthFolding
{
    public static NormalizeCharMap Map { get; } = Build();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            builder.Add(c.ToString(), ((char)(c - 0xFEE0)).ToString());
        }

        builder.Add("\u3000", " ");
        return builder.Build();
    }
}
