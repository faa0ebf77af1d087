using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>The contract's part on batches: writing documents together leaves what writing them one by one leaves.</summary>
public abstract partial class GraphStoreContract
{
    [ContractFact]
    public async Task Documents_written_in_batches_leave_what_writing_them_one_at_a_time_leaves()
    {
        // One at a time: three documents sharing the province, the city and the topic, then one
        // replaced with less (no visit) and one deleted.
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());
        await Store.ReplaceDocumentAsync(Village2024());
        await Store.ReplaceDocumentAsync(Huaian2024(withVisit: false));
        await Store.DeleteDocumentAsync(LianshuiReport);
        var oneByOne = await EverythingAsync();
        Assert.Equal(2, await Store.DeleteDocumentsAsync([HuaianReport, VillageReport, LianshuiReport]));
        Assert.Equal(0, (await Store.CountAsync()).Nodes);

        // The same in two batches, the second replacing one document and deleting another.
        await Store.ReplaceDocumentsAsync([Huaian2024(), Lianshui2024(), Village2024()]);
        await Store.ReplaceDocumentsAsync([Huaian2024(withVisit: false)], deletions: [LianshuiReport]);

        Assert.Equal(oneByOne, await EverythingAsync());
    }

    // Every node and relation with its label, name, aliases, properties and evidence (sorted), as lines.
    private async Task<List<string>> EverythingAsync()
    {
        var lines = new List<string>();
        await foreach (var node in Store.ReadAllNodesAsync())
        {
            lines.Add($"{node.Id} {node.Label} {node.Name} [{string.Join(",", node.Aliases)}] {string.Join(",", node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={(p.Value is string[] list ? string.Join("|", list) : p.Value)}"))} {string.Join(";", node.Evidence.Select(e => e.ToString()).Order(StringComparer.Ordinal))}");
        }

        await foreach (var relation in Store.ReadAllRelationsAsync())
        {
            lines.Add($"{relation.Id} {string.Join(",", relation.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))} {string.Join(";", relation.Evidence.Select(e => e.ToString()).Order(StringComparer.Ordinal))}");
        }

        return lines;
    }
}
