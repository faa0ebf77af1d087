namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Titles run into a nomination (副主席提名人选某甲, 主席候选人某乙): the holder is named for the title, not yet
/// holding it; the role is the whole, in the body the named title is held in, and it leads nothing.
/// </summary>
internal sealed partial class PersonFinder
{

    // What a title run into marks its holder as named for it, not yet holding it.
    private static readonly string[] NomineeSuffixes = ["提名人选", "候选人"];

    // The title a nominee's title names (副主席提名人选 → 副主席), or the title itself.
    private static string NamedTitle(string title)
    {
        foreach (var suffix in NomineeSuffixes)
        {
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.Ordinal))
            {
                return title[..^suffix.Length];
            }
        }

        return title;
    }
}
