using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Commands;

namespace KnowledgeGraph.Ingest.Tests.Commands;

public class StructureCommandTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public void Sentences_are_printed_with_offsets_that_point_into_the_original_file()
    {
        var seed = Path.Combine(Seeds, "000_dab71682d7b0d12b.txt");
        var output = new StringWriter();

        var exit = StructureCommand.Run([seed], segmenter: null, output, new StringWriter());

        Assert.Equal(0, exit);
        var line = output.ToString().Split('\n').Single(l => l.Contains("市政协主席戚寿余作政协淮安市第九届委员会常务委员会工作报告"));
        var match = Regex.Match(line, @"^(\S+) \[(\d+),(\d+)\) ");
        Assert.StartsWith("000_dab71682d7b0d12b:s", match.Groups[1].Value);
        var original = File.ReadAllText(seed)[int.Parse(match.Groups[2].Value)..int.Parse(match.Groups[3].Value)];
        Assert.StartsWith("2024年1月15日", original);
        Assert.EndsWith("工作报告。", original);
        // The original is hard-wrapped: the sentence spans line breaks there.
        Assert.Contains('\n', original);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_others_are_still_printed()
    {
        var folder = Directory.CreateTempSubdirectory("kg-structure-");
        try
        {
            var empty = Path.Combine(folder.FullName, "empty.txt");
            File.WriteAllText(empty, "");
            var output = new StringWriter();
            var errors = new StringWriter();

            var exit = StructureCommand.Run([empty, Path.Combine(Seeds, "004_2433891f3505c585.txt")], segmenter: null, output, errors);

            Assert.Equal(1, exit);
            Assert.Contains($"skipped {empty}: empty file", errors.ToString());
            Assert.Contains("政协泰州市姜堰区委员会常务委员会工作报告", output.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
