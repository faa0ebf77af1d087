using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>The contract's part on the exact look-up by name or alias (<see cref="IGraphStore.FindNamedAsync"/>).</summary>
public abstract partial class GraphStoreContract
{
    private const string CodePlatform = "initiative:码上议";

    [ContractFact]
    public async Task Nodes_are_found_by_a_whole_name_or_alias_named_first_never_by_a_part()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());

        Assert.Equal([HuaianCommittee], Ids(await Store.FindNamedAsync("政协淮安市委员会")));
        Assert.Equal([HuaianCommittee], Ids(await Store.FindNamedAsync("淮安市政协")));
        Assert.Equal([HuaianCommittee], Ids(await Store.FindNamedAsync("市政协")));
        Assert.Equal([Huaian], Ids(await Store.FindNamedAsync("淮安市", "Place")));
        Assert.Empty(await Store.FindNamedAsync("淮安市", "Committee"));
        Assert.Empty(await Store.FindNamedAsync("政协"));
        Assert.Empty(await Store.FindNamedAsync("淮安"));
        Assert.Empty(await Store.FindNamedAsync("不存在的名称"));
    }

    [ContractFact]
    public async Task A_name_is_found_with_or_without_its_quotation_marks_and_one_that_is_a_name_comes_before_one_that_is_an_alias()
    {
        // 码上议 names the platform (in quotes) and is the alias of a second node with a longer name.
        var graph = Huaian2024();
        await Store.ReplaceDocumentAsync(graph with
        {
            Nodes =
            [
                .. graph.Nodes,
                new Node(CodePlatform, "Initiative", "“码”上议") { Aliases = ["《码上议》"] },
                new Node("initiative:码上议平台", "Initiative", "码上议协商平台") { Aliases = ["码上议"] },
            ],
        });

        Assert.Equal([CodePlatform, "initiative:码上议平台"], Ids(await Store.FindNamedAsync("码上议")));
        Assert.Equal([CodePlatform, "initiative:码上议平台"], Ids(await Store.FindNamedAsync(" 《码上议》")));
        Assert.Equal([CodePlatform], Ids(await Store.FindNamedAsync("“码”上议", limit: 1)));
        Assert.Empty(await Store.FindNamedAsync("《》"));
    }

    [ContractFact]
    public async Task The_look_up_follows_what_documents_add_and_take_away()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());
        Assert.Equal([LianshuiCommittee], Ids(await Store.FindNamedAsync("县政协")));

        // 市政协 and everything of 涟水's committee came from the 涟水 report only.
        await Store.DeleteDocumentAsync(LianshuiReport);
        Assert.Empty(await Store.FindNamedAsync("市政协"));
        Assert.Empty(await Store.FindNamedAsync("县政协"));
        Assert.Equal([HuaianCommittee], Ids(await Store.FindNamedAsync("淮安市政协")));

        // A new version of the document renames the committee's alias.
        var graph = Huaian2024();
        await Store.ReplaceDocumentAsync(graph with { Nodes = [.. graph.Nodes.Select(n => n.Id == HuaianCommittee ? n with { Aliases = ["淮安政协"] } : n)] });
        Assert.Equal([HuaianCommittee], Ids(await Store.FindNamedAsync("淮安政协")));
        Assert.Empty(await Store.FindNamedAsync("淮安市政协"));

        await Store.DeleteDocumentAsync(HuaianReport);
        Assert.Empty(await Store.FindNamedAsync("政协淮安市委员会"));
    }

    [ContractFact]
    public async Task The_look_up_refuses_an_empty_name_an_unknown_label_and_a_limit_out_of_range()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNamedAsync(""));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNamedAsync("淮安市", "City"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNamedAsync("淮安市", limit: 0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNamedAsync("淮安市", limit: GraphLimits.MaxLimit + 1));
    }

    private static List<string> Ids(IEnumerable<Node> nodes) => nodes.Select(n => n.Id).ToList();
}
