using System.Text;
using FsCheck.Xunit;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Any text at all yields a graph, never an exception. (Time linear in the length is checked by
/// hand, not here: timings in unit tests fail on busy machines. See the README of graph-schema.)
/// </summary>
public class ExtractionRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("政")]
    [InlineData("“")]
    [InlineData("《")]
    [InlineData("\n\n\n")]
    [InlineData("2023年")]
    [InlineData("市政协")]
    [InlineData("“码”")]
    [InlineData("走访603家")]
    [InlineData("第十三期论坛")]
    [InlineData("政协淮安市委员会\n\n市政协打造“委员\uD800之家”，建立“\uDC00\uD800”平台。")]
    public void Odd_small_texts_give_a_valid_graph(string text)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Property(Arbitrary = [typeof(NoisyTextArbitrary)], MaxTest = 300, EndSize = 200)]
    public void Noisy_text_never_throws_and_gives_a_valid_graph(NoisyText input)
    {
        var graph = TestExtraction.Read(input.Value).Graph;

        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Property(MaxTest = 300)]
    public void Any_unicode_string_never_throws(string? input)
    {
        var graph = TestExtraction.Read(input ?? "").Graph;

        Assert.Equal("doc:test", graph.Document.Id);
    }

    [Property(MaxTest = 100, EndSize = 400)]
    public void Seed_fragments_cut_anywhere_never_throw(int start, int length)
    {
        var seed = SeedDocuments.Read("002");
        var from = Math.Abs(start % seed.Length);
        var count = Math.Min(Math.Abs(length % 600), seed.Length - from);

        var graph = TestExtraction.Read(seed.Substring(from, count)).Graph;

        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Fact]
    public void A_run_on_document_without_any_full_stop_is_read_in_pieces_and_gives_one_passage_per_sentence()
    {
        var runOn = new string(SeedDocuments.Read("000").Select(c => c is '。' or '！' or '？' or '\n' ? '，' : c).ToArray());

        var graph = TestExtraction.Read(runOn).Graph;

        var passage = Assert.Single(graph.Passages);
        Assert.True(passage.Text.Length > 3000);
        Assert.Contains(graph.Nodes, n => n.Id == "committee:政协淮安市委员会");
        Assert.All(graph.Nodes.SelectMany(n => n.Evidence), e => Assert.Equal(passage.Id, e.PassageId));
        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Property(MaxTest = 100)]
    public void Seeds_shuffled_by_sentence_never_throw(int seed)
    {
        var sentences = SeedDocuments.Read("000").Split('。').Concat(SeedDocuments.Read("004").Split('。')).ToArray();
        new Random(seed).Shuffle(sentences);

        var graph = TestExtraction.Read(string.Join("。", sentences.Take(40))).Graph;

        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Fact]
    public void A_five_megabyte_document_is_read_without_an_exception()
    {
        var seeds = string.Join("\n\n", new[] { "000", "001", "002", "003", "004" }.Select(SeedDocuments.Read));
        var text = new StringBuilder(5 * 1024 * 1024 / 2);
        while (Encoding.UTF8.GetByteCount(text.ToString()) < 5 * 1024 * 1024)
        {
            text.Append(seeds).Append("\n\n");
        }

        var graph = TestExtraction.Read(text.ToString()).Graph;

        Assert.NotEmpty(graph.Nodes);
        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }
}
