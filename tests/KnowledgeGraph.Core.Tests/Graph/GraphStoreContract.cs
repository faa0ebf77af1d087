using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Tests.Graph.SampleGraphs;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, run against each store by a class deriving from
/// this one. Each test gets a new, empty store.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? store;

    protected IGraphStore Store => store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        store = await CreateStoreAsync();
        await store.InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>A new store with nothing in it.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    [ContractFact]
    public async Task A_replaced_document_reads_back_with_its_properties_aliases_and_evidence()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var committee = await Store.GetNodeAsync(HuaianCommittee);
        Assert.NotNull(committee);
        Assert.Equal(("Committee", "政协淮安市委员会"), (committee.Label, committee.Name));
        Assert.Equal(["淮安市政协"], committee.Aliases);
        Assert.Equal("市", committee.Properties["level"]);
        var evidence = Assert.Single(committee.Evidence);
        Assert.Equal(new Evidence(HuaianReport, $"{HuaianReport}:s1:p1:t1", 0, 17, "政协淮安市委员会常务委员会工作报告"), evidence);

        var visit = await Store.GetNodeAsync(Visit);
        Assert.NotNull(visit);
        Assert.Equal(603.0, Assert.IsType<double>(visit.Properties["value"]));
        Assert.Equal(2024L, Assert.IsType<long>(visit.Properties["year"]));
        Assert.Equal("家", visit.Properties["unit"]);
        Assert.Equal(["民营企业", "非公经济"], Assert.IsType<string[]>((await Store.GetNodeAsync(PrivateEconomy))!.Properties["synonyms"]));
        Assert.Null(await Store.GetNodeAsync("place:999999"));
    }

    [ContractFact]
    public async Task Replacing_the_same_document_again_gives_identical_counts_ids_and_evidence()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        var counts = await Store.CountAsync();
        var nodeIds = await Ids(Store.ReadAllNodesAsync());
        var relationIds = await Ids(Store.ReadAllRelationsAsync());

        await Store.ReplaceDocumentAsync(Huaian2024());

        var again = await Store.CountAsync();
        Assert.Equal(counts.NodesByLabel.OrderBy(p => p.Key), again.NodesByLabel.OrderBy(p => p.Key));
        Assert.Equal(counts.RelationsByType.OrderBy(p => p.Key), again.RelationsByType.OrderBy(p => p.Key));
        Assert.Equal(nodeIds, await Ids(Store.ReadAllNodesAsync()));
        Assert.Equal(relationIds, await Ids(Store.ReadAllRelationsAsync()));
        Assert.Single((await Store.GetNodeAsync(HuaianCommittee))!.Evidence);
    }

    [ContractFact]
    public async Task Deleting_one_of_two_documents_keeps_their_shared_entities_with_only_the_other_documents_evidence()
    {
        var partOf = new Relation("PART_OF", Lianshui, Huaian);
        await Store.ReplaceDocumentAsync(WithEvidence(Huaian2024(), partOf.Id, E(HuaianReport, 4, 30, "涟水县")));
        await Store.ReplaceDocumentAsync(WithEvidence(Lianshui2024(), partOf.Id, E(LianshuiReport, 1, 2, "涟水县")));
        Assert.Equal([HuaianReport, LianshuiReport], (await Store.GetNodeAsync(PrivateEconomy))!.Evidence.Select(e => e.DocumentId).Order());
        Assert.Equal(12, (await Store.CountAsync()).Relations);

        Assert.True(await Store.DeleteDocumentAsync(HuaianReport));

        // The 涟水 report's five relations are left, PART_OF 涟水县→淮安市 among them with its evidence only.
        Assert.Equal(5, (await Store.CountAsync()).Relations);
        var shared = Assert.Single(await ToList(Store.ReadAllRelationsAsync()), r => r.Id == partOf.Id);
        Assert.Equal([LianshuiReport], shared.Evidence.Select(e => e.DocumentId));

        var topic = await Store.GetNodeAsync(PrivateEconomy);
        Assert.NotNull(topic);
        Assert.All(topic.Evidence, e => Assert.Equal(LianshuiReport, e.DocumentId));
        Assert.Single(topic.Evidence);
        Assert.Null(await Store.GetNodeAsync(HuaianReport));
        Assert.Null(await Store.GetNodeAsync(Visit));
        Assert.Null(await Store.GetNodeAsync(Jiangsu));
        Assert.NotNull(await Store.GetNodeAsync(Huaian));
        Assert.Equal([LianshuiReport], (await Store.ListDocumentsAsync()).Select(d => d.Id));
        Assert.False(await Store.DeleteDocumentAsync(HuaianReport));
    }

    [ContractFact]
    public async Task A_node_takes_the_latest_documents_values_and_all_aliases_until_that_document_goes()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());

        var merged = (await Store.GetNodeAsync(HuaianCommittee))!;
        Assert.Equal(["市政协", "淮安市政协"], merged.Aliases);
        Assert.Equal("地级市", merged.Properties["level"]);
        Assert.Equal("淮安市", merged.Properties["place"]);
        Assert.Equal(2, merged.Evidence.Count);

        await Store.DeleteDocumentAsync(LianshuiReport);

        var alone = (await Store.GetNodeAsync(HuaianCommittee))!;
        Assert.Equal(["淮安市政协"], alone.Aliases);
        Assert.Equal("市", alone.Properties["level"]);
        Assert.Single(alone.Evidence);
    }

    [ContractFact]
    public async Task A_changed_document_drops_the_entities_and_relations_it_no_longer_mentions()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        await Store.ReplaceDocumentAsync(Huaian2024(withVisit: false));

        Assert.Null(await Store.GetNodeAsync(Visit));
        Assert.NotNull(await Store.GetNodeAsync(PrivateEconomy));
        var counts = await Store.CountAsync();
        Assert.False(counts.RelationsByType.ContainsKey("CONDUCTED"));
        Assert.False(counts.NodesByLabel.ContainsKey("Activity"));
    }

    [ContractFact]
    public async Task Neighbours_at_depth_one_are_the_nodes_one_relation_away_in_either_direction()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var neighbours = await Store.GetNeighborsAsync(Huaian, new NeighborQuery(Depth: 1));

        Assert.Equal([HuaianCommittee, Jiangsu, Huaian, Lianshui], neighbours.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Huaian, neighbours.Nodes[0].Id);
        Assert.Contains(neighbours.Relations, r => r is { Type: "PART_OF", From: Lianshui, To: Huaian });
        Assert.Contains(neighbours.Relations, r => r is { Type: "LOCATED_IN", From: HuaianCommittee, To: Huaian });
        Assert.All(neighbours.Relations, r => Assert.True(neighbours.Nodes.Any(n => n.Id == r.From) && neighbours.Nodes.Any(n => n.Id == r.To)));
        Assert.False(neighbours.Truncated);
        Assert.Equal(Subgraph.Empty.Nodes, (await Store.GetNeighborsAsync("place:999999", new NeighborQuery())).Nodes);
    }

    [ContractFact]
    public async Task Neighbours_at_depth_two_reach_the_neighbours_of_neighbours_with_the_relations_between_them()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var neighbours = await Store.GetNeighborsAsync(Jiangsu, new NeighborQuery(Depth: 2));

        Assert.Equal([HuaianCommittee, Jiangsu, Huaian, Lianshui], neighbours.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        var issued = await Store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 1, RelationTypes: ["ISSUED"]));
        Assert.Equal("政协淮安市委员会常务委员会工作报告", Assert.Single(Assert.Single(issued.Relations).Evidence).Text);
    }

    [ContractFact]
    public async Task Neighbour_filters_keep_only_the_relation_types_and_labels_asked_for()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var located = await Store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 2, RelationTypes: ["LOCATED_IN"]));
        var places = await Store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 2, Labels: ["Place"]));

        Assert.Equal([HuaianCommittee, Huaian], located.Nodes.Select(n => n.Id));
        Assert.All(located.Relations, r => Assert.Equal("LOCATED_IN", r.Type));
        Assert.Equal([HuaianCommittee, Huaian, Jiangsu, Lianshui], places.Nodes.Select(n => n.Id));
        Assert.DoesNotContain(places.Relations, r => r.To == Visit || r.From == Visit);
    }

    [ContractFact]
    public async Task A_limit_keeps_the_nearest_nodes_and_says_the_neighbourhood_was_truncated()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var cut = await Store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 2, Limit: 3));
        var whole = await Store.GetNeighborsAsync(HuaianCommittee, new NeighborQuery(Depth: 2, Limit: 1000));

        Assert.Equal(3, cut.Nodes.Count);
        Assert.True(cut.Truncated);
        Assert.Equal(HuaianCommittee, cut.Nodes[0].Id);
        Assert.DoesNotContain(cut.Nodes, n => n.Id == Jiangsu); // two relations away, while nearer ones were cut
        Assert.False(whole.Truncated);
        Assert.Equal(7, whole.Nodes.Count);
    }

    [ContractFact]
    public async Task A_shortest_path_walks_relations_in_either_direction_within_the_depth_given()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Village2024());

        var path = await Store.FindShortestPathAsync(PrivateEconomy, Jiangsu, maxDepth: 5);

        Assert.NotNull(path);
        Assert.Equal(4, path.Relations.Count);
        Assert.Equal(5, path.Nodes.Count);
        Assert.Equal(PrivateEconomy, path.Nodes[0].Id);
        Assert.Equal(Jiangsu, path.Nodes[^1].Id);
        for (var i = 0; i < path.Relations.Count; i++)
        {
            var ends = new[] { path.Relations[i].From, path.Relations[i].To };
            Assert.Contains(path.Nodes[i].Id, ends);
            Assert.Contains(path.Nodes[i + 1].Id, ends);
        }

        Assert.Null(await Store.FindShortestPathAsync(PrivateEconomy, Jiangsu, maxDepth: 3));
        Assert.Null(await Store.FindShortestPathAsync(RuralRevitalisation, Jiangsu, maxDepth: 5));
        Assert.Null(await Store.FindShortestPathAsync("topic:不存在", Jiangsu, maxDepth: 5));
        Assert.Equal([Lianshui, Huaian], (await Store.FindShortestPathAsync(Lianshui, Huaian, 1))!.Nodes.Select(n => n.Id));
        Assert.Single((await Store.FindShortestPathAsync(Huaian, Huaian, 1))!.Nodes);
    }

    [ContractFact]
    public async Task Counts_are_given_by_label_and_by_relation_type()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());

        var counts = await Store.CountAsync();

        Assert.Equal(2, counts.NodesByLabel["Document"]);
        Assert.Equal(2, counts.NodesByLabel["Committee"]);
        Assert.Equal(3, counts.NodesByLabel["Place"]);
        Assert.Equal(1, counts.NodesByLabel["Activity"]);
        Assert.Equal(9, counts.Nodes);
        Assert.Equal(3, counts.RelationsByType["PART_OF"]);
        Assert.Equal(2, counts.RelationsByType["MENTIONS"]);
        Assert.Equal(12, counts.Relations);
    }

    [ContractFact]
    public async Task Nodes_are_found_by_a_part_of_their_name_or_alias_exact_matches_first()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());

        Assert.Equal([HuaianCommittee], (await Store.FindNodesAsync("市政协")).Select(n => n.Id));
        Assert.Equal(Huaian, (await Store.FindNodesAsync("淮安市"))[0].Id);
        Assert.Equal([LianshuiCommittee, HuaianCommittee], (await Store.FindNodesAsync("政协", "Committee")).Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal([LianshuiCommittee], (await Store.FindNodesAsync("县政协")).Select(n => n.Id));
        Assert.Single(await Store.FindNodesAsync("政协", limit: 1));
        Assert.Empty(await Store.FindNodesAsync("不存在的名称"));
    }

    [ContractFact]
    public async Task Nodes_are_listed_page_by_page_in_id_order_of_one_label_or_all()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        await Store.ReplaceDocumentAsync(Lianshui2024());

        var first = await Store.ListNodesAsync("Place", limit: 2);
        var second = await Store.ListNodesAsync("Place", first[^1].Id, 2);
        var all = await Store.ListNodesAsync(limit: 1000);

        Assert.Equal(2, first.Count);
        var places = first.Concat(second).Select(n => n.Id).ToList();
        Assert.Equal(3, places.Count);
        Assert.Equal(places.Order(StringComparer.Ordinal), places);
        Assert.All(first.Concat(second), n => Assert.Equal("Place", n.Label));
        Assert.All(first.Concat(second), n => Assert.Empty(n.Evidence));
        Assert.Empty(await Store.ListNodesAsync("Place", places[^1], 2));
        Assert.Equal(9, all.Count);
        Assert.Equal(all.Select(n => n.Id).Order(StringComparer.Ordinal), all.Select(n => n.Id));
        Assert.Equal("淮安市", all.Single(n => n.Id == Huaian).Name);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListNodesAsync("City"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListNodesAsync(limit: 0));
    }

    [ContractFact]
    public async Task Every_node_and_relation_is_read_in_id_order_with_its_evidence()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        var nodes = await ToList(Store.ReadAllNodesAsync());
        var relations = await ToList(Store.ReadAllRelationsAsync());

        Assert.Equal(7, nodes.Count);
        Assert.Equal(nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
        Assert.Equal(8, relations.Count);
        Assert.Equal(relations.Select(r => r.Id).Order(StringComparer.Ordinal), relations.Select(r => r.Id));
        Assert.Single(nodes.Single(n => n.Id == Visit).Evidence);
        Assert.Equal(3L, relations.Single(r => r.Type == "MENTIONS").Properties["count"]);
        Assert.Equal("组织", relations.Single(r => r.Type == "CONDUCTED").Properties["role"]);
    }

    [ContractFact]
    public async Task Arguments_out_of_range_are_rejected_with_ArgumentException()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Depth: 0)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Depth: 100)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Limit: 0)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Limit: 10000)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Labels: ["City"])));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(RelationTypes: ["NEAR"])));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync("", new NeighborQuery()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNodeAsync(" "));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNodesAsync(""));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNodesAsync("淮安", "City"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindNodesAsync("淮安", limit: 0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindShortestPathAsync(Huaian, Jiangsu, 0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindShortestPathAsync(Huaian, Jiangsu, 100));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteDocumentAsync(""));
        var limit = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighborsAsync(Huaian, new NeighborQuery(Limit: 10000)));
        Assert.Contains("between 1 and 1000", limit.Message);
    }

    [ContractFact]
    public async Task A_graph_with_a_relation_to_a_missing_node_is_rejected_and_leaves_the_store_unchanged()
    {
        await Store.ReplaceDocumentAsync(Huaian2024());
        var before = await Store.CountAsync();
        var changed = Huaian2024(withVisit: false);
        changed = changed with { Relations = [.. changed.Relations, new Relation("LOCATED_IN", HuaianCommittee, "place:320803")] };

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(changed));

        Assert.Contains("place:320803", error.Message);
        Assert.Equal(before.Nodes, (await Store.CountAsync()).Nodes);
        Assert.Equal(before.Relations, (await Store.CountAsync()).Relations);
        Assert.NotNull(await Store.GetNodeAsync(Visit));
    }

    [ContractFact]
    public async Task Ids_and_relation_keys_with_a_bar_are_rejected_so_that_relation_ids_cannot_collide()
    {
        // Without the check, A|PART_OF|B with key C and A with key B|C… would be one id.
        var graph = Village2024();
        var barredNode = graph with { Nodes = [new Node("topic:乡村|振兴", "Topic", "乡村振兴")], Relations = [new Relation("MENTIONS", VillageReport, "topic:乡村|振兴")] };
        var barredKey = graph with { Relations = [new Relation("MENTIONS", VillageReport, RuralRevitalisation) { Key = "a|b" }] };

        Assert.Contains("'|'", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(barredNode))).Message);
        Assert.Contains("'|'", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(barredKey))).Message);
        Assert.Equal(0, (await Store.CountAsync()).Nodes);
    }

    [ContractFact]
    public async Task A_node_with_a_label_the_schema_does_not_know_is_rejected()
    {
        var graph = Village2024();
        graph = graph with { Nodes = [.. graph.Nodes, new Node("city:淮安", "City", "淮安")] };

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(graph));

        Assert.Contains("unknown label 'City'", error.Message);
        Assert.Equal(0, (await Store.CountAsync()).Nodes);
    }

    [ContractFact]
    public async Task Documents_written_from_several_threads_are_all_kept()
    {
        var graphs = Enumerable.Range(0, 8).Select(i => Village2024() with
        {
            Document = new Node($"doc:village-{i}", "Document", $"乡村振兴专题协商{i}"),
            Relations = [new Relation("MENTIONS", $"doc:village-{i}", RuralRevitalisation)],
            Nodes = [new Node(RuralRevitalisation, "Topic", "乡村振兴") { Evidence = [E($"doc:village-{i}", 1, 0, "乡村振兴")] }],
        });

        await Task.WhenAll(graphs.Select(g => Task.Run(() => Store.ReplaceDocumentAsync(g))));

        Assert.Equal(8, (await Store.ListDocumentsAsync()).Count);
        Assert.Equal(8, (await Store.GetNodeAsync(RuralRevitalisation))!.Evidence.Count);
    }

    [ContractFact]
    public async Task A_shared_node_merges_the_same_whether_written_incrementally_or_from_all_its_versions()
    {
        // Three documents state 淮安市 with different aliases and properties; the middle one then
        // states it again with fewer, which merges it from all versions.
        Node HuaianVersion(string document, string[] aliases, params (string, object)[] properties) => 淮安市 with
        {
            Aliases = aliases,
            Properties = Props(properties),
            Evidence = [E(document, 1, 0, "淮安市")],
        };
        DocumentGraph Document(string id, Node place) => new(new Node(id, "Document", id), [place], [], []);

        await Store.ReplaceDocumentAsync(Document("doc:a", HuaianVersion("doc:a", ["淮安", "淮阴"], ("level", "city"), ("code", "320800"))));
        await Store.ReplaceDocumentAsync(Document("doc:b", HuaianVersion("doc:b", ["淮城", "淮安市"], ("level", "地级市"), ("province", "江苏省"))));
        await Store.ReplaceDocumentAsync(Document("doc:c", HuaianVersion("doc:c", ["淮安"], ("level", "市"))));
        var incremental = (await Store.GetNodeAsync(Huaian))!;
        Assert.Equal(["淮安", "淮城", "淮阴"], incremental.Aliases);
        Assert.Equal(("市", "江苏省", "320800"), ((string)incremental.Properties["level"], (string)incremental.Properties["province"], (string)incremental.Properties["code"]));

        await Store.ReplaceDocumentAsync(Document("doc:b", HuaianVersion("doc:b", ["淮城"], ("level", "地级市"))));

        var remerged = (await Store.GetNodeAsync(Huaian))!;
        Assert.Equal(["淮城", "淮安", "淮阴"], remerged.Aliases);
        Assert.Equal("地级市", remerged.Properties["level"]);
        Assert.False(remerged.Properties.ContainsKey("province"));
        Assert.Equal(3, remerged.Evidence.Count);
    }

    private static DocumentGraph WithEvidence(DocumentGraph graph, string relationId, Evidence evidence) => graph with
    {
        Relations = graph.Relations.Select(r => r.Id == relationId ? r with { Evidence = [evidence] } : r).ToArray(),
    };

    private static async Task<List<string>> Ids<T>(IAsyncEnumerable<T> items) =>
        (await ToList(items)).Select(i => i switch { Node n => n.Id, Relation r => r.Id, _ => "" }).ToList();

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
