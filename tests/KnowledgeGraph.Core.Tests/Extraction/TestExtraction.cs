using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Tests.Segmentation;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The extractor and what it reads, loaded once for all tests. They are read-only after loading,
/// so sharing them shares no state between tests; every extraction has its own.
/// </summary>
internal static class TestExtraction
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Load());
    private static readonly Lazy<ExtractionVocabulary> LazyVocabulary = new(() => ExtractionVocabulary.Load());
    private static readonly Lazy<DocumentExtractor> LazyExtractor = new(() => new DocumentExtractor(TestSegmenters.Cppcc, Gazetteer, Vocabulary));
    private static readonly Lazy<GraphSchema> LazySchema = new(() => GraphSchema.Load());

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static ExtractionVocabulary Vocabulary => LazyVocabulary.Value;

    public static DocumentExtractor Extractor => LazyExtractor.Value;

    public static GraphSchema Schema => LazySchema.Value;

    /// <summary>A document made of <paramref name="text"/>, as the ingest job would hand it over.</summary>
    public static SourceDocument Document(string text, string id = "doc:test") =>
        new(id, "test.txt", "0", new LoadedDocument("test.txt", text, "txt", "utf-8"));

    /// <summary>Reads the seed whose file name starts with <paramref name="prefix"/>.</summary>
    public static DocumentReading ReadSeed(string prefix) => Extractor.Read(Document(SeedDocuments.Read(prefix), "doc:seed" + prefix));

    public static DocumentReading Read(string text) => Extractor.Read(Document(text));

    /// <summary>The counted activities of a text (kind, value, unit, object), smallest value first.</summary>
    public static List<(string Kind, double Value, string Unit, string? Object)> CountsByValue(string text) =>
        [.. Read(text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))
            .OrderBy(a => (double)a.Properties["value"])
            .Select(a => ((string)a.Properties["kind"], (double)a.Properties["value"], (string)a.Properties["unit"], a.Properties.GetValueOrDefault("object") as string))];

    public static IEnumerable<Node> OfLabel(this DocumentGraph graph, string label) => graph.Nodes.Where(n => n.Label == label);

    public static Node Single(this DocumentGraph graph, string id) => Assert.Single(graph.Nodes, n => n.Id == id);

    public static bool HasRelation(this DocumentGraph graph, string type, string from, string to) =>
        graph.Relations.Any(r => r.Type == type && r.From == from && r.To == to);
}
