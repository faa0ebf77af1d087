namespace KnowledgeGraph.Core.Graph;

/// <summary>One relation walked from a node to a neighbour (in either direction of the relation).</summary>
internal readonly record struct Step(string From, string To, string RelationId);

/// <summary>The few reads a traversal needs, which each store answers with its own queries.</summary>
internal interface IGraphReader
{
    /// <summary>The nodes with these ids that exist, without evidence, in any order.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The relations touching <paramref name="from"/>, of <paramref name="relationTypes"/> (all when
    /// empty), whose other end has one of <paramref name="labels"/> (any when empty): at most
    /// <paramref name="maxSteps"/>, ordered by start node, other end and relation id, so that
    /// a cut level is always cut the same way.
    /// </summary>
    Task<IReadOnlyList<Step>> ExpandAsync(IReadOnlyCollection<string> from, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int maxSteps, CancellationToken cancellationToken);

    /// <summary>The relations these steps walked, with evidence.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken);

    /// <summary>The relations of <paramref name="relationTypes"/> (all when empty) whose both ends are among <paramref name="ids"/>, with evidence.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyCollection<string> ids, IReadOnlyList<string> relationTypes, CancellationToken cancellationToken);
}

/// <summary>
/// Neighbourhoods and shortest paths, level by level over an <see cref="IGraphReader"/>, so that
/// both stores walk the graph the same way and no walk exceeds <see cref="GraphLimits"/>.
/// Arguments are checked by the caller.
/// </summary>
internal static class GraphTraversal
{
    public static async Task<Subgraph> NeighborsAsync(IGraphReader reader, string id, int depth, IReadOnlyList<string> relationTypes, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken)
    {
        if ((await reader.GetNodesAsync([id], cancellationToken)).Count == 0)
        {
            return Subgraph.Empty;
        }

        var found = new List<string> { id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var frontier = new List<string> { id };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            var steps = await reader.ExpandAsync(frontier, relationTypes, labels, GraphLimits.PathNodeBudget, cancellationToken);
            truncated = steps.Count >= GraphLimits.PathNodeBudget;
            frontier = [];
            foreach (var next in steps.Select(s => s.To).Distinct().Order(StringComparer.Ordinal).Where(seen.Add))
            {
                if (found.Count == limit)
                {
                    truncated = true;
                    break;
                }

                found.Add(next);
                frontier.Add(next);
            }
        }

        var nodes = (await reader.GetNodesAsync(found, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var relations = await reader.GetRelationsAmongAsync(found, relationTypes, cancellationToken);
        return new Subgraph(
            found.Where(nodes.ContainsKey).Select(n => nodes[n]).ToArray(),
            relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(),
            truncated);
    }

    /// <summary>
    /// Bidirectional breadth-first search: each round expands the smaller frontier by one level,
    /// until the two searches meet, the depth is spent, or <paramref name="budget"/> nodes have
    /// been visited or relations walked in one level. A level is only ever searched whole: one cut
    /// by the budget could miss the shortest path and find a longer one, so it ends the search.
    /// </summary>
    /// <remarks>The budget is <see cref="GraphLimits.PathNodeBudget"/>; tests pass a lower one.</remarks>
    public static async Task<Subgraph?> ShortestPathAsync(IGraphReader reader, string fromId, string toId, int maxDepth, CancellationToken cancellationToken, int budget = GraphLimits.PathNodeBudget)
    {
        var ends = await reader.GetNodesAsync(fromId == toId ? [fromId] : [fromId, toId], cancellationToken);
        if (ends.Count != (fromId == toId ? 1 : 2))
        {
            return null;
        }

        if (fromId == toId)
        {
            return new Subgraph(ends, []);
        }

        var forward = new Search(fromId);
        var backward = new Search(toId);
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxDepth)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var steps = await reader.ExpandAsync(side.Frontier, [], [], budget, cancellationToken);
            if (steps.Count >= budget)
            {
                return null;
            }

            side.Depth++;
            side.Frontier = [];
            foreach (var step in steps.OrderBy(s => s.To, StringComparer.Ordinal).ThenBy(s => s.RelationId, StringComparer.Ordinal))
            {
                if (side.Parents.TryAdd(step.To, (step, side.Depth)))
                {
                    side.Frontier.Add(step.To);
                }
            }

            var meeting = side.Frontier.Where(other.Parents.ContainsKey).MinBy(n => other.Parents[n].Depth);
            if (meeting is not null)
            {
                return await PathAsync(reader, forward, backward, meeting, cancellationToken);
            }

            if (forward.Parents.Count + backward.Parents.Count > budget)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The path through <paramref name="meeting"/>; null when the reader no longer has one of its nodes or relations.</summary>
    private static async Task<Subgraph?> PathAsync(IGraphReader reader, Search forward, Search backward, string meeting, CancellationToken cancellationToken)
    {
        // Node ids from the start to the meeting node, then on to the end; the steps between them.
        var ids = new List<string> { meeting };
        var steps = new List<Step>();
        for (var node = meeting; forward.Parents[node].Step is { } step; node = step.From)
        {
            ids.Insert(0, step.From);
            steps.Insert(0, step);
        }

        for (var node = meeting; backward.Parents[node].Step is { } step; node = step.From)
        {
            ids.Add(step.From);
            steps.Add(step);
        }

        var nodes = (await reader.GetNodesAsync(ids, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var relations = (await reader.GetRelationsAsync(steps, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (!ids.All(nodes.ContainsKey) || !steps.All(s => relations.ContainsKey(s.RelationId)))
        {
            return null;
        }

        return new Subgraph(ids.Select(id => nodes[id]).ToArray(), steps.Select(s => relations[s.RelationId]).ToArray());
    }

    private sealed class Search(string start)
    {
        /// <summary>How each visited node was reached (null for the start) and at which depth.</summary>
        public Dictionary<string, (Step? Step, int Depth)> Parents { get; } = new(StringComparer.Ordinal) { [start] = (null, 0) };

        public List<string> Frontier { get; set; } = [start];

        public int Depth { get; set; }
    }
}
