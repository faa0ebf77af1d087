using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Tests.Documents.Producers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Documents;

/// <summary>
/// The five seeds printed to PDF by Chromium (Noto Sans CJK SC, with the browser's header and
/// footer) and ingested as a corpus give the cities answer the text files give.
/// </summary>
public class PdfSeedsAnswerTests
{
    private static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    [Fact]
    public async Task The_seeds_as_pdfs_answer_which_cities_visited_private_enterprises_as_the_text_files_do()
    {
        using var folder = new TempFolder();
        var pdfs = Path.Combine(folder.Path, "pdfs");
        var texts = Path.Combine(folder.Path, "texts");
        Directory.CreateDirectory(pdfs);
        Directory.CreateDirectory(texts);
        foreach (var (name, text) in Prefixes.Select(PdfLayoutTests.Seed))
        {
            File.Copy(ProducedFiles.ChromiumPdf(name, text, PageStyle.Sans, headerAndFooter: true), Path.Combine(pdfs, Path.ChangeExtension(name, ".pdf")));
            File.WriteAllText(Path.Combine(texts, name), text);
        }

        var fromPdfs = await AnswerAsync(pdfs, Path.Combine(folder.Path, "pdf-data"));
        var fromTexts = await AnswerAsync(texts, Path.Combine(folder.Path, "text-data"));

        Assert.Equal(("淮安市", 603.0), CityAndFigure(fromPdfs.Items[0]));
        Assert.Equal(("盐城市", 534.0), CityAndFigure(fromPdfs.Items[1]));
        Assert.Equal(fromTexts.Items.Select(CityAndFigure), fromPdfs.Items.Select(CityAndFigure));
    }

    /// <summary>The city and the largest main figure of its activities.</summary>
    private static (string City, double Figure) CityAndFigure(CityAnswer answer) =>
        (answer.City, answer.Activities.Where(a => a.Metrics.Count > 0).Max(a => a.Metrics[0].Value));

    private static async Task<CityAnswers> AnswerAsync(string corpus, string data)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(data)
            .BuildServiceProvider();
        await services.GetRequiredService<IGraphStore>().InitializeAsync();
        var summary = await services.GetRequiredService<IngestJob>().RunAsync([corpus]);
        Assert.Empty(summary.Failures);
        Assert.Equal(5, summary.New);
        return await services.GetRequiredService<CityActivityAnswerer>().AnswerAsync("民营经济", "走访");
    }
}
