using System.Text;
using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

/// <summary>Identical content is one document: what the ingest job does with copies of a file.</summary>
public class DuplicateContentTests
{
    private const string Seed = "000_dab71682d7b0d12b.txt";
    private const string SeedSentence = "走访民营企业603家";

    [Fact]
    public async Task Copies_of_a_seed_in_another_encoding_with_crlf_or_a_byte_order_mark_are_its_duplicates_and_not_indexed()
    {
        await using var workspace = new IngestWorkspace();
        var copies = WriteCopies(workspace);
        var seedId = workspace.Job.DocumentIdFor(workspace.InCorpus(Seed));

        var first = await workspace.IngestAsync();
        var second = await workspace.IngestAsync();

        Assert.Equal((5, 0, 0), (first.New, first.Changed, first.Failures.Count));
        Assert.Equal(copies, first.Duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(first.Duplicates, d => Assert.Equal((seedId, workspace.InCorpus(Seed)), (d.OriginalId, d.OriginalPath)));
        Assert.Equal(1, workspace.PassagesHolding(SeedSentence));
        Assert.Equal((0, 5), (second.New, second.Unchanged));
        Assert.Equal(copies, second.Duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
        var report = await workspace.Job.CheckAsync();
        Assert.True(report.IsConsistent);
        Assert.Equal(5, report.Documents);
        Assert.Equal(5, (await workspace.Graph.ListDocumentsAsync()).Count);
    }

    [Fact]
    public async Task When_the_original_is_pruned_its_first_duplicate_takes_its_place_and_the_others_follow_it()
    {
        await using var workspace = new IngestWorkspace();
        var copies = WriteCopies(workspace);
        await workspace.IngestAsync();

        File.Delete(workspace.InCorpus(Seed));
        var summary = await workspace.IngestAsync(prune: true);

        var heir = copies[0];
        var heirId = workspace.Job.DocumentIdFor(heir);
        Assert.Equal((1, 1), (summary.Pruned, summary.New));
        Assert.Equal(copies[1..], summary.Duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(summary.Duplicates, d => Assert.Equal(heirId, d.OriginalId));
        Assert.NotNull(await workspace.Graph.GetNodeAsync(heirId));
        Assert.Equal(1, workspace.PassagesHolding(SeedSentence));
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task When_the_original_changes_its_duplicate_becomes_a_document_of_its_own()
    {
        await using var workspace = new IngestWorkspace();
        var copy = Path.Combine(workspace.Corpus, "copies", "crlf.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, File.ReadAllText(workspace.InCorpus(Seed)).ReplaceLineEndings("\r\n"));
        await workspace.IngestAsync();
        Assert.Null(await workspace.Graph.GetNodeAsync(workspace.Job.DocumentIdFor(copy)));

        File.AppendAllText(workspace.InCorpus(Seed), "\n2024年，市政协组织委员走访民营企业88家。\n");
        var summary = await workspace.IngestAsync();

        Assert.Equal((1, 1, 4), (summary.New, summary.Changed, summary.Unchanged));
        Assert.Empty(summary.Duplicates);
        Assert.NotNull(await workspace.Graph.GetNodeAsync(workspace.Job.DocumentIdFor(copy)));
        Assert.Equal(2, workspace.PassagesHolding(SeedSentence));
        Assert.True((await workspace.Job.CheckAsync()).IsConsistent);
    }

    [Fact]
    public async Task A_document_whose_text_becomes_another_documents_is_taken_out_and_kept_as_its_duplicate()
    {
        await using var workspace = new IngestWorkspace();
        await workspace.IngestAsync();
        var changed = workspace.InCorpus("001_1323724233c8d456.txt");
        var other = workspace.InCorpus("002_c73c5ad59526bd4d.txt");
        var changedId = workspace.Job.DocumentIdFor(changed);

        File.Copy(other, changed, overwrite: true);
        var summary = await workspace.IngestAsync();

        var duplicate = Assert.Single(summary.Duplicates);
        Assert.Equal((changed, workspace.Job.DocumentIdFor(other)), (duplicate.Path, duplicate.OriginalId));
        Assert.Null(await workspace.Graph.GetNodeAsync(changedId));
        Assert.Empty(workspace.Searcher.GetDocumentPassages(changedId));
        Assert.Equal(workspace.Job.DocumentIdFor(other), workspace.Ledger.Find(changedId)?.DuplicateOf);
        var report = await workspace.Job.CheckAsync();
        Assert.True(report.IsConsistent);
        Assert.Equal(4, report.Documents);
    }

    [Fact]
    public async Task The_same_corpus_gives_the_same_originals_whatever_the_parallelism()
    {
        await using var one = new IngestWorkspace();
        await using var four = new IngestWorkspace();
        WriteCopies(one);
        WriteCopies(four);

        await one.Graph.InitializeAsync();
        await four.Graph.InitializeAsync();
        var serial = await one.Job.WithParallelism(1).RunAsync([one.Corpus]);
        var parallel = await four.Job.WithParallelism(4).RunAsync([four.Corpus]);

        Assert.Equal(
            serial.Duplicates.Select(d => (Path.GetRelativePath(one.Corpus, d.Path), d.OriginalId)),
            parallel.Duplicates.Select(d => (Path.GetRelativePath(four.Corpus, d.Path), d.OriginalId)));
    }

    // Three copies of a seed under copies/: in GB18030, with CRLF line breaks, with a byte order
    // mark. Returns their paths in path order.
    private static List<string> WriteCopies(IngestWorkspace workspace)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(workspace.InCorpus(Seed));
        var folder = Directory.CreateDirectory(Path.Combine(workspace.Corpus, "copies")).FullName;
        var copies = new Dictionary<string, byte[]>
        {
            ["a-gb18030.txt"] = Encoding.GetEncoding(54936).GetBytes(text),
            ["b-crlf.txt"] = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
            ["c-bom.md"] = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        foreach (var (name, bytes) in copies)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return copies.Keys.Select(name => Path.Combine(folder, name)).Order(StringComparer.Ordinal).ToList();
    }
}
