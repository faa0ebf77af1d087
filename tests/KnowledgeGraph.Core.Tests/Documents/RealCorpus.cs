namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// Real documents read in place, never copied into the repository: the 2026 provincial
/// government work reports in <c>shared/corpus/gov-reports-2026/</c> beside the repository's
/// folder (or in <c>KG_REAL_CORPUS</c>). Empty where there is no such folder.
/// </summary>
internal static class RealCorpus
{
    public static string? Folder { get; } = Find();

    public static IReadOnlyList<string> Files() =>
        Folder is null ? [] : Directory.GetFiles(Folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KG_REAL_CORPUS") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "gov-reports-2026");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
