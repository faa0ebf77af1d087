using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>The contract's part on evidence: the mention's place in its sentence is kept.</summary>
public abstract partial class GraphStoreContract
{
    [ContractFact]
    public async Task Evidence_keeps_the_mentions_place_in_its_sentence_and_evidence_without_one_reads_back_without()
    {
        // The sentence was repaired: its original ran over a line break, so the mention stands two
        // characters earlier in the sentence than in the original.
        const string sentence = "市政协组织委员走访民营企业603家，深入涟水县调研。";
        var placed = new Evidence(HuaianReport, $"{HuaianReport}:s2:p1:t4", 140, 143, sentence, 20, 23);
        var unplaced = new Evidence(HuaianReport, $"{HuaianReport}:s2:p1:t4", 122, 124, sentence);
        var graph = Huaian2024();
        graph = graph with
        {
            Nodes = [.. graph.Nodes.Select(n => n.Id == Lianshui ? n with { Evidence = [placed] } : n)],
            Relations = [.. graph.Relations.Select(r => r.Type == "CONDUCTED" ? r with { Evidence = [unplaced] } : r)],
        };

        await Store.ReplaceDocumentAsync(graph);

        var county = await Store.GetNodeAsync(Lianshui);
        var evidence = Assert.Single(county!.Evidence);
        Assert.Equal(placed, evidence);
        Assert.Equal("涟水县", evidence.Text[evidence.MentionStart!.Value..evidence.MentionEnd!.Value]);
        var relations = new List<Relation>();
        await foreach (var r in Store.ReadAllRelationsAsync())
        {
            relations.Add(r);
        }

        var relation = Assert.Single(relations, r => r.Type == "CONDUCTED");
        Assert.Equal(unplaced, Assert.Single(relation.Evidence));
        Assert.Null(relation.Evidence[0].MentionStart);
    }
}
