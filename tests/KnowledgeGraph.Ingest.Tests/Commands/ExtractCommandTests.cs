using System.Text.Json;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Ingest.Commands;

namespace KnowledgeGraph.Ingest.Tests.Commands;

public class ExtractCommandTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
    private static readonly Lazy<DocumentExtractor> Extractor = new(() => new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load()));

    [Fact]
    public void The_graph_is_printed_as_json_with_the_document_entities_and_relations_and_their_evidence()
    {
        var seed = Path.Combine(Seeds, "000_dab71682d7b0d12b.txt");
        var output = new StringWriter();

        var exit = ExtractCommand.Run(seed, Extractor.Value, output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Matches("^doc:[0-9a-f]{16}$", root.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("政协淮安市委员会", root.GetProperty("document").GetProperty("properties").GetProperty("committee").GetString());

        var original = File.ReadAllText(seed);
        var committee = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "committee:政协淮安市委员会");
        Assert.Equal("Committee", committee.GetProperty("type").GetString());
        Assert.Contains(committee.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "市政协");
        var mention = committee.GetProperty("mentions").EnumerateArray().First();
        var quoted = original[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()];
        Assert.Equal(mention.GetProperty("text").GetString(), string.Concat(quoted.Where(c => !char.IsWhiteSpace(c))));
        Assert.StartsWith("doc:", mention.GetProperty("sentence").GetString());

        var relation = root.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("type").GetString() == "CONDUCTED");
        Assert.StartsWith("committee:", relation.GetProperty("from").GetString());
        Assert.NotEmpty(relation.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public void The_document_id_is_made_from_the_file_name_only()
    {
        Assert.Equal(ExtractCommand.DocumentId("/a/b/report.txt"), ExtractCommand.DocumentId("/c/report.txt"));
        Assert.NotEqual(ExtractCommand.DocumentId("/a/report.txt"), ExtractCommand.DocumentId("/a/other.txt"));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported()
    {
        var errors = new StringWriter();

        var exit = ExtractCommand.Run(Path.Combine(Seeds, "no-such-file.txt"), Extractor.Value, new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Contains("no-such-file.txt", errors.ToString());
    }
}
