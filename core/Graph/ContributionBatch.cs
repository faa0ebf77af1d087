namespace KnowledgeGraph.Core.Graph;

/// <summary>One document to write in a batch: its new graph, or null to delete it.</summary>
internal sealed record DocumentWrite(string DocumentId, DocumentGraph? Graph);

/// <summary>A node as a store holds it: merged over its versions, with its alias history (null when the store has none for it).</summary>
internal sealed record StandingNode(Node Node, IReadOnlyList<string>? AliasHistory);

/// <summary>
/// Plans the writes of several documents at once, as both stores apply them: what each document
/// stated before and states now, which items merge into what stands and which must be merged again
/// from all their versions, and the result. The result is what writing the documents one after
/// the other, in batch order, gives (<see cref="Contributions"/>): every item stands as the merge
/// of its versions, the batch's versions the latest, in batch order.
/// </summary>
/// <remarks>
/// A store calls, in this order: <see cref="SetPrevious"/> for each document that had a
/// contribution; <see cref="SetStanding(StandingNode)"/> and <see cref="SetStanding(Relation)"/>
/// for the touched items that stand (<see cref="NodeIds"/>, <see cref="RelationIds"/>);
/// <see cref="SetOtherVersions(string, IReadOnlyList{Node})"/> and its relation twin for the items
/// of <see cref="FullNodes"/> and <see cref="FullRelations"/>, with the versions of the documents
/// outside the batch, oldest first; then <see cref="Merge"/>.
/// </remarks>
internal sealed class ContributionBatch
{
    private readonly Dictionary<string, (Dictionary<string, Node> Nodes, Dictionary<string, Relation> Relations)> _previous = new(StringComparer.Ordinal);
    private readonly List<(string DocumentId, Dictionary<string, Node> Nodes, Dictionary<string, Relation> Relations)> _stated = [];
    private readonly Dictionary<string, StandingNode> _standingNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relation> _standingRelations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Node>> _otherNodeVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Relation>> _otherRelationVersions = new(StringComparer.Ordinal);
    private List<string>? _nodeIds;
    private List<Relation>? _relations;
    private HashSet<string>? _fullNodes;
    private HashSet<string>? _fullRelations;

    /// <param name="writes">The documents, each once, in the order they are written.</param>
    public ContributionBatch(IReadOnlyList<DocumentWrite> writes)
    {
        Writes = writes;
        foreach (var write in writes)
        {
            var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
            var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
            if (write.Graph is { } graph)
            {
                foreach (var node in graph.Nodes.Prepend(graph.Document))
                {
                    nodes[node.Id] = node;
                }

                foreach (var relation in graph.Relations)
                {
                    relations[relation.Id] = relation;
                }
            }

            _stated.Add((write.DocumentId, nodes, relations));
        }
    }

    public IReadOnlyList<DocumentWrite> Writes { get; }

    /// <summary>The ids of the batch's documents, in order.</summary>
    public IEnumerable<string> DocumentIds => Writes.Select(w => w.DocumentId);

    /// <summary>Whether the document had a contribution before the batch.</summary>
    public bool HadPrevious(string documentId) => _previous.ContainsKey(documentId);

    /// <summary>What the document at <paramref name="index"/> in the batch states now (empty when it is deleted).</summary>
    public (IReadOnlyDictionary<string, Node> Nodes, IReadOnlyDictionary<string, Relation> Relations) Stated(int index) =>
        (_stated[index].Nodes, _stated[index].Relations);

    /// <summary>What the document stated before the batch: its versions of nodes and relations (evidence not needed).</summary>
    public void SetPrevious(string documentId, IEnumerable<Node> nodes, IEnumerable<Relation> relations) =>
        _previous[documentId] = (nodes.ToDictionary(n => n.Id, StringComparer.Ordinal), relations.ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>Every node the batch touches (stated before or now), in ordinal id order.</summary>
    public IReadOnlyList<string> NodeIds => _nodeIds ??= Sorted(_previous.Values.SelectMany(p => p.Nodes.Keys)
        .Concat(_stated.SelectMany(s => s.Nodes.Keys))
        .Distinct(StringComparer.Ordinal)
        .ToList(), id => id);

    /// <summary>Every relation the batch touches, one version of each (for its id and ends), in ordinal id order.</summary>
    public IReadOnlyList<Relation> Relations => _relations ??= Sorted(_previous.Values.SelectMany(p => p.Relations.Values)
        .Concat(_stated.SelectMany(s => s.Relations.Values))
        .DistinctBy(r => r.Id, StringComparer.Ordinal)
        .ToList(), r => r.Id);

    public IEnumerable<string> RelationIds => Relations.Select(r => r.Id);

    public void SetStanding(StandingNode node)
    {
        _standingNodes[node.Node.Id] = node;
        _fullNodes = null;
    }

    public void SetStanding(Relation relation) => _standingRelations[relation.Id] = relation;

    /// <summary>The node as it stands before the batch, if it does.</summary>
    public StandingNode? StandingNodeOf(string id) => _standingNodes.GetValueOrDefault(id);

    /// <summary>The relation as it stands before the batch, if it does.</summary>
    public Relation? StandingRelationOf(string id) => _standingRelations.GetValueOrDefault(id);

    /// <summary>
    /// Nodes to merge again from all their versions: a document of the batch stops stating them, or
    /// states less than before (fewer aliases or properties), or the store keeps no alias history
    /// for them. Known once the standing nodes are set.
    /// </summary>
    public IReadOnlySet<string> FullNodes => _fullNodes ??= Shrinking<Node>(p => p.Nodes, s => s.Nodes, Contributions.Covers)
        .Concat(_standingNodes.Values.Where(s => s.AliasHistory is null).Select(s => s.Node.Id))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Relations to merge again from all their versions: a document of the batch stops stating them or states fewer properties.</summary>
    public IReadOnlySet<string> FullRelations => _fullRelations ??= Shrinking<Relation>(p => p.Relations, s => s.Relations, Contributions.Covers).ToHashSet(StringComparer.Ordinal);

    /// <summary>The versions of a node that documents outside the batch state, oldest first.</summary>
    public void SetOtherVersions(string id, IReadOnlyList<Node> versions) => _otherNodeVersions[id] = versions;

    /// <summary>The versions of a relation that documents outside the batch state, oldest first.</summary>
    public void SetOtherVersions(string id, IReadOnlyList<Relation> versions) => _otherRelationVersions[id] = versions;

    /// <summary>Every touched item as it stands after the batch, or as dropped when no document states it any more.</summary>
    public BatchResult Merge()
    {
        var nodes = new List<MergedNode>();
        var droppedNodes = new List<string>();
        var statedNodes = ByItem(s => s.Nodes);
        var statedRelations = ByItem(s => s.Relations);
        foreach (var id in NodeIds)
        {
            var versions = statedNodes.GetValueOrDefault(id) ?? [];
            if (FullNodes.Contains(id))
            {
                var all = _otherNodeVersions.GetValueOrDefault(id, []).Concat(versions).ToList();
                if (all.Count == 0)
                {
                    droppedNodes.Add(id);
                    continue;
                }

                nodes.Add(new MergedNode(Contributions.Merge(all) with { Evidence = [] }, Contributions.AliasHistory(all)));
                continue;
            }

            // Not full: every document of the batch that stated it before states it again.
            if (versions.Count == 0 && !_standingNodes.ContainsKey(id))
            {
                droppedNodes.Add(id);
                continue;
            }

            var (node, history) = _standingNodes.TryGetValue(id, out var standing)
                ? (standing.Node, (IReadOnlyList<string>)standing.AliasHistory!)
                : (new Node(id, versions[0].Label, versions[0].Name), []);
            foreach (var version in versions)
            {
                (node, var next) = Contributions.MergeLatest(node, history, version);
                history = next;
            }

            nodes.Add(new MergedNode(node, [.. history]));
        }

        var relations = new List<Relation>();
        var droppedRelations = new List<Relation>();
        foreach (var reference in Relations)
        {
            var id = reference.Id;
            var versions = statedRelations.GetValueOrDefault(id) ?? [];
            if (FullRelations.Contains(id))
            {
                var all = _otherRelationVersions.GetValueOrDefault(id, []).Concat(versions).ToList();
                if (all.Count == 0)
                {
                    droppedRelations.Add(reference);
                    continue;
                }

                relations.Add(Contributions.Merge(all) with { Evidence = [] });
                continue;
            }

            if (versions.Count == 0 && !_standingRelations.ContainsKey(id))
            {
                droppedRelations.Add(reference);
                continue;
            }

            var relation = _standingRelations.GetValueOrDefault(id) ?? (versions[0] with { Properties = new Dictionary<string, object>(), Evidence = [] });
            foreach (var version in versions)
            {
                relation = Contributions.MergeLatest(relation, version);
            }

            relations.Add(relation);
        }

        return new BatchResult(nodes, droppedNodes, relations, droppedRelations);
    }

    // Items of distinct ids in ordinal id order: an in-place sort, which for distinct keys gives
    // the order a stable sort gives, without the sorter's key array and index map.
    private static List<T> Sorted<T>(List<T> items, Func<T, string> id)
    {
        items.Sort((a, b) => string.CompareOrdinal(id(a), id(b)));
        return items;
    }

    // Each item's versions in the batch, in batch order.
    private Dictionary<string, List<T>> ByItem<T>(Func<(string DocumentId, Dictionary<string, Node> Nodes, Dictionary<string, Relation> Relations), Dictionary<string, T>> items)
    {
        var byItem = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var stated in _stated)
        {
            foreach (var (id, item) in items(stated))
            {
                if (!byItem.TryGetValue(id, out var list))
                {
                    byItem[id] = list = [];
                }

                list.Add(item);
            }
        }

        return byItem;
    }

    // Items some document of the batch stated before and now states no more, or with less.
    private IEnumerable<string> Shrinking<T>(
        Func<(Dictionary<string, Node> Nodes, Dictionary<string, Relation> Relations), Dictionary<string, T>> before,
        Func<(string DocumentId, Dictionary<string, Node> Nodes, Dictionary<string, Relation> Relations), Dictionary<string, T>> now,
        Func<T, T, bool> covers)
    {
        foreach (var stated in _stated)
        {
            if (!_previous.TryGetValue(stated.DocumentId, out var previous))
            {
                continue;
            }

            var next = now(stated);
            foreach (var (id, old) in before(previous))
            {
                if (!next.TryGetValue(id, out var version) || !covers(version, old))
                {
                    yield return id;
                }
            }
        }
    }
}

/// <summary>A node after a batch, with every alias its versions give, the latest first, its name included.</summary>
internal sealed record MergedNode(Node Node, string[] AliasHistory);

/// <summary>What a batch leaves: the touched items as they now stand, and those no document states any more.</summary>
internal sealed record BatchResult(IReadOnlyList<MergedNode> Nodes, IReadOnlyList<string> DroppedNodes, IReadOnlyList<Relation> Relations, IReadOnlyList<Relation> DroppedRelations);
