namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>Text from the seed documents (CPPCC work reports), for tests to write in various formats.</summary>
internal static class Samples
{
    /// <summary>The opening of seeds/000_dab71682d7b0d12b.txt, hard-wrapped as in the seed.</summary>
    public const string SeedOpening =
        "2024年是新中国和人民政协成立75周年，\n" +
        "是完成“十四五”发展目标的关键之年，也是淮\n" +
        "安在现代化新征程上更好展示“象征意义”的全\n" +
        "面展开之年。";

    public const string ReportTitle = "——图解政协淮安市第九届委员会常务委员会工作报告";

    /// <summary>The whole seed file, as the test project copies it to its output folder.</summary>
    public static string ReadSeed() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_dab71682d7b0d12b.txt"));
}
