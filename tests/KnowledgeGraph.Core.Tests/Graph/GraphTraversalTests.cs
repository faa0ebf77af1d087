using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>The shared traversal over a hand-made reader that cuts every expansion at its limit, as the stores do.</summary>
public sealed class GraphTraversalTests
{
    [Fact]
    public async Task A_level_cut_by_the_budget_ends_the_path_search_instead_of_finding_a_longer_path()
    {
        // a–q–b is the shortest path (2). Three parallel relations from a to each of p1…p4 (and from
        // b to each of r1…r4) fill the budget of 10 before q; p1–r1 gives a longer path a–p1–r1–b.
        var graph = new FakeReader();
        foreach (var (hub, spokes) in new[] { ("a", "p"), ("b", "r") })
        {
            for (var i = 1; i <= 4; i++)
            {
                for (var k = 0; k < 3; k++)
                {
                    graph.Link(hub, $"{spokes}{i}", $"{k}");
                }
            }

            graph.Link(hub, "q");
        }

        graph.Link("p1", "r1");

        var path = await GraphTraversal.ShortestPathAsync(graph, "a", "b", 5, CancellationToken.None, budget: 10);

        Assert.True(path is null || path.Relations.Count == 2, $"found a path of {path?.Relations.Count} relations; the shortest has 2");
    }

    [Fact]
    public async Task A_path_whose_node_is_gone_by_the_time_it_is_read_is_not_found()
    {
        var graph = new FakeReader();
        graph.Link("a", "m");
        graph.Link("m", "b");
        graph.Missing.Add("m");

        Assert.Null(await GraphTraversal.ShortestPathAsync(graph, "a", "b", 3, CancellationToken.None));
    }

    private sealed class FakeReader : IGraphReader
    {
        private readonly List<Step> steps = [];
        private readonly Dictionary<string, Relation> relations = [];

        /// <summary>Nodes that expansions still reach but that are no longer there to read.</summary>
        public HashSet<string> Missing { get; } = [];

        public void Link(string from, string to, string key = "")
        {
            var relation = new Relation("PART_OF", from, to) { Key = key };
            relations[relation.Id] = relation;
            steps.Add(new Step(from, to, relation.Id));
            steps.Add(new Step(to, from, relation.Id));
        }

        public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Node>>(ids.Where(id => !Missing.Contains(id)).Select(id => new Node(id, "Place", id)).ToArray());

        public Task<IReadOnlyList<Step>> ExpandAsync(IReadOnlyCollection<string> from, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int maxSteps, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Step>>(from.SelectMany(f => steps.Where(s => s.From == f)).Take(maxSteps).ToArray());

        public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyList<Step> walked, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Relation>>(walked.Select(s => relations[s.RelationId]).ToArray());

        public Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyCollection<string> ids, IReadOnlyList<string> relationTypes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Relation>>([]);
    }
}
