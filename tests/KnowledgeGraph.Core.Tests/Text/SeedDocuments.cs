namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>The real seed documents, copied next to the test assembly under seeds/.</summary>
internal static class SeedDocuments
{
    public static readonly TheoryData<string> Prefixes = new(["000", "001", "002", "003", "004"]);

    /// <summary>Reads the seed whose file name starts with <paramref name="prefix"/> (000 … 004).</summary>
    public static string Read(string prefix)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        var file = Directory.GetFiles(folder, prefix + "_*.txt").Single();
        return File.ReadAllText(file);
    }
}
