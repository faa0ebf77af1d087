using System.Text;
using KnowledgeGraph.Ingest.Commands;
using Spectre.Console.Testing;

namespace KnowledgeGraph.Ingest.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public async Task The_summary_names_each_duplicate_with_its_original_and_each_refused_file_with_the_reason()
    {
        var folder = Directory.CreateTempSubdirectory("kg-ingest-command-");
        try
        {
            var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus")).FullName;
            var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "002_c73c5ad59526bd4d.txt");
            File.Copy(seed, Path.Combine(corpus, "a-report.txt"));
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            File.WriteAllBytes(Path.Combine(corpus, "b-gbk-copy.txt"), Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(seed)));
            File.WriteAllText(Path.Combine(corpus, "title.txt"), "关于召开常委会议的通知");
            var console = new TestConsole { Profile = { Width = 200 } };

            var exit = await IngestCommand.RunAsync([corpus], Path.Combine(folder.FullName, "data"), prune: false, parallel: 0, console, CancellationToken.None);

            var output = console.Output;
            Assert.Equal(1, exit);
            Assert.Contains("duplicate", output.Split('\n').First(l => l.Contains("unchanged", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains($"duplicate {Path.Combine(corpus, "b-gbk-copy.txt")}: same text as {Path.Combine(corpus, "a-report.txt")} (doc:", output, StringComparison.Ordinal);
            Assert.Contains($"failed {Path.Combine(corpus, "title.txt")}: too short to be a document", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
