namespace KnowledgeGraph.Core;

/// <summary>
/// Where the stores keep their files: the folder given on the command line (<c>--data DIR</c>),
/// else the environment variable <c>KG_DATA</c>, else <c>data/</c> at the root of the repository
/// the program runs from (the nearest folder above the working directory holding
/// KnowledgeGraph.sln), else <c>./data</c>.
/// </summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "KG_DATA";

    /// <summary>The data folder's full path; the folder is not created.</summary>
    public static string Resolve(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.GetFullPath("data");
    }
}
