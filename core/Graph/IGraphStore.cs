namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Where the graph is kept. A document's contribution (<see cref="DocumentGraph"/>) is written
/// and removed as a whole; an entity or relation lives as long as at least one document
/// contributes it, so removing one document never removes what another still states.
/// </summary>
/// <remarks>
/// <para>Error contract: arguments out of range (an empty id, a depth or limit beyond
/// <see cref="GraphLimits"/>, a label or relation type the schema does not know) throw
/// <see cref="ArgumentException"/> before anything is read or written. An id that is not in the
/// graph is not an error: the result is null or empty. A failure of the store itself (file,
/// server, network) throws <see cref="GraphStoreException"/>, and a write that fails leaves the
/// store as it was before the call.</para>
/// <para>Implementations are safe to call from several threads; writes are serialised.</para>
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates the schema (tables, constraints, indexes) where missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically replaces everything the document contributed before with <paramref name="graph"/>:
    /// nodes and relations are merged by id (properties and aliases of the new contribution win,
    /// evidence accumulates across documents), and what only this document contributed and no
    /// longer does is removed.
    /// </summary>
    /// <remarks>
    /// The graph must fit the schema (<see cref="GraphSchema.Validate"/>), every relation's ends must
    /// be among its nodes (the extractor includes every node it refers to), and its evidence and
    /// passages must belong to <see cref="DocumentGraph.Document"/>; otherwise
    /// <see cref="ArgumentException"/> lists what is wrong and nothing is written. A merged node
    /// takes its label, name and property values from the latest document that states them;
    /// its aliases are the union over its documents, the latest first.
    /// </remarks>
    Task ReplaceDocumentAsync(DocumentGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Atomically removes the document and what only it contributed. False when it was not there.</summary>
    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically, in one transaction: replaces the contributions of the documents of
    /// <paramref name="graphs"/>, in order, and removes the documents <paramref name="deletions"/>
    /// names, leaving what <see cref="ReplaceDocumentAsync"/> and <see cref="DeleteDocumentAsync"/>
    /// called one after the other would. A document named twice is written as its last write says.
    /// </summary>
    /// <remarks>
    /// Every graph is checked first, as <see cref="ReplaceDocumentAsync"/> checks one; if any is
    /// refused, <see cref="ArgumentException"/> lists them all and nothing is written. What it
    /// costs grows with the documents written, not with the transactions: ingest writes its
    /// documents in batches through this call.
    /// </remarks>
    Task ReplaceDocumentsAsync(IReadOnlyList<DocumentGraph> graphs, IReadOnlyCollection<string>? deletions = null, CancellationToken cancellationToken = default);

    /// <summary>Atomically removes the documents and what only they contributed. Returns how many were there.</summary>
    Task<int> DeleteDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>The node with all its evidence across documents, or null.</summary>
    Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Nodes whose name or an alias contains <paramref name="text"/> (not empty), of
    /// <paramref name="label"/> when given, exact matches first, at most <paramref name="limit"/>
    /// (1 to <see cref="GraphLimits.MaxLimit"/>). The nodes carry no evidence: ask
    /// <see cref="GetNodeAsync"/> for it.
    /// </summary>
    Task<IReadOnlyList<Node>> FindNodesAsync(string text, string? label = null, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Nodes whose name or an alias is <paramref name="name"/> (not empty), quotation marks and
    /// white space at the ends aside (<see cref="NodeNames.Key"/>: “码”上议 is 码上议), of
    /// <paramref name="label"/> when given: those whose own name it is first, then shorter names,
    /// then by id; at most <paramref name="limit"/> (1 to <see cref="GraphLimits.MaxLimit"/>).
    /// An indexed look-up, where <see cref="FindNodesAsync"/> reads every name. The nodes carry no
    /// evidence.
    /// </summary>
    Task<IReadOnlyList<Node>> FindNamedAsync(string name, string? label = null, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of nodes in id order, of <paramref name="label"/> when given: at most
    /// <paramref name="limit"/> (1 to <see cref="GraphLimits.MaxLimit"/>) whose ids come after
    /// <paramref name="afterId"/> (from the first when null). Pass the last id of a page to get the
    /// next; the order is stable while the graph does not change. The nodes carry no evidence.
    /// </summary>
    Task<IReadOnlyList<Node>> ListNodesAsync(string? label = null, string? afterId = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// The nodes within <see cref="NeighborQuery.Depth"/> relations of <paramref name="id"/>, in
    /// either direction, and the relations between them, filtered as the query says; the start
    /// node included. Empty when the node is not there.
    /// </summary>
    /// <remarks>
    /// Nodes of other labels than <see cref="NeighborQuery.Labels"/> are neither returned nor walked
    /// through. The relations are all those between the returned nodes, of the requested types,
    /// with their evidence; the nodes carry none (<see cref="GetNodeAsync"/> has it).
    /// </remarks>
    Task<Subgraph> GetNeighborsAsync(string id, NeighborQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A shortest path (relations in either direction) of at most <paramref name="maxDepth"/>
    /// relations (1 to <see cref="GraphLimits.MaxDepth"/>): its nodes from <paramref name="fromId"/>
    /// to <paramref name="toId"/> and its relations in order, with their evidence (the nodes carry
    /// none). Null when either node is missing or no such path is found within
    /// <see cref="GraphLimits.PathNodeBudget"/> visited nodes.
    /// </summary>
    Task<Subgraph?> FindShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken = default);

    /// <summary>Counts of nodes by label and relations by type.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The Document nodes, in id order, without evidence.</summary>
    Task<IReadOnlyList<Node>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every node with its evidence, for export, in id order, streamed.</summary>
    IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relation with its evidence, for export, in id order, streamed.</summary>
    IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Bounds every traversal, so no query can walk the whole graph.</summary>
public static class GraphLimits
{
    public const int MaxDepth = 5;
    public const int MaxLimit = 1000;

    /// <summary>How many nodes a shortest-path search may visit before it gives up.</summary>
    public const int PathNodeBudget = 100_000;
}

/// <summary>What a neighbourhood query returns.</summary>
/// <param name="Depth">1 to <see cref="GraphLimits.MaxDepth"/>.</param>
/// <param name="RelationTypes">Only these relation types; all when null or empty.</param>
/// <param name="Labels">Only nodes with these labels (the start node always); all when null or empty.</param>
/// <param name="Limit">At most this many nodes, 1 to <see cref="GraphLimits.MaxLimit"/>, nearest first.</param>
public sealed record NeighborQuery(int Depth = 1, IReadOnlyList<string>? RelationTypes = null, IReadOnlyList<string>? Labels = null, int Limit = 100);

/// <summary>Nodes and the relations between them; <paramref name="Truncated"/> when a limit cut it.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, bool Truncated = false)
{
    public static Subgraph Empty { get; } = new([], []);
}

/// <summary>Node counts by label and relation counts by type.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> RelationsByType)
{
    public long Nodes => NodesByLabel.Values.Sum();

    public long Relations => RelationsByType.Values.Sum();
}

/// <summary>The store itself failed (file, server, network); the message says what and where.</summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
